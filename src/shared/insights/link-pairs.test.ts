import { describe, expect, it } from 'vitest';
import { dailySeries, linkPairs, linkSentence, type DailyInputs } from './link-pairs';
import type { LinkResult } from './links';

const empty: DailyInputs = {
  from: '2026-03-01',
  to: '2026-03-03',
  timeZone: 'Europe/London',
  checkins: [],
  sleepLogs: [],
  exercise: [],
  practices: [],
  supplementAdherence: [],
  foodMagnesium: null,
  supplementTakenMg: null,
};
const checkin = (date: string, focus: number | null, sleepQuality: number | null = null) => ({
  date,
  focus,
  mood: null,
  irritability: null,
  sleepQuality,
});

describe('dailySeries', () => {
  it('sleep hours come from real instants: the night into the spring-forward morning is an hour shorter', () => {
    const series = dailySeries({
      ...empty,
      to: '2026-03-29',
      sleepLogs: [
        { date: '2026-03-28', bedtime: '23:00', wakeTime: '07:00', quality: 3 },
        { date: '2026-03-29', bedtime: '23:00', wakeTime: '07:00', quality: null }, // UK clocks go forward
        { date: '2026-03-27', bedtime: null, wakeTime: null, quality: 4 }, // a rating only
      ],
    });
    expect([...series.sleepHours]).toEqual([
      ['2026-03-28', 8],
      ['2026-03-29', 7],
    ]);
    expect([...series.sleepQuality]).toEqual([
      ['2026-03-28', 3],
      ['2026-03-27', 4],
    ]);
  });

  it("the check-in's sleep quality wins over the sleep log's", () => {
    const series = dailySeries({
      ...empty,
      checkins: [checkin('2026-03-01', null, 5)],
      sleepLogs: [{ date: '2026-03-01', bedtime: null, wakeTime: null, quality: 2 }],
    });
    expect(series.sleepQuality.get('2026-03-01')).toBe(5);
  });

  it('minutes: a rated day with no log is 0, an unrated day with no log is unknown, logs add up', () => {
    const series = dailySeries({
      ...empty,
      checkins: [checkin('2026-03-01', 3), checkin('2026-03-02', 4)],
      exercise: [
        { date: '2026-03-02', minutes: 20 },
        { date: '2026-03-02', minutes: 15 },
      ],
    });
    expect([...series.exerciseMinutes]).toEqual([
      ['2026-03-01', 0],
      ['2026-03-02', 35],
    ]);
    expect(series.exerciseMinutes.has('2026-03-03')).toBe(false);
  });

  it('magnesium counts only days with meals planned, adding the supplement taken', () => {
    const series = dailySeries({
      ...empty,
      foodMagnesium: {
        '2026-03-01': { magnesiumMg: 250, itemCount: 3 },
        '2026-03-02': { magnesiumMg: 0, itemCount: 0 },
      },
      supplementTakenMg: { '2026-03-01': { takenMg: 100 }, '2026-03-03': { takenMg: 100 } },
    });
    expect([...series.magnesiumMg]).toEqual([['2026-03-01', 350]]);
  });

  it('supplement adherence is a percentage, absent on days with no dose planned', () => {
    const series = dailySeries({
      ...empty,
      supplementAdherence: [
        { date: '2026-03-01', planned: 2, done: 1, share: 0.5 },
        { date: '2026-03-02', planned: 0, done: 0, share: null },
      ],
    });
    expect([...series.supplementAdherence]).toEqual([['2026-03-01', 50]]);
  });
});

const pair = linkPairs.find((p) => p.id === 'adherence-next-focus')!;
const ready = (rho: Extract<LinkResult, { status: 'ready' }>['rho']): LinkResult => ({
  status: 'ready',
  pairedDays: 20,
  pairs: [],
  rho,
  difference: { kind: 'no-groups' },
});

describe('linkSentence', () => {
  it.each([
    [
      ready({ kind: 'rho', estimate: 0.2, low: -0.25, high: 0.58, includesNoEffect: true }),
      'On days with more supplement doses done, focus the next day was a little higher; the interval includes no difference, so this could be chance.',
    ],
    [
      ready({ kind: 'rho', estimate: -0.6, low: -0.82, high: -0.24, includesNoEffect: false }),
      'On days with more supplement doses done, focus the next day was clearly lower; the interval does not include zero, but it is still a link in your notes, not a cause.',
    ],
    [
      ready({ kind: 'rho', estimate: 0.05, low: -0.4, high: 0.48, includesNoEffect: true }),
      'On days with more supplement doses done, focus the next day was about the same; the interval includes no difference, so this could be chance.',
    ],
    [
      ready({ kind: 'constant', series: 'x' }),
      'Your supplement doses done was the same on every paired day, so there is nothing to relate it to: no correlation can be given.',
    ],
    [
      { status: 'too-few', pairedDays: 9, needed: 14 },
      'There are 9 days with both supplement doses done and focus the next day so far; figures appear from 14.',
    ],
  ] as const)('says it plainly (%#)', (result, sentence) => {
    expect(linkSentence(pair, result)).toBe(sentence);
  });

  it.each(linkPairs.map((p) => [p.label, p]))('never claims that anything works: %s', (_label, p) => {
    for (const estimate of [-0.9, -0.2, 0, 0.4, 0.9]) {
      for (const includesNoEffect of [true, false]) {
        const text = linkSentence(p, ready({ kind: 'rho', estimate, low: -1, high: 1, includesNoEffect }));
        // The one place a cause is named is to deny it.
        expect(text.replace('not a cause', '')).not.toMatch(
          /\b(works?|treats?|improves?|causes?d?|helps?|because)\b/i,
        );
      }
    }
  });
});
