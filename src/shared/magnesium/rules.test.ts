import { describe, expect, it } from 'vitest';
import { doseConsistency, takenStatus, type LoggedDose } from './consistency';
import { instantOfLocalTime } from '../dates/calendar';
import { suggestStepBack, type DaySideEffects, type Severity } from './step-back';
import { stockOutlook } from './stock';
import { titrationSteps, type TitrationInput } from './titration';

const base: TitrationInput = {
  startDate: '2026-05-04',
  startUnits: 1,
  targetUnits: 3,
  stepUnits: 1,
  stepDays: 7,
  timing: 'evening',
  times: ['20:00'],
  fullDoseUnitsPerTime: null,
  overrides: [],
};
const context = { elementalMgPerUnit: 48, quantum: 1 };
const steps = titrationSteps(base, context);
const day = (
  date: string,
  diarrhoea: Severity,
  nausea: Severity = 'none',
  cramps: Severity = 'none',
): DaySideEffects => ({
  date,
  diarrhoea,
  nausea,
  cramps,
});

describe('the step-back rule', () => {
  it.each([
    // days logged (today is 2026-05-20, at 3 capsules) → suggestion
    [
      'moderate diarrhoea on 2 of the last 3 days',
      [day('2026-05-18', 'moderate'), day('2026-05-20', 'moderate')],
      'step-back',
    ],
    [
      'severe nausea and moderate cramps',
      [day('2026-05-19', 'none', 'severe'), day('2026-05-20', 'none', 'none', 'moderate')],
      'step-back',
    ],
    ['only one bad day', [day('2026-05-20', 'severe')], null],
    ['mild effects do not count', [day('2026-05-19', 'mild'), day('2026-05-20', 'mild')], null],
    [
      'a bad day 3 days ago is outside the window',
      [day('2026-05-17', 'severe'), day('2026-05-20', 'severe')],
      null,
    ],
  ] as const)('%s', (_name, days, kind) => {
    const suggestion = suggestStepBack({ steps, today: '2026-05-20', days });
    expect(suggestion?.kind ?? null).toBe(kind);
    if (suggestion?.kind === 'step-back') expect([suggestion.fromUnits, suggestion.toUnits]).toEqual([3, 2]);
  });

  it('at the first step there is nothing lower: it says so instead of suggesting a step', () => {
    const suggestion = suggestStepBack({
      steps,
      today: '2026-05-06',
      days: [day('2026-05-05', 'moderate'), day('2026-05-06', 'moderate')],
    });
    expect(suggestion).toMatchObject({ kind: 'at-lowest', units: 1 });
  });

  it('after a step back, the days before it no longer count, so the suggestion goes away', () => {
    const held = titrationSteps(
      { ...base, overrides: [{ fromDate: '2026-05-20', unitsPerDay: 2, reason: 'x' }] },
      context,
    );
    const days = [day('2026-05-18', 'moderate'), day('2026-05-19', 'moderate')];
    expect(suggestStepBack({ steps: held, today: '2026-05-20', days })).toBeNull();
    expect(
      suggestStepBack({
        steps: held,
        today: '2026-05-22',
        days: [day('2026-05-21', 'severe'), day('2026-05-22', 'severe')],
      }),
    ).toMatchObject({
      kind: 'step-back',
      fromUnits: 2,
      toUnits: 1,
    });
  });
});

describe('consistency over the last 14 days', () => {
  const zone = 'Europe/Berlin';
  const at = (date: string, time: string) => instantOfLocalTime(date, time, zone);
  const taken = (date: string, time: string): LoggedDose => ({
    date,
    plannedTime: '20:00',
    status: 'taken',
    takenAtEpochMs: at(date, time),
  });

  it('counts doses within 60 minutes either side of the planned time', () => {
    const result = doseConsistency({
      steps,
      doses: [
        taken('2026-05-04', '20:59'), // 59 min late: on time
        taken('2026-05-05', '21:01'), // 61 min late: not
        taken('2026-05-06', '19:00'), // 60 min early: on time
        { date: '2026-05-07', plannedTime: '20:00', status: 'skipped', takenAtEpochMs: null },
      ],
      today: '2026-05-07',
      nowEpochMs: at('2026-05-07', '22:00'),
      timeZone: zone,
    });
    expect(result).toEqual({ onTime: 2, planned: 4, share: 0.5 });
  });

  it('leaves out doses planned later today and days before the plan started', () => {
    const result = doseConsistency({
      steps,
      doses: [taken('2026-05-04', '20:00')],
      today: '2026-05-05',
      nowEpochMs: at('2026-05-05', '12:00'),
      timeZone: zone,
    });
    expect(result).toEqual({ onTime: 1, planned: 1, share: 1 });
  });

  it('measures against local time across the DST change (08:00 on 29 March in Berlin)', () => {
    const morning = titrationSteps(
      { ...base, startDate: '2026-03-20', times: ['08:00'], timing: 'morning' },
      context,
    );
    const result = doseConsistency({
      steps: morning,
      doses: [
        {
          date: '2026-03-29',
          plannedTime: '08:00',
          status: 'taken',
          takenAtEpochMs: Date.UTC(2026, 2, 29, 6, 30),
        },
      ],
      today: '2026-03-29',
      nowEpochMs: Date.UTC(2026, 2, 29, 12),
      timeZone: zone,
      days: 1,
    });
    expect(result.onTime).toBe(1);
  });

  it('is "late" only beyond 60 minutes after the planned time', () => {
    expect(takenStatus(0, 60 * 60 * 1000)).toBe('taken');
    expect(takenStatus(0, 60 * 60 * 1000 + 1)).toBe('late');
    expect(takenStatus(null, 5)).toBe('taken');
  });
});

describe('days of stock left, following the plan', () => {
  it.each([
    // today, stock, taken today → days left, heads-up
    ['2026-05-18', 90, 0, 30, false], // 3 a day at the target
    ['2026-05-18', 20, 0, 6, true], // under 7 days
    ['2026-05-18', 21, 0, 7, false], // exactly 7: no heads-up
    ['2026-05-18', 2, 3, 0, true], // today's 3 already taken: 2 do not cover tomorrow
    ['2026-05-09', 10, 0, 6, true], // 1+1 then 2+2+2+2: the step-up shortens it (10 ÷ 1 would say 10)
  ] as const)(
    'on %s with %s units (%s taken today) → %s days',
    (today, stockUnits, takenTodayUnits, daysLeft, headsUp) => {
      const outlook = stockOutlook({ steps, today, stockUnits, takenTodayUnits });
      expect(outlook.daysLeft).toBe(daysLeft);
      expect(outlook.headsUp).toBe(headsUp);
    },
  );
});
