// A start-low, step-up (or step-down) titration plan turned into dated steps with per-time units and elemental mg.
import type { LocalDate, TimeOfDay } from '../dates/local-date';
import { allocateUnits } from './allocate';
import { addDays, daysBetween } from '../dates/calendar';
import { roundMg } from './elemental';

export type Timing = 'morning' | 'evening' | 'split';

export interface PlanOverride {
  fromDate: LocalDate;
  unitsPerDay: number;
  reason: string;
}

export interface TitrationInput {
  startDate: LocalDate;
  startUnits: number;
  targetUnits: number;
  stepUnits: number;
  stepDays: number;
  timing: Timing;
  /** One time for morning/evening; two or more for split, in the order of the day. */
  times: TimeOfDay[];
  /** Split only: units at each time at the full dose (the larger of start and target). */
  fullDoseUnitsPerTime: number[] | null;
  overrides: PlanOverride[];
}

export interface StepDose {
  time: TimeOfDay;
  units: number;
  elementalMg: number;
}

export interface TitrationStep {
  /** 1-based position in the plan. */
  number: number;
  fromDate: LocalDate;
  /** Last day of the step (inclusive); null for the last step, which continues. */
  toDate: LocalDate | null;
  unitsPerDay: number;
  perTime: StepDose[];
  elementalMgPerDay: number;
  elementalMgPerWeek: number;
  /** 'held' is a step back (an override) that holds until the plan is edited. */
  kind: 'step' | 'held';
  reason: string | null;
}

export interface ScheduleContext {
  elementalMgPerUnit: number;
  /** 1 for whole capsules/tablets/scoops, 0.1 for grams of powder. */
  quantum: number;
}

/** Most steps a plan may have; more means a step too small for the range. */
export const maxSteps = 60;

export function direction(input: Pick<TitrationInput, 'startUnits' | 'targetUnits'>): 'up' | 'down' | 'flat' {
  return input.targetUnits > input.startUnits ? 'up' : input.targetUnits < input.startUnits ? 'down' : 'flat';
}

/** Units per day of the plan's steps before overrides: start, start ± step, …, target (the last step lands on target). */
export function baseUnitLevels(
  input: Pick<TitrationInput, 'startUnits' | 'targetUnits' | 'stepUnits'>,
): number[] {
  const dir = direction(input);
  const levels = [input.startUnits];
  if (dir === 'flat' || input.stepUnits <= 0) return levels;
  let units = input.startUnits;
  while (units !== input.targetUnits && levels.length < maxSteps + 1) {
    // Round to 0.1 so repeated additions of 0.1 g do not drift past the target.
    units =
      dir === 'up'
        ? Math.min(Math.round((units + input.stepUnits) * 10) / 10, input.targetUnits)
        : Math.max(Math.round((units - input.stepUnits) * 10) / 10, input.targetUnits);
    levels.push(units);
  }
  return levels;
}

function splitShares(input: TitrationInput): number[] {
  if (input.timing !== 'split') return [1];
  return input.fullDoseUnitsPerTime && input.fullDoseUnitsPerTime.length === input.times.length
    ? input.fullDoseUnitsPerTime
    : input.times.map(() => 1);
}

function makeStep(
  input: TitrationInput,
  context: ScheduleContext,
  fields: Pick<TitrationStep, 'number' | 'fromDate' | 'toDate' | 'unitsPerDay' | 'kind' | 'reason'>,
): TitrationStep {
  const perTimeUnits = allocateUnits(fields.unitsPerDay, splitShares(input), context.quantum);
  const times = input.timing === 'split' ? input.times : input.times.slice(0, 1);
  const perTime = times.map((time, index) => {
    const units = perTimeUnits[index] ?? 0;
    return { time, units, elementalMg: roundMg(units * context.elementalMgPerUnit) };
  });
  const elementalMgPerDay = roundMg(fields.unitsPerDay * context.elementalMgPerUnit);
  return { ...fields, perTime, elementalMgPerDay, elementalMgPerWeek: roundMg(elementalMgPerDay * 7) };
}

/** The plan's steps with overrides applied: each override ends the schedule on the day before it and holds its units. */
export function titrationSteps(input: TitrationInput, context: ScheduleContext): TitrationStep[] {
  const levels = baseUnitLevels(input);
  let steps = levels.map((unitsPerDay, index) =>
    makeStep(input, context, {
      number: index + 1,
      fromDate: addDays(input.startDate, index * input.stepDays),
      toDate: index === levels.length - 1 ? null : addDays(input.startDate, (index + 1) * input.stepDays - 1),
      unitsPerDay,
      kind: 'step',
      reason: null,
    }),
  );
  const overrides = [...input.overrides].sort((a, b) => a.fromDate.localeCompare(b.fromDate));
  for (const override of overrides) {
    const fromDate = override.fromDate < input.startDate ? input.startDate : override.fromDate;
    const dayBefore = addDays(fromDate, -1);
    steps = steps
      .filter((step) => step.fromDate < fromDate)
      .map((step) =>
        step.toDate === null || step.toDate > dayBefore ? { ...step, toDate: dayBefore } : step,
      );
    steps.push(
      makeStep(input, context, {
        number: steps.length + 1,
        fromDate,
        toDate: null,
        unitsPerDay: override.unitsPerDay,
        kind: 'held',
        reason: override.reason,
      }),
    );
  }
  return steps;
}

/** The step in force on a date, or null before the plan starts. */
export function stepOn(steps: readonly TitrationStep[], date: LocalDate): TitrationStep | null {
  for (const step of steps) {
    if (date >= step.fromDate && (step.toDate === null || date <= step.toDate)) return step;
  }
  return null;
}

/** Length of a step in days, or null for the open-ended last step. */
export function stepLengthDays(step: TitrationStep): number | null {
  return step.toDate === null ? null : daysBetween(step.fromDate, step.toDate) + 1;
}

/** Steps whose elemental mg per day is above a limit. */
export function stepsAboveLimit(steps: readonly TitrationStep[], limitMg: number): TitrationStep[] {
  return steps.filter((step) => step.elementalMgPerDay > limitMg);
}
