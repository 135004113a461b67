import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { ReminderAction } from '@shared/ipc/contract';
import { createOutbox, type OutboxDeps } from './outbox';

const occurrence = { routineId: 'magnesium', date: '2026-03-29', plannedTime: '20:00' };

let dir: string;
let filePath: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'steadyweek-outbox-'));
  filePath = join(dir, 'outbox.json');
});

function make(overrides: Partial<OutboxDeps> = {}) {
  const sent: ReminderAction[] = [];
  let counter = 0;
  const outbox = createOutbox({
    filePath,
    send: (action) => {
      sent.push(action);
      return true;
    },
    now: () => 1_700_000_000_000,
    newId: () => `action-${++counter}`,
    onError: () => {},
    ...overrides,
  });
  return { outbox, sent };
}

describe('outbox', () => {
  it('keeps an action on disk and does not send it while no renderer is ready', () => {
    const { outbox, sent } = make();
    const action = outbox.enqueue({ occurrence, action: 'done', snoozeMinutes: null });
    expect(action).toEqual({
      actionId: 'action-1',
      occurrence,
      action: 'done',
      snoozeMinutes: null,
      atEpochMs: 1_700_000_000_000,
    });
    expect(sent).toEqual([]);
    expect(JSON.parse(readFileSync(filePath, 'utf8')).actions).toEqual([action]);
  });

  it('delivers pending actions once the renderer is ready, and sends new ones at once', () => {
    const { outbox, sent } = make();
    const first = outbox.enqueue({ occurrence, action: 'snooze', snoozeMinutes: 10 });
    outbox.markRendererReady(true);
    outbox.deliverPending();
    expect(sent).toEqual([first]);
    const second = outbox.enqueue({ occurrence, action: 'done', snoozeMinutes: null });
    expect(sent).toEqual([first, second]);
  });

  it('removes an acknowledged action from memory and disk', () => {
    const { outbox } = make();
    const a = outbox.enqueue({ occurrence, action: 'done', snoozeMinutes: null });
    const b = outbox.enqueue({ occurrence, action: 'snooze', snoozeMinutes: 5 });
    outbox.ack(a.actionId);
    expect(outbox.pending()).toEqual([b]);
    expect(JSON.parse(readFileSync(filePath, 'utf8')).actions).toEqual([b]);
  });

  it('delivers again after a restart until the action is acknowledged', () => {
    const { outbox } = make();
    const action = outbox.enqueue({ occurrence, action: 'done', snoozeMinutes: null });
    outbox.markRendererReady(true);
    outbox.deliverPending();

    const restarted = make();
    restarted.outbox.markRendererReady(true);
    restarted.outbox.deliverPending();
    expect(restarted.sent).toEqual([action]);
    restarted.outbox.ack(action.actionId);

    const again = make();
    again.outbox.markRendererReady(true);
    again.outbox.deliverPending();
    expect(again.sent).toEqual([]);
  });

  it('stops delivering when the renderer goes away (reload or crash)', () => {
    const { outbox, sent } = make();
    outbox.markRendererReady(true);
    outbox.markRendererReady(false);
    outbox.enqueue({ occurrence, action: 'done', snoozeMinutes: null });
    outbox.deliverPending();
    expect(sent).toEqual([]);
  });

  it.each([
    ['not JSON at all', '{"version":1,"actions":[{'],
    ['the wrong shape', '{"version":1,"actions":[{"actionId":""}]}'],
    ['an unknown version', '{"version":9,"actions":[]}'],
    // an empty file, as a crash between create and write could leave
    ['empty', ''],
  ])('starts empty from a corrupt file (%s) and keeps it aside as .corrupt-<time>', (_label, text) => {
    writeFileSync(filePath, text);
    const onError = vi.fn();
    const { outbox } = make({ onError });
    expect(outbox.pending()).toEqual([]);
    expect(readFileSync(`${filePath}.corrupt-20231114T221320Z`, 'utf8')).toBe(text);
    expect(existsSync(filePath)).toBe(false);
    expect(onError).toHaveBeenCalled();
  });

  it('writes atomically: no temp file is left beside the outbox', () => {
    const { outbox } = make();
    outbox.enqueue({ occurrence, action: 'done', snoozeMinutes: null });
    expect(readdirSync(dir)).toEqual(['outbox.json']);
  });

  it('drops the snooze minutes of a done action', () => {
    const { outbox } = make();
    expect(outbox.enqueue({ occurrence, action: 'done', snoozeMinutes: 30 }).snoozeMinutes).toBeNull();
  });

  it('refuses a malformed occurrence and saves nothing', () => {
    const { outbox } = make();
    expect(() =>
      outbox.enqueue({
        occurrence: { ...occurrence, date: '2026-02-30' },
        action: 'done',
        snoozeMinutes: null,
      }),
    ).toThrow();
    expect(outbox.pending()).toEqual([]);
    expect(existsSync(filePath)).toBe(false);
  });

  it('keeps an action in memory when saving fails, and reports it', () => {
    const onError = vi.fn();
    filePath = join(dir, 'missing-dir', 'outbox.json');
    const { outbox } = make({ onError });
    outbox.enqueue({ occurrence, action: 'done', snoozeMinutes: null });
    expect(outbox.pending()).toHaveLength(1);
    expect(onError).toHaveBeenCalledWith('could not save pending reminder actions', expect.anything());
  });

  it('keeps an action pending when sending throws', () => {
    const { outbox } = make({
      send: () => {
        throw new Error('renderer gone');
      },
    });
    outbox.markRendererReady(true);
    outbox.enqueue({ occurrence, action: 'done', snoozeMinutes: null });
    expect(outbox.pending()).toHaveLength(1);
  });
});
