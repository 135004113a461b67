import { describe, expect, it } from 'vitest';
import { compareWeeks, describeChange } from './week-comparison';

describe('describeChange', () => {
  const mins = (v: number) => `${v} min`;
  it.each([
    [120, 90, 0, 'Exercise: 120 min, 30 min more than the 7 days before (90 min).'],
    [60, 90, 0, 'Exercise: 60 min, 30 min less than the 7 days before (90 min).'],
    [92, 90, 5, 'Exercise: 92 min, about the same as the 7 days before (90 min).'],
    [null, 90, 0, 'Exercise: nothing logged in the last 7 days.'],
    [40, null, 0, 'Exercise: 40 min; nothing logged the 7 days before to compare with.'],
  ])('%s against %s (the same within %s) → %s', (now, before, same, sentence) => {
    expect(describeChange('Exercise', now, before, mins, same)).toBe(sentence);
  });
});

describe('compareWeeks', () => {
  const figures = compareWeeks({
    today: '2026-06-14',
    magnesium: [
      { date: '2026-06-14', foodMg: 200, supplementMg: 144, totalMg: 344 },
      { date: '2026-06-13', foodMg: 0, supplementMg: 0, totalMg: 0 }, // nothing logged: not averaged in
      { date: '2026-06-05', foodMg: 100, supplementMg: 144, totalMg: 244 },
    ],
    nights: [
      {
        date: '2026-06-10',
        bedOffsetMinutes: 0,
        wakeOffsetMinutes: 0,
        durationMinutes: 420,
        bedtime: '23:00',
        wakeTime: '06:00',
      },
      {
        date: '2026-06-11',
        bedOffsetMinutes: 0,
        wakeOffsetMinutes: 0,
        durationMinutes: 480,
        bedtime: '23:00',
        wakeTime: '07:00',
      },
    ],
    sessions: [
      { date: '2026-06-08', kind: 'aerobic', minutes: 30, intensity: 'moderate' }, // first day of this week
      { date: '2026-06-07', kind: 'aerobic', minutes: 45, intensity: 'moderate' }, // last day of the week before
    ],
    practices: [],
    focus: [
      { date: '2026-06-12', focus: 4 },
      { date: '2026-06-02', focus: 2 },
      { date: '2026-06-03', focus: null },
    ],
    routines: [
      { date: '2026-06-14', planned: 4, done: 3 },
      { date: '2026-06-01', planned: 4, done: 1 },
    ],
  });
  const byLabel = Object.fromEntries(figures.map((f) => [f.label.split(',')[0], [f.thisWeek, f.lastWeek]]));

  it.each([
    ['Routines done', 75, 25],
    ['Magnesium', 344, 244],
    ['Sleep', 450, null],
    ['Exercise', 30, 45],
    ['Stress practice', null, null],
    ['Focus', 4, 2],
  ])('%s: this week %s, the week before %s', (label, now, before) => {
    expect(byLabel[label]).toEqual([now, before]);
  });

  it('says it in words', () => {
    expect(figures.find((f) => f.label === 'Exercise')!.sentence).toBe(
      'Exercise: 30 min, 15 min less than the 7 days before (45 min).',
    );
  });
});
