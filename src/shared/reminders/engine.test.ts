import { describe, expect, it } from 'vitest';
import type { ReminderSettings } from '../ipc/contract';
import type { ReminderRule } from '../routines/schedule';
import { instantOfLocalTime } from '../dates/calendar';
import {
  acknowledgeOccurrence,
  initialEngineState,
  pauseReminders,
  snoozeOccurrence,
  tick,
  type ReminderEngineState,
  type ReminderNotice,
} from './engine';

const BERLIN = 'Europe/Berlin';
const settings: ReminderSettings = { timeZone: BERLIN, quietHours: null, snoozeMinutes: 10, enabled: true };

function rule(overrides: Partial<ReminderRule> = {}): ReminderRule {
  return {
    routineId: 'mg',
    title: 'Magnesium',
    category: 'supplement',
    schedule: { kind: 'daily', times: ['08:00'] },
    startDate: '2026-01-01',
    endDate: null,
    paused: false,
    nag: null,
    settledOccurrences: [],
    ...overrides,
  };
}

const at = (date: string, time: string, zone = BERLIN) => instantOfLocalTime(date, time, zone);

interface Fired {
  atEpochMs: number;
  notice: ReminderNotice;
}

/** A fake clock: ticks every `stepMs` from `from` to `to` (both included), like main's 30 s timer. */
function run(
  input: { rules: ReminderRule[]; settings?: ReminderSettings; state?: ReminderEngineState },
  from: number,
  to: number,
  stepMs = 30_000,
) {
  let state = input.state ?? initialEngineState();
  const fired: Fired[] = [];
  for (let now = from; now <= to; now += stepMs) {
    const result = tick({ rules: input.rules, settings: input.settings ?? settings, state, nowEpochMs: now });
    state = result.state;
    for (const notice of result.notices) fired.push({ atEpochMs: now, notice });
  }
  return { state, fired };
}

const dueIds = (fired: Fired[]) =>
  fired.flatMap(({ notice }) => (notice.kind === 'due' ? [`${notice.reason}:${notice.id}`] : []));

describe('reminder engine', () => {
  it('fires a due occurrence exactly once, at the first tick after its time', () => {
    const { fired } = run({ rules: [rule()] }, at('2026-06-15', '07:59'), at('2026-06-15', '09:00'));
    expect(dueIds(fired)).toEqual(['due:mg|2026-06-15T08:00']);
    expect(fired[0]!.atEpochMs).toBe(at('2026-06-15', '08:00'));
  });

  it('reports nothing from before its very first tick (a fresh install at noon stays quiet about 08:00)', () => {
    const { fired } = run({ rules: [rule()] }, at('2026-06-15', '12:00'), at('2026-06-15', '12:10'));
    expect(fired).toEqual([]);
  });

  it('shows occurrences missed while the machine slept once, grouped into one notice on resume', () => {
    const rules = [
      rule(),
      rule({
        routineId: 'walk',
        title: 'Walk',
        category: 'exercise',
        schedule: { kind: 'daily', times: ['08:30'] },
      }),
    ];
    const before = run({ rules }, at('2026-06-15', '07:00'), at('2026-06-15', '07:50'));
    // asleep from 07:50 to 09:15: the next tick is the resume
    const after = run({ rules, state: before.state }, at('2026-06-15', '09:15'), at('2026-06-15', '10:00'));
    expect(after.fired).toHaveLength(1);
    const [{ notice }] = after.fired as [Fired];
    expect(notice.kind).toBe('grouped');
    if (notice.kind !== 'grouped') return;
    expect(notice.items.map((item) => [item.id, item.reason])).toEqual([
      ['mg|2026-06-15T08:00', 'missed'],
      ['walk|2026-06-15T08:30', 'missed'],
    ]);
    expect(notice.title).toBe('2 reminders you missed');
  });

  it('after a restart (state saved and reloaded) fires nothing that already fired', () => {
    const first = run({ rules: [rule()] }, at('2026-06-15', '07:55'), at('2026-06-15', '08:05'));
    expect(dueIds(first.fired)).toHaveLength(1);
    const reloaded = JSON.parse(JSON.stringify(first.state)) as ReminderEngineState;
    // closed for an hour, then started again
    const second = run(
      { rules: [rule()], state: reloaded },
      at('2026-06-15', '09:05'),
      at('2026-06-15', '10:00'),
    );
    expect(second.fired).toEqual([]);
  });

  it('after a restart shows what was due while closed once, and never again on later restarts', () => {
    const first = run({ rules: [rule()] }, at('2026-06-15', '07:00'), at('2026-06-15', '07:10'));
    const second = run(
      { rules: [rule()], state: JSON.parse(JSON.stringify(first.state)) },
      at('2026-06-15', '09:00'),
      at('2026-06-15', '09:05'),
    );
    expect(second.fired.map((f) => f.notice.kind)).toEqual(['grouped']);
    const third = run(
      { rules: [rule()], state: JSON.parse(JSON.stringify(second.state)) },
      at('2026-06-15', '11:00'),
      at('2026-06-15', '11:05'),
    );
    expect(third.fired).toEqual([]);
  });

  it('does not remind about an occurrence already done or skipped', () => {
    const { fired } = run(
      { rules: [rule({ settledOccurrences: ['2026-06-15T08:00'] })] },
      at('2026-06-15', '07:59'),
      at('2026-06-15', '08:30'),
    );
    expect(fired).toEqual([]);
  });

  it.each([5, 10, 30])('reminds again once after a %i-minute snooze', (minutes) => {
    const first = run({ rules: [rule()] }, at('2026-06-15', '07:59'), at('2026-06-15', '08:00'));
    const snoozed = snoozeOccurrence(
      first.state,
      'mg|2026-06-15T08:00',
      at('2026-06-15', '08:00') + minutes * 60_000,
    );
    const { fired } = run(
      { rules: [rule()], state: snoozed },
      at('2026-06-15', '08:00') + 30_000,
      at('2026-06-15', '09:30'),
    );
    expect(dueIds(fired)).toEqual(['snoozed:mg|2026-06-15T08:00']);
    expect(fired[0]!.atEpochMs).toBe(at('2026-06-15', '08:00') + minutes * 60_000);
  });

  it('honours a snooze made in the app (rule.snoozed) once, however often the rules are synced', () => {
    const until = at('2026-06-15', '08:10');
    const rules = [rule({ snoozed: [{ key: '2026-06-15T08:00', untilEpochMs: until }] })];
    const { fired } = run({ rules }, at('2026-06-15', '07:59'), at('2026-06-15', '09:00'));
    expect(dueIds(fired)).toEqual(['due:mg|2026-06-15T08:00', 'snoozed:mg|2026-06-15T08:00']);
  });

  it('nags at the rule interval up to its maximum count, and not after that', () => {
    const rules = [rule({ nag: { intervalMinutes: 10, maxCount: 2 } })];
    const { fired } = run({ rules }, at('2026-06-15', '07:59'), at('2026-06-15', '09:00'));
    expect(fired.map((f) => [f.notice.kind === 'due' ? f.notice.reason : 'grouped', f.atEpochMs])).toEqual([
      ['due', at('2026-06-15', '08:00')],
      ['nag', at('2026-06-15', '08:10')],
      ['nag', at('2026-06-15', '08:20')],
    ]);
  });

  it('stops nagging once the occurrence is done or the notice was acknowledged', () => {
    const nag = { intervalMinutes: 10, maxCount: 5 };
    const first = run({ rules: [rule({ nag })] }, at('2026-06-15', '07:59'), at('2026-06-15', '08:05'));
    const done = run(
      { rules: [rule({ nag, settledOccurrences: ['2026-06-15T08:00'] })], state: first.state },
      at('2026-06-15', '08:05') + 30_000,
      at('2026-06-15', '09:00'),
    );
    expect(done.fired).toEqual([]);
    const acked = acknowledgeOccurrence(first.state, 'mg|2026-06-15T08:00', at('2026-06-15', '08:05'));
    const afterAck = run(
      { rules: [rule({ nag })], state: acked },
      at('2026-06-15', '08:05') + 30_000,
      at('2026-06-15', '09:00'),
    );
    expect(afterAck.fired).toEqual([]);
  });

  it('holds reminders due in quiet hours and shows them together when quiet hours end', () => {
    const quietSettings = { ...settings, quietHours: { start: '22:30', end: '07:00' } };
    const rules = [rule({ schedule: { kind: 'daily', times: ['23:00', '06:00', '07:30'] } })];
    const { fired } = run(
      { rules, settings: quietSettings },
      at('2026-06-15', '22:00'),
      at('2026-06-16', '08:00'),
    );
    expect(fired.map((f) => [f.notice.kind, f.atEpochMs])).toEqual([
      ['grouped', at('2026-06-16', '07:00')],
      ['due', at('2026-06-16', '07:30')],
    ]);
    const grouped = fired[0]!.notice;
    expect(grouped.kind === 'grouped' && grouped.items.map((item) => [item.id, item.reason])).toEqual([
      ['mg|2026-06-15T23:00', 'quiet-hours'],
      ['mg|2026-06-16T06:00', 'quiet-hours'],
    ]);
  });

  it('passes over everything due while paused, and reminds again after the pause', () => {
    const rules = [rule({ schedule: { kind: 'daily', times: ['08:00', '09:30'] } })];
    const paused = pauseReminders(initialEngineState(), at('2026-06-15', '09:00'));
    const { fired, state } = run(
      { rules, state: paused },
      at('2026-06-15', '07:00'),
      at('2026-06-15', '10:00'),
    );
    expect(dueIds(fired)).toEqual(['due:mg|2026-06-15T09:30']);
    expect(state.pausedUntilEpochMs).toBeNull();
  });

  it('stays silent when reminders are switched off in Settings', () => {
    const { fired } = run(
      { rules: [rule()], settings: { ...settings, enabled: false } },
      at('2026-06-15', '07:59'),
      at('2026-06-15', '09:00'),
    );
    expect(fired).toEqual([]);
  });

  it('follows a time-zone change: recomputes in the new zone and fires nothing twice', () => {
    const rules = [rule({ schedule: { kind: 'daily', times: ['20:00'] } })];
    const inBerlin = run({ rules }, at('2026-06-15', '19:59'), at('2026-06-15', '20:01'));
    expect(dueIds(inBerlin.fired)).toEqual(['due:mg|2026-06-15T20:00']);
    // Flew to New York: it is 14:01 there and 20:00 New York time is still ahead on the same date.
    const ny = { ...settings, timeZone: 'America/New_York' };
    const inNewYork = run(
      { rules, settings: ny, state: inBerlin.state },
      at('2026-06-15', '20:01') + 30_000,
      at('2026-06-16', '20:01', 'America/New_York'),
    );
    expect(dueIds(inNewYork.fired)).toEqual(['due:mg|2026-06-16T20:00']);
    expect(inNewYork.fired[0]!.atEpochMs).toBe(at('2026-06-16', '20:00', 'America/New_York'));
  });

  it.each([
    // spring gap: 02:30 does not exist on 2026-03-08 in New York → once, at 03:00 EDT
    ['America/New_York', '02:30', '2026-03-08', '2026-03-08T07:00:00.000Z'],
    // autumn fold: 01:30 happens twice on 2026-11-01 in New York → once, the first time
    ['America/New_York', '01:30', '2026-11-01', '2026-11-01T05:30:00.000Z'],
    // Berlin spring gap and autumn fold
    ['Europe/Berlin', '02:30', '2026-03-29', '2026-03-29T01:00:00.000Z'],
    ['Europe/Berlin', '02:30', '2026-10-25', '2026-10-25T00:30:00.000Z'],
  ])('in %s a daily %s reminder on %s fires once, at %s', (zone, time, date, expected) => {
    const zoned = { ...settings, timeZone: zone };
    const rules = [rule({ schedule: { kind: 'daily', times: [time] } })];
    const start = instantOfLocalTime(date, '00:00', zone);
    const { fired } = run({ rules, settings: zoned }, start, start + 6 * 3_600_000);
    expect(fired.map((f) => new Date(f.atEpochMs).toISOString())).toEqual([expected]);
  });

  it('nudges a flexible routine only when the rest of the week needs every remaining day', () => {
    const flexible = (settled: string[]) =>
      rule({
        routineId: 'walk',
        title: 'Walk',
        schedule: { kind: 'times-per-week', count: 3, nudgeTime: '18:00' },
        settledOccurrences: settled,
      });
    // Monday-start week; Saturday 2026-06-20 with one walk done: 2 needed, 2 days left → nudge
    const behind = run(
      { rules: [flexible(['2026-06-16'])] },
      at('2026-06-20', '17:59'),
      at('2026-06-20', '18:30'),
    );
    expect(dueIds(behind.fired)).toEqual(['nudge:walk|2026-06-20']);
    expect(behind.fired[0]!.notice.kind === 'due' && behind.fired[0]!.notice.body).toContain(
      '1 of 3 this week',
    );
    // Friday with one done: 2 needed, 3 days left → no nudge yet
    const fine = run(
      { rules: [flexible(['2026-06-16'])] },
      at('2026-06-19', '17:59'),
      at('2026-06-19', '18:30'),
    );
    expect(fine.fired).toEqual([]);
  });

  it('tells the adapter when to wake next, so reminders are not up to 30 s late', () => {
    const result = tick({
      rules: [rule()],
      settings,
      state: initialEngineState(),
      nowEpochMs: at('2026-06-15', '07:59') + 1_234,
    });
    expect(result.nextWakeEpochMs).toBe(at('2026-06-15', '08:00'));
  });
});
