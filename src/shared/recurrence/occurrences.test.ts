import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { occurrencesInRange, type RecurringRoutine } from './occurrences';
import { localDateAt } from '../dates/calendar';

const base: RecurringRoutine = {
  routineId: 'r1',
  schedule: { kind: 'daily', times: ['08:00'] },
  startDate: '2026-01-01',
  endDate: null,
  paused: false,
};

describe('occurrencesInRange', () => {
  it.each<[string, Partial<RecurringRoutine>, string, string, string, string[]]>([
    [
      'daily, one week',
      {},
      'UTC',
      '2026-03-02',
      '2026-03-08',
      [
        '2026-03-02T08:00',
        '2026-03-03T08:00',
        '2026-03-04T08:00',
        '2026-03-05T08:00',
        '2026-03-06T08:00',
        '2026-03-07T08:00',
        '2026-03-08T08:00',
      ],
    ],
    [
      'weekly Mon/Thu',
      { schedule: { kind: 'weekly', days: [1, 4], times: ['07:30'] } },
      'UTC',
      '2026-03-02',
      '2026-03-08',
      ['2026-03-02T07:30', '2026-03-05T07:30'],
    ],
    // several times a day come out in time order, whatever order they were entered in
    [
      'two times, unsorted',
      { schedule: { kind: 'daily', times: ['20:00', '08:00'] } },
      'UTC',
      '2026-03-02',
      '2026-03-02',
      ['2026-03-02T08:00', '2026-03-02T20:00'],
    ],
    // start date inside the range
    [
      'starts mid-range',
      { startDate: '2026-03-05' },
      'UTC',
      '2026-03-02',
      '2026-03-06',
      ['2026-03-05T08:00', '2026-03-06T08:00'],
    ],
    // end date is the last day included
    [
      'ends mid-range',
      { endDate: '2026-03-03' },
      'UTC',
      '2026-03-02',
      '2026-03-06',
      ['2026-03-02T08:00', '2026-03-03T08:00'],
    ],
    ['paused', { paused: true }, 'UTC', '2026-03-02', '2026-03-08', []],
    // flexible schedules have no timed occurrences
    [
      'times per week',
      { schedule: { kind: 'times-per-week', count: 3 } },
      'UTC',
      '2026-03-02',
      '2026-03-08',
      [],
    ],
    // 29 February exists in 2028 (a Tuesday)
    [
      'leap day',
      { schedule: { kind: 'weekly', days: [2], times: ['09:00'] } },
      'Europe/Berlin',
      '2028-02-28',
      '2028-03-07',
      ['2028-02-29T09:00', '2028-03-07T09:00'],
    ],
    // spring gap: still one occurrence that day
    [
      'New York spring gap',
      { schedule: { kind: 'daily', times: ['02:30'] } },
      'America/New_York',
      '2026-03-07',
      '2026-03-09',
      ['2026-03-07T02:30', '2026-03-08T02:30', '2026-03-09T02:30'],
    ],
    // autumn fold: one occurrence, not two
    [
      'Berlin autumn fold',
      { schedule: { kind: 'daily', times: ['02:30'] } },
      'Europe/Berlin',
      '2026-10-25',
      '2026-10-25',
      ['2026-10-25T02:30'],
    ],
  ])('%s', (_name, overrides, zone, from, to, expectedKeys) => {
    const occurrences = occurrencesInRange({ ...base, ...overrides }, from, to, zone);
    expect(occurrences.map((o) => o.key)).toEqual(expectedKeys);
  });

  it('gives the spring-gap occurrence the end of the gap and the fold occurrence its first instant', () => {
    const [spring] = occurrencesInRange(
      { ...base, schedule: { kind: 'daily', times: ['02:30'] } },
      '2026-03-08',
      '2026-03-08',
      'America/New_York',
    );
    expect(new Date(spring!.dueEpochMs).toISOString()).toBe('2026-03-08T07:00:00.000Z');
    const [fold] = occurrencesInRange(
      { ...base, schedule: { kind: 'daily', times: ['01:30'] } },
      '2026-11-01',
      '2026-11-01',
      'America/New_York',
    );
    expect(new Date(fold!.dueEpochMs).toISOString()).toBe('2026-11-01T05:30:00.000Z');
  });

  it('never produces duplicates, stays sorted and maps back to each local date', () => {
    const time = fc
      .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
      .map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`);
    fc.assert(
      fc.property(
        fc.constantFrom('America/New_York', 'Europe/Berlin', 'Pacific/Auckland'),
        fc.array(time, { minLength: 1, maxLength: 5 }),
        fc.subarray([1, 2, 3, 4, 5, 6, 7], { minLength: 1 }),
        fc.integer({ min: 0, max: 360 }),
        (zone, times, days, startOffset) => {
          const from = new Date(Date.UTC(2026, 0, 1) + startOffset * 86_400_000).toISOString().slice(0, 10);
          const to = new Date(Date.UTC(2026, 0, 1) + (startOffset + 13) * 86_400_000)
            .toISOString()
            .slice(0, 10);
          const list = occurrencesInRange(
            { ...base, schedule: { kind: 'weekly', days, times } },
            from,
            to,
            zone,
          );
          expect(new Set(list.map((o) => o.key)).size).toBe(list.length);
          for (let i = 1; i < list.length; i += 1)
            expect(list[i]!.dueEpochMs).toBeGreaterThanOrEqual(list[i - 1]!.dueEpochMs);
          for (const occurrence of list)
            expect(localDateAt(occurrence.dueEpochMs, zone)).toBe(occurrence.date);
        },
      ),
      { numRuns: 300 },
    );
  });
});
