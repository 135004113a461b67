import { describe, expect, it } from 'vitest';
import { allocateUnits } from './allocate';
import { addDays, daysBetween, instantOfLocalTime } from '../dates/calendar';
import { baseUnitLevels, stepOn, stepsAboveLimit, titrationSteps, type TitrationInput } from './titration';

const plan = (overrides: Partial<TitrationInput> = {}): TitrationInput => ({
  startDate: '2026-05-04',
  startUnits: 1,
  targetUnits: 3,
  stepUnits: 1,
  stepDays: 7,
  timing: 'evening',
  times: ['20:00'],
  fullDoseUnitsPerTime: null,
  overrides: [],
  ...overrides,
});
const capsules48 = { elementalMgPerUnit: 48, quantum: 1 };

describe('titration steps', () => {
  it('1 → 3 capsules of 48 mg, +1 every 7 days: 48, 96, 144 mg a day, week by week', () => {
    const steps = titrationSteps(plan(), capsules48);
    expect(
      steps.map((s) => [s.fromDate, s.toDate, s.unitsPerDay, s.elementalMgPerDay, s.elementalMgPerWeek]),
    ).toEqual([
      ['2026-05-04', '2026-05-10', 1, 48, 336],
      ['2026-05-11', '2026-05-17', 2, 96, 672],
      ['2026-05-18', null, 3, 144, 1008],
    ]);
  });

  it.each([
    // start, target, step → levels
    [1, 3, 1, [1, 2, 3]],
    [1, 4, 2, [1, 3, 4]], // uneven: the last step lands on the target
    [1, 6, 4, [1, 5, 6]], // uneven, big step
    [3, 1, 1, [3, 2, 1]], // target below start: steps down
    [5, 1, 3, [5, 2, 1]], // steps down unevenly, lands on target
    [2, 2, 1, [2]], // flat: one step
    [0.5, 1.2, 0.3, [0.5, 0.8, 1.1, 1.2]], // grams: no drift past 1.2
  ])('%s → %s by %s gives %j', (startUnits, targetUnits, stepUnits, levels) => {
    expect(baseUnitLevels({ startUnits, targetUnits, stepUnits })).toEqual(levels);
  });

  it('splits a dose by the amounts per time at the full dose, filling the evening first', () => {
    const steps = titrationSteps(
      plan({ timing: 'split', times: ['08:00', '20:00'], fullDoseUnitsPerTime: [1, 2] }),
      capsules48,
    );
    expect(steps.map((s) => s.perTime.map((t) => [t.time, t.units, t.elementalMg]))).toEqual([
      [
        ['08:00', 0, 0],
        ['20:00', 1, 48],
      ],
      [
        ['08:00', 1, 48],
        ['20:00', 1, 48],
      ],
      [
        ['08:00', 1, 48],
        ['20:00', 2, 96],
      ],
    ]);
  });

  it('a split stepping down uses the start as the full dose', () => {
    const steps = titrationSteps(
      plan({
        startUnits: 4,
        targetUnits: 2,
        timing: 'split',
        times: ['07:30', '21:00'],
        fullDoseUnitsPerTime: [2, 2],
      }),
      capsules48,
    );
    expect(steps.map((s) => s.perTime.map((t) => t.units))).toEqual([
      [2, 2],
      [1, 2],
      [1, 1],
    ]);
  });

  it.each([
    // start date, step days, expected second-step start — calendar dates, so a DST change never shifts them
    ['2026-03-25', 7, '2026-04-01'], // across Europe's spring-forward (29 March 2026)
    ['2026-10-21', 7, '2026-10-28'], // across Europe's fall-back (25 October 2026)
    ['2026-03-05', 7, '2026-03-12'], // across the US change (8 March 2026)
    ['2028-02-26', 7, '2028-03-04'], // across 29 February 2028: 7 days, including the leap day
    ['2028-02-29', 1, '2028-03-01'], // starting on the leap day
    ['2027-02-26', 7, '2027-03-05'], // a non-leap year for comparison
  ])('a plan starting %s with %s-day steps moves up on %s', (startDate, stepDays, second) => {
    const steps = titrationSteps(plan({ startDate, stepDays }), capsules48);
    expect(steps[1]!.fromDate).toBe(second);
    expect(daysBetween(steps[0]!.fromDate, steps[0]!.toDate!) + 1).toBe(stepDays);
  });

  it('the planned instant on a DST change day keeps the local time (08:00 in Berlin is 06:00 UTC after, 07:00 before)', () => {
    expect(new Date(instantOfLocalTime('2026-03-28', '08:00', 'Europe/Berlin')).toISOString()).toBe(
      '2026-03-28T07:00:00.000Z',
    );
    expect(new Date(instantOfLocalTime('2026-03-29', '08:00', 'Europe/Berlin')).toISOString()).toBe(
      '2026-03-29T06:00:00.000Z',
    );
    expect(addDays('2026-03-28', 1)).toBe('2026-03-29');
  });

  it('a step back from a date ends the schedule the day before and holds the lower amount', () => {
    const steps = titrationSteps(
      plan({ overrides: [{ fromDate: '2026-05-20', unitsPerDay: 2, reason: 'Stomach' }] }),
      capsules48,
    );
    expect(steps.map((s) => [s.fromDate, s.toDate, s.unitsPerDay, s.kind])).toEqual([
      ['2026-05-04', '2026-05-10', 1, 'step'],
      ['2026-05-11', '2026-05-17', 2, 'step'],
      ['2026-05-18', '2026-05-19', 3, 'step'],
      ['2026-05-20', null, 2, 'held'],
    ]);
    expect(stepOn(steps, '2026-05-19')?.unitsPerDay).toBe(3);
    expect(stepOn(steps, '2026-06-30')?.unitsPerDay).toBe(2);
    expect(stepOn(steps, '2026-05-03')).toBeNull(); // before the plan starts
  });

  it('a later step back replaces an earlier one from its date', () => {
    const steps = titrationSteps(
      plan({
        overrides: [
          { fromDate: '2026-05-25', unitsPerDay: 1, reason: 'again' },
          { fromDate: '2026-05-20', unitsPerDay: 2, reason: 'first' },
        ],
      }),
      capsules48,
    );
    expect(steps.slice(-2).map((s) => [s.fromDate, s.toDate, s.unitsPerDay])).toEqual([
      ['2026-05-20', '2026-05-24', 2],
      ['2026-05-25', null, 1],
    ]);
  });

  it('flags the steps above the upper limit: 3 capsules of 144 mg is 432 mg, above 350', () => {
    const steps = titrationSteps(plan(), { elementalMgPerUnit: 144, quantum: 1 });
    expect(stepsAboveLimit(steps, 350).map((s) => s.elementalMgPerDay)).toEqual([432]);
    expect(stepsAboveLimit(steps, 65).map((s) => s.unitsPerDay)).toEqual([1, 2, 3]);
  });
});

describe('allocating units over dose times', () => {
  it.each([
    // units, shares, quantum → per time
    [3, [1, 2], 1, [1, 2]],
    [1, [1, 1], 1, [0, 1]], // a tie goes to the later time
    [2, [1, 1, 1], 1, [0, 1, 1]],
    [1.5, [1, 1], 0.1, [0.7, 0.8]], // tenths of a gram
    [0, [1, 2], 1, [0, 0]],
  ])('%s units over %j (quantum %s) → %j', (units, shares, quantum, expected) => {
    const result = allocateUnits(units, shares, quantum);
    expect(result).toEqual(expected);
    expect(result.reduce((a, b) => a + b, 0)).toBeCloseTo(units, 9);
  });
});
