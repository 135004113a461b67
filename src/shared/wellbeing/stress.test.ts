import { describe, expect, it } from 'vitest';
import { minutesFromElapsed, practiceWeek, stressChange, stressLogInputSchema } from './stress';

describe('practiceWeek', () => {
  it('adds minutes by kind within the week only, and counts distinct days', () => {
    const week = practiceWeek(
      [
        { date: '2026-06-08', kind: 'breathing', minutes: 3 },
        { date: '2026-06-08', kind: 'breathing', minutes: 2 },
        { date: '2026-06-10', kind: 'hobby', minutes: 45 },
        { date: '2026-06-07', kind: 'meditation', minutes: 10 }, // the day before the week
        { date: '2026-06-15', kind: 'meditation', minutes: 10 }, // the day after
      ],
      '2026-06-08',
      '2026-06-14',
    );
    expect(week.minutesByKind).toEqual({ breathing: 5, meditation: 0, mindfulness: 0, hobby: 45, other: 0 });
    expect(week.totalMinutes).toBe(50);
    expect(week.days).toBe(2);
  });
});

describe('minutesFromElapsed', () => {
  it.each([
    [10_000, 1], // a short try still logs a minute
    [60_000, 1],
    [89_000, 1],
    [90_000, 2], // rounds half up
    [180_000, 3],
  ])('%i ms logs %i minutes', (ms, minutes) => {
    expect(minutesFromElapsed(ms)).toBe(minutes);
  });
});

describe('stressLogInputSchema', () => {
  const ok = { date: '2026-06-10', kind: 'breathing', minutes: 3, notes: '' };
  it.each([
    [ok, null],
    [{ ...ok, minutes: -1 }, 'minutes'],
    [{ ...ok, kind: 'nap' }, 'kind'],
    [{ ...ok, date: '2026-02-30' }, 'date'],
    [{ ...ok, date: '2026-06-12' }, null], // today
    [{ ...ok, date: '2026-06-13' }, 'date'], // tomorrow
    [{ ...ok, pattern: '4-7-8', stressBefore: 4, stressAfter: 2 }, null], // a guided session
    [{ ...ok, pattern: 'custom', stressBefore: 1, stressAfter: 5 }, null],
    [{ ...ok, pattern: 'wim-hof' }, 'pattern'],
    [{ ...ok, kind: 'meditation', pattern: 'box' }, 'pattern'], // a pattern belongs to breathing
    [{ ...ok, kind: 'meditation', stressBefore: 3 }, null],
    [{ ...ok, stressBefore: 0 }, 'stressBefore'],
    [{ ...ok, stressBefore: 6 }, 'stressBefore'],
    [{ ...ok, stressAfter: 2.5 }, 'stressAfter'],
    [{ ...ok, stressAfter: '3' }, 'stressAfter'],
  ])('%j is rejected at %s', (input, field) => {
    const result = stressLogInputSchema('2026-06-12').safeParse(input);
    if (field === null) expect(result.success).toBe(true);
    else expect(result.error?.issues.map((i) => i.path.join('.'))).toContain(field);
  });
});

describe('stressChange', () => {
  it.each([
    ['nothing rated', [{}, { stressBefore: 4 }, { stressAfter: 2 }], null],
    [
      'one session, 4 → 2',
      [{ stressBefore: 4, stressAfter: 2 }],
      { rated: 1, averageBefore: 4, averageAfter: 2, averageChange: -2 },
    ],
    [
      'only sessions rated both times count',
      [{ stressBefore: 5, stressAfter: 3 }, { stressBefore: 3, stressAfter: 3 }, { stressBefore: 1 }],
      { rated: 2, averageBefore: 4, averageAfter: 3, averageChange: -1 },
    ],
    [
      'worse after is shown too',
      [{ stressBefore: 2, stressAfter: 3 }],
      { rated: 1, averageBefore: 2, averageAfter: 3, averageChange: 1 },
    ],
  ])('%s', (_name, practices, change) => {
    expect(stressChange(practices)).toEqual(change);
  });
});
