import { EventEmitter } from 'node:events';
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ReminderRulesPayload } from '@shared/ipc/contract';
import { instantOfLocalTime } from '@shared/dates/calendar';

type Listener = (event: unknown, ...args: unknown[]) => unknown;
const ipcHandlers = new Map<string, Listener>();
const powerMonitor = new EventEmitter();
const electron = vi.hoisted(() => ({ notificationsSupported: true }));

class FakeNotification extends EventEmitter {
  static shown: FakeNotification[] = [];
  static isSupported = () => electron.notificationsSupported;
  constructor(readonly options: { title: string; body: string; actions: { text: string }[] }) {
    super();
  }
  show() {
    FakeNotification.shown.push(this);
  }
  close() {
    this.emit('close');
  }
}

vi.mock('electron', () => ({
  ipcMain: {
    handle: (channel: string, listener: Listener) => ipcHandlers.set(channel, listener),
    removeHandler: (channel: string) => ipcHandlers.delete(channel),
  },
  powerMonitor,
  Notification: FakeNotification,
}));

const { setSenderPolicy } = await import('../ipc');
const { registerReminders } = await import('./index');

const ZONE = 'Europe/Berlin';
const at = (date: string, time: string) => instantOfLocalTime(date, time, ZONE);
const payload: ReminderRulesPayload = {
  settings: { timeZone: ZONE, quietHours: null, snoozeMinutes: 10, enabled: true },
  rules: [
    {
      routineId: 'mg',
      title: 'Magnesium',
      category: 'supplement',
      schedule: { kind: 'daily', times: ['08:00'] },
      startDate: '2026-01-01',
      endDate: null,
      paused: false,
      nag: null,
      settledOccurrences: [],
    },
  ],
};

function setup(userDataPath = mkdtempSync(join(tmpdir(), 'sw-reminders-'))) {
  const webContents = { send: vi.fn(), isDestroyed: () => false };
  const win = { show: vi.fn(), focus: vi.fn(), isDestroyed: () => false, webContents };
  const outbox = {
    enqueue: vi.fn(),
    markRendererReady: vi.fn(),
    deliverPending: vi.fn(),
    ack: vi.fn(),
    pending: vi.fn(() => []),
  };
  const reminders = registerReminders({
    outbox,
    getWindow: () => win as never,
    userDataPath,
    now: () => Date.now(),
  });
  const invoke = (channel: string, arg: unknown) =>
    Promise.resolve().then(() => ipcHandlers.get(channel)!({ sender: { id: 1 } }, arg));
  return { reminders, outbox, win, webContents, userDataPath, invoke };
}

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(at('2026-06-15', '07:58'));
  ipcHandlers.clear();
  powerMonitor.removeAllListeners();
  FakeNotification.shown = [];
  electron.notificationsSupported = true;
  setSenderPolicy(() => true);
});

afterEach(() => {
  vi.useRealTimers();
});

describe('registerReminders', () => {
  // A state that has ticked before, with an occurrence already due (07:30), so the first tick reads `fired`.
  const tickedState = (fired: string) =>
    `{"version":1,"startedAtEpochMs":${at('2026-06-14', '07:00')},"lastTickEpochMs":${at('2026-06-15', '07:57')},` +
    `"timeZone":"${ZONE}","fired":${fired},"snoozes":{},"nags":{},"acknowledged":{},"pausedUntilEpochMs":null}`;
  const dueRules = JSON.stringify({
    ...payload,
    rules: [
      {
        ...payload.rules[0],
        routineId: 'walk',
        title: 'Walk',
        schedule: { kind: 'daily', times: ['07:30'] },
      },
    ],
  });
  it.each([
    [
      'a state whose fired map is null (it once stopped every service)',
      'reminder-state.json',
      tickedState('null'),
    ],
    ['a state that is only a null fired map', 'reminder-state.json', '{"fired": null}'],
    ['a truncated state', 'reminder-state.json', tickedState('{"a":1}').slice(0, 40)],
    ['a state of the wrong shape', 'reminder-state.json', tickedState('{"a":"soon"}')],
    ['truncated rules', 'reminder-rules.json', dueRules.slice(0, 60)],
    ['rules of the wrong shape', 'reminder-rules.json', '{"settings":null,"rules":[]}'],
  ])('starts fresh from %s and keeps the bad file aside', async (_label, name, text) => {
    const userDataPath = mkdtempSync(join(tmpdir(), 'sw-reminders-'));
    writeFileSync(join(userDataPath, 'reminder-rules.json'), dueRules);
    writeFileSync(join(userDataPath, 'reminder-state.json'), tickedState('{}'));
    writeFileSync(join(userDataPath, name), text);
    const { invoke, reminders } = setup(userDataPath);
    await invoke('reminders:set-rules', payload);
    await vi.advanceTimersByTimeAsync(2 * 60_000);
    expect(FakeNotification.shown.map((n) => n.options.title)).toContain('Magnesium');
    const aside = readdirSync(userDataPath).filter((f) => f.startsWith(`${name}.corrupt-`));
    expect(aside).toHaveLength(1);
    expect(readFileSync(join(userDataPath, aside[0]!), 'utf8')).toBe(text);
    reminders.dispose();
  });

  it('reports the zone of the rules it schedules, and each change of it once', async () => {
    const { invoke, reminders } = setup();
    const heard: string[] = [];
    reminders.onTimeZoneChanged((zone) => heard.push(zone));
    expect(reminders.timeZone()).toBeNull();
    await invoke('reminders:set-rules', payload);
    await invoke('reminders:set-rules', payload);
    const away = 'America/New_York';
    await invoke('reminders:set-rules', { ...payload, settings: { ...payload.settings, timeZone: away } });
    expect(reminders.timeZone()).toBe(away);
    expect(heard).toEqual([ZONE, away]);
    reminders.dispose();
  });

  it('writes the rules to userData and shows a notification at the due time, once', async () => {
    const { invoke, userDataPath, reminders } = setup();
    await expect(invoke('reminders:set-rules', payload)).resolves.toEqual({ refused: [] });
    await vi.advanceTimersByTimeAsync(0);
    expect(JSON.parse(readFileSync(join(userDataPath, 'reminder-rules.json'), 'utf8'))).toEqual(payload);
    await vi.advanceTimersByTimeAsync(2 * 60_000 - 1);
    expect(FakeNotification.shown).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(FakeNotification.shown.map((n) => n.options.title)).toEqual(['Magnesium']);
    await vi.advanceTimersByTimeAsync(3_600_000);
    expect(FakeNotification.shown).toHaveLength(1);
    reminders.dispose();
  });

  it('refuses a malformed rules payload and writes nothing', async () => {
    const { invoke, userDataPath, reminders } = setup();
    await expect(invoke('reminders:set-rules', { settings: {}, rules: 'nope' })).rejects.toThrow(/malformed/);
    expect(existsSync(join(userDataPath, 'reminder-rules.json'))).toBe(false);
    reminders.dispose();
  });

  it('refuses more than 500 rules as a whole and keeps the rules it had', async () => {
    const { invoke, userDataPath, reminders } = setup();
    await invoke('reminders:set-rules', payload);
    await vi.advanceTimersByTimeAsync(0);
    const tooMany = { ...payload, rules: Array.from({ length: 501 }, () => payload.rules[0]) };
    await expect(invoke('reminders:set-rules', tooMany)).rejects.toThrow(/malformed/);
    await vi.advanceTimersByTimeAsync(2 * 60_000);
    expect(JSON.parse(readFileSync(join(userDataPath, 'reminder-rules.json'), 'utf8'))).toEqual(payload);
    expect(FakeNotification.shown.map((n) => n.options.title)).toEqual(['Magnesium']);
    reminders.dispose();
  });

  it('refuses one bad routine by name and still schedules the others', async () => {
    const { invoke, userDataPath, reminders } = setup();
    const bad = { ...payload.rules[0]!, routineId: 'walk', title: 'Walk'.repeat(2500) };
    const result = await invoke('reminders:set-rules', { ...payload, rules: [bad, payload.rules[0]] });
    expect(result).toEqual({
      refused: [
        {
          routineId: 'walk',
          title: `${'Walk'.repeat(49)}Wal…`,
          reason: 'Too big: expected string to have <=200 characters (title)',
        },
      ],
    });
    await vi.advanceTimersByTimeAsync(2 * 60_000);
    expect(FakeNotification.shown.map((n) => n.options.title)).toEqual(['Magnesium']);
    const saved = JSON.parse(readFileSync(join(userDataPath, 'reminder-rules.json'), 'utf8'));
    expect(saved.rules.map((rule: { routineId: string }) => rule.routineId)).toEqual(['mg']);
    reminders.dispose();
  });

  it('writes the rules file at most once a second, from a timer rather than the sync itself', async () => {
    const { invoke, userDataPath, reminders } = setup();
    const file = join(userDataPath, 'reminder-rules.json');
    const titled = (title: string) => ({ ...payload, rules: [{ ...payload.rules[0]!, title }] });
    const savedTitle = () => JSON.parse(readFileSync(file, 'utf8')).rules[0].title;
    await invoke('reminders:set-rules', titled('v1'));
    expect(existsSync(file)).toBe(false);
    await vi.advanceTimersByTimeAsync(0);
    expect(savedTitle()).toBe('v1');
    for (let version = 2; version <= 10; version++) {
      await vi.advanceTimersByTimeAsync(100);
      await invoke('reminders:set-rules', titled(`v${version}`));
    }
    // 900 ms after the first write: the nine syncs since are pending as one.
    expect(savedTitle()).toBe('v1');
    await vi.advanceTimersByTimeAsync(99);
    expect(savedTitle()).toBe('v1');
    await vi.advanceTimersByTimeAsync(1);
    expect(savedTitle()).toBe('v10');
    reminders.dispose();
  });

  it('writes pending rules when disposed (quitting), without waiting for the timer', async () => {
    const { invoke, userDataPath, reminders } = setup();
    await invoke('reminders:set-rules', payload);
    reminders.dispose();
    expect(JSON.parse(readFileSync(join(userDataPath, 'reminder-rules.json'), 'utf8'))).toEqual(payload);
  });

  it('keeps reminding after a restart from the rules on disk, and never repeats one already shown', async () => {
    const first = setup();
    await first.invoke('reminders:set-rules', payload);
    await vi.advanceTimersByTimeAsync(3 * 60_000);
    expect(FakeNotification.shown).toHaveLength(1);
    first.reminders.dispose();
    // restarted a minute later, before the renderer has sent anything
    vi.setSystemTime(Date.now() + 60_000);
    const second = setup(first.userDataPath);
    await vi.advanceTimersByTimeAsync(24 * 3_600_000);
    expect(FakeNotification.shown.map((n) => n.options.title)).toEqual(['Magnesium', 'Magnesium']);
    expect(FakeNotification.shown[1]!.options.body).toContain('08:00');
    second.reminders.dispose();
  });

  it('after sleep shows one grouped notice on resume', async () => {
    const { invoke, reminders } = setup();
    await invoke('reminders:set-rules', payload);
    // The machine sleeps from 07:58 to 09:30: timers do not run, the wall clock jumps.
    vi.setSystemTime(at('2026-06-15', '09:30'));
    powerMonitor.emit('resume');
    expect(FakeNotification.shown.map((n) => n.options.title)).toEqual(['1 reminder you missed']);
    reminders.dispose();
  });

  it('opens Today at the item when a notification is clicked, and lets it go', async () => {
    const { invoke, reminders, win, webContents } = setup();
    await invoke('reminders:set-rules', payload);
    await vi.advanceTimersByTimeAsync(2 * 60_000);
    FakeNotification.shown[0]!.emit('click');
    expect(win.show).toHaveBeenCalled();
    expect(webContents.send).toHaveBeenCalledWith('app:navigate', {
      route: `#/today?item=${encodeURIComponent('mg|2026-06-15|08:00')}`,
    });
    reminders.dispose();
  });

  it('sends Done to the outbox, and Snooze to the outbox with a reminder again after the snooze', async () => {
    const { invoke, reminders, outbox } = setup();
    await invoke('reminders:set-rules', payload);
    await vi.advanceTimersByTimeAsync(2 * 60_000);
    FakeNotification.shown[0]!.emit('action', {}, 1);
    expect(outbox.enqueue).toHaveBeenCalledWith({
      occurrence: { routineId: 'mg', date: '2026-06-15', plannedTime: '08:00' },
      action: 'snooze',
      snoozeMinutes: 10,
    });
    await vi.advanceTimersByTimeAsync(10 * 60_000);
    expect(FakeNotification.shown).toHaveLength(2);
    FakeNotification.shown[1]!.emit('action', {}, 0);
    expect(outbox.enqueue).toHaveBeenLastCalledWith({
      occurrence: { routineId: 'mg', date: '2026-06-15', plannedTime: '08:00' },
      action: 'done',
      snoozeMinutes: null,
    });
    reminders.dispose();
  });

  it('falls back to the in-app banner where the system has no notifications', async () => {
    electron.notificationsSupported = false;
    const { invoke, reminders, webContents } = setup();
    await invoke('reminders:set-rules', payload);
    await vi.advanceTimersByTimeAsync(2 * 60_000);
    expect(FakeNotification.shown).toHaveLength(0);
    expect(webContents.send).toHaveBeenCalledWith(
      'reminder:banner',
      expect.objectContaining({
        title: 'Magnesium',
        occurrence: { routineId: 'mg', date: '2026-06-15', plannedTime: '08:00' },
      }),
    );
    reminders.dispose();
  });

  it('tells the page until when reminders are paused, across a restart, and null once the pause has ended', async () => {
    const first = setup();
    expect(await first.invoke('reminders:get-pause', undefined)).toEqual({ untilEpochMs: null });
    await first.invoke('reminders:pause', { untilEpochMs: at('2026-06-15', '09:00') });
    expect(await first.invoke('reminders:get-pause', undefined)).toEqual({
      untilEpochMs: at('2026-06-15', '09:00'),
    });
    first.reminders.dispose();
    const restarted = setup(first.userDataPath);
    expect(await restarted.invoke('reminders:get-pause', undefined)).toEqual({
      untilEpochMs: at('2026-06-15', '09:00'),
    });
    vi.setSystemTime(at('2026-06-15', '09:00'));
    expect(await restarted.invoke('reminders:get-pause', undefined)).toEqual({ untilEpochMs: null });
    restarted.reminders.dispose();
  });

  it('shows nothing while paused from the tray', async () => {
    const { invoke, reminders } = setup();
    await invoke('reminders:set-rules', payload);
    reminders.pause(at('2026-06-15', '09:00'));
    await vi.advanceTimersByTimeAsync(3 * 3_600_000);
    expect(FakeNotification.shown).toHaveLength(0);
    reminders.dispose();
  });
});
