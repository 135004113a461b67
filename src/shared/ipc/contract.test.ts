import { maxAbsEpochMs } from '../bounds';
import { describe, expect, it } from 'vitest';
import {
  invokeChannels,
  reminderActionSchema,
  reminderRulesPayloadSchema,
  splitReminderRules,
  traySummarySchema,
} from './contract';
import { MAX_REMINDER_RULES, MAX_SETTLED_KEYS_PER_RULE, MAX_SNOOZED_PER_RULE } from './sync-limits';

const rule = {
  routineId: 'mg',
  title: 'Magnesium',
  category: 'supplement',
  schedule: { kind: 'daily', times: ['08:00'] },
  startDate: '2026-01-01',
  endDate: null,
  paused: false,
  nag: null,
  settledOccurrences: ['2026-06-14T08:00'],
};
const settings = { timeZone: 'Europe/Berlin', quietHours: null, snoozeMinutes: 10, enabled: true };
const syncPayload = invokeChannels['reminders:set-rules'].payload;

describe('epoch ms in IPC payloads', () => {
  const action = (atEpochMs: number) => ({
    actionId: 'a1',
    occurrence: { routineId: 'mg', date: '2026-06-15', plannedTime: '08:00' },
    action: 'done',
    snoozeMinutes: null,
    atEpochMs,
  });
  const summary = (atEpochMs: number) => ({
    doneCount: 0,
    totalCount: 1,
    due: [],
    nextReminder: { title: 'Magnesium', atEpochMs },
  });
  const pause = (untilEpochMs: number) => ({ untilEpochMs });
  const snoozed = (untilEpochMs: number) => ({
    ...rule,
    snoozed: [{ key: '2026-06-15T08:00', untilEpochMs }],
  });

  it.each([
    ['a reminder action', (ms: number) => reminderActionSchema.safeParse(action(ms)).success],
    ['the tray summary', (ms: number) => traySummarySchema.safeParse(summary(ms)).success],
    ['a pause', (ms: number) => invokeChannels['reminders:pause'].payload.safeParse(pause(ms)).success],
    ['a snoozed occurrence', (ms: number) => splitReminderRules([snoozed(ms)]).refused.length === 0],
  ])('%s accepts the last instant a Date holds and refuses one past it', (_label, accepts) => {
    expect(accepts(maxAbsEpochMs)).toBe(true);
    expect(accepts(maxAbsEpochMs + 1)).toBe(false);
    expect(accepts(9e15)).toBe(false);
    expect(accepts(Number.POSITIVE_INFINITY)).toBe(false);
    expect(accepts(Number.NaN)).toBe(false);
  });

  it('the last accepted instant is one a Date can format', () => {
    expect(() =>
      new Intl.DateTimeFormat('en-GB', { timeStyle: 'short' }).format(maxAbsEpochMs),
    ).not.toThrow();
    expect(() =>
      new Intl.DateTimeFormat('en-GB', { timeStyle: 'short' }).format(maxAbsEpochMs + 1),
    ).toThrow();
  });
});

describe('the reminder rules sync', () => {
  it(`accepts ${MAX_REMINDER_RULES} rules and refuses one more`, () => {
    expect(syncPayload.safeParse({ settings, rules: Array(MAX_REMINDER_RULES).fill(rule) }).success).toBe(
      true,
    );
    expect(syncPayload.safeParse({ settings, rules: Array(MAX_REMINDER_RULES + 1).fill(rule) }).success).toBe(
      false,
    );
  });

  it.each([
    [
      'settled occurrences',
      true,
      { settledOccurrences: Array(MAX_SETTLED_KEYS_PER_RULE).fill('2026-06-14') },
    ],
    [
      'settled occurrences, one too many',
      false,
      { settledOccurrences: Array(MAX_SETTLED_KEYS_PER_RULE + 1).fill('2026-06-14') },
    ],
    [
      'snoozed occurrences',
      true,
      { snoozed: Array(MAX_SNOOZED_PER_RULE).fill({ key: '2026-06-14', untilEpochMs: 1 }) },
    ],
    [
      'snoozed occurrences, one too many',
      false,
      { snoozed: Array(MAX_SNOOZED_PER_RULE + 1).fill({ key: '2026-06-14', untilEpochMs: 1 }) },
    ],
    ['a title of 200 characters', true, { title: 'a'.repeat(200) }],
    ['a title of 201 characters', false, { title: 'a'.repeat(201) }],
    ['a settled key that is not an occurrence', false, { settledOccurrences: ['<script>alert(1)</script>'] }],
  ])('a rule with %s is accepted: %s', (_label, accepted, change) => {
    expect(splitReminderRules([{ ...rule, ...change }]).refused.length === 0).toBe(accepted);
  });

  it('names each refused rule with why, and keeps the valid ones in order', () => {
    const { rules, refused } = splitReminderRules([
      rule,
      { ...rule, routineId: 'sleep', title: 'Sleep', schedule: { kind: 'daily', times: ['25:00'] } },
      'not a rule',
      { ...rule, routineId: 'walk' },
    ]);
    expect(rules.map((r) => r.routineId)).toEqual(['mg', 'walk']);
    expect(refused).toEqual([
      { routineId: 'sleep', title: 'Sleep', reason: 'Use a 24-hour time like 08:30. (schedule.times.0)' },
      { routineId: null, title: null, reason: expect.stringContaining('expected object') },
    ]);
  });

  it('keeps the largest payload it accepts under 5 MB of JSON (it was about 257 MB)', () => {
    const largest = {
      settings,
      rules: Array.from({ length: MAX_REMINDER_RULES }, (_, i) => ({
        ...rule,
        routineId: `${i}`.padStart(100, 'r'),
        title: 't'.repeat(200),
        schedule: { kind: 'daily', times: Array(12).fill('08:00') },
        nag: { intervalMinutes: 10, maxCount: 20 },
        settledOccurrences: Array(MAX_SETTLED_KEYS_PER_RULE).fill('2026-06-14T08:00'),
        snoozed: Array(MAX_SNOOZED_PER_RULE).fill({ key: '2026-06-14T08:00', untilEpochMs: maxAbsEpochMs }),
      })),
    };
    expect(reminderRulesPayloadSchema.safeParse(largest).success).toBe(true);
    expect(JSON.stringify(largest).length).toBeLessThan(5_000_000);
  });
});

describe('the print request', () => {
  const parse = (page: unknown, target: unknown = 'pdf') =>
    invokeChannels['print:page'].payload.safeParse({ page, target });

  it.each([
    [{ kind: 'meals-week', week: '2026-03-30' }],
    [{ kind: 'doctor-summary', from: '2026-03-03', to: '2026-03-30' }],
    [{ kind: 'doctor-summary', from: '2026-03-30', to: '2026-03-30' }], // one day
    [{ kind: 'doctor-summary', from: '2025-03-30', to: '2026-03-30' }], // 366 days counting both ends, the most
  ])('accepts %j', (page) => {
    expect(parse(page).success).toBe(true);
  });

  it.each([
    ['an unknown view', { kind: 'settings' }],
    ['a route instead of a view', { kind: 'meals-week', week: '2026-03-30', route: '#/settings' }],
    ['an impossible date', { kind: 'meals-week', week: '2026-02-30' }],
    ['a week missing', { kind: 'meals-week' }],
    ['a summary with its range reversed', { kind: 'doctor-summary', from: '2026-03-30', to: '2026-03-01' }],
    ['a summary of 367 days', { kind: 'doctor-summary', from: '2025-03-29', to: '2026-03-30' }],
    ['a summary date outside 1900–2100', { kind: 'doctor-summary', from: '1899-12-31', to: '1900-01-10' }],
    [
      'a summary with a time in its date',
      { kind: 'doctor-summary', from: '2026-03-01T00:00', to: '2026-03-30' },
    ],
    ['a string', '#/insights/summary?from=2026-03-01&to=2026-03-30'],
  ])('refuses %s', (_label, page) => {
    expect(parse(page).success).toBe(false);
  });

  it('refuses an unknown target', () => {
    expect(parse({ kind: 'meals-week', week: '2026-03-30' }, 'fax').success).toBe(false);
  });
});
