import { describe, expect, it } from 'vitest';
import { flexibleProgress } from './flexible';
import type { WeekStartDay } from '../dates/calendar';

describe('flexibleProgress', () => {
  it.each<
    [
      string,
      number,
      string[],
      string,
      WeekStartDay,
      { doneThisWeek: number; remaining: number; daysLeft: number; behind: boolean },
    ]
  >([
    // Monday of a Monday-start week, nothing done: 3 needed, 7 days left → fine
    ['fresh week', 3, [], '2026-03-02', 1, { doneThisWeek: 0, remaining: 3, daysLeft: 7, behind: false }],
    // Friday, 1 done, 2 needed, 3 days left → not yet behind
    [
      'Friday with one done',
      3,
      ['2026-03-03'],
      '2026-03-06',
      1,
      { doneThisWeek: 1, remaining: 2, daysLeft: 3, behind: false },
    ],
    // Saturday, 1 done, 2 needed, 2 days left → every remaining day is needed: nudge
    [
      'Saturday with one done',
      3,
      ['2026-03-03'],
      '2026-03-07',
      1,
      { doneThisWeek: 1, remaining: 2, daysLeft: 2, behind: true },
    ],
    // target reached → never behind
    [
      'target reached',
      2,
      ['2026-03-02', '2026-03-04'],
      '2026-03-08',
      1,
      { doneThisWeek: 2, remaining: 0, daysLeft: 1, behind: false },
    ],
    // completions from last week do not count (Sunday-start week begins 2026-03-08)
    [
      'Sunday-start week ignores the previous Saturday',
      1,
      ['2026-03-07'],
      '2026-03-08',
      7,
      { doneThisWeek: 0, remaining: 1, daysLeft: 7, behind: false },
    ],
    // Saturday-start week: Friday is the last day
    [
      'Saturday-start week, last day',
      1,
      [],
      '2026-03-13',
      6,
      { doneThisWeek: 0, remaining: 1, daysLeft: 1, behind: true },
    ],
    // two completions on one date count once
    [
      'one a day at most',
      2,
      ['2026-03-02', '2026-03-02'],
      '2026-03-02',
      1,
      { doneThisWeek: 1, remaining: 1, daysLeft: 7, behind: false },
    ],
  ])('%s', (_name, target, done, today, weekStart, expected) => {
    expect(flexibleProgress(target, done, today, weekStart)).toMatchObject(expected);
  });

  it('does not nudge on a day it was already done', () => {
    expect(flexibleProgress(3, ['2026-03-08'], '2026-03-08', 1).behind).toBe(false);
  });
});
