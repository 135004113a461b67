// The step-back rule: moderate or severe digestive effects on 2 of the last 3 days → suggest the previous step.
import type { LocalDate } from '../dates/local-date';
import { addDays } from '../dates/calendar';
import { stepOn, type TitrationStep } from './titration';

export const severities = ['none', 'mild', 'moderate', 'severe'] as const;
export type Severity = (typeof severities)[number];

export interface DaySideEffects {
  date: LocalDate;
  diarrhoea: Severity;
  nausea: Severity;
  cramps: Severity;
}

export type StepBackSuggestion =
  | { kind: 'step-back'; fromUnits: number; toUnits: number; fromDate: LocalDate; badDates: LocalDate[] }
  | { kind: 'at-lowest'; units: number; badDates: LocalDate[] };

const troubling = (severity: Severity) => severity === 'moderate' || severity === 'severe';

export function isDigestiveTroubleDay(day: DaySideEffects): boolean {
  return troubling(day.diarrhoea) || troubling(day.nausea) || troubling(day.cramps);
}

/**
 * Looks at today and the two days before. Days before the latest step back are ignored, so applying
 * a suggestion clears it until new days are logged. Suggests the next lower units level of the plan;
 * at the lowest level it says so instead (pausing is the person's and their doctor's call).
 */
export function suggestStepBack(input: {
  steps: readonly TitrationStep[];
  today: LocalDate;
  days: readonly DaySideEffects[];
}): StepBackSuggestion | null {
  const current = stepOn(input.steps, input.today);
  if (!current || current.unitsPerDay <= 0) return null;
  const lastHeld = [...input.steps]
    .reverse()
    .find((step) => step.kind === 'held' && step.fromDate <= input.today);
  const windowStart = addDays(input.today, -2);
  const countFrom = lastHeld && lastHeld.fromDate > windowStart ? lastHeld.fromDate : windowStart;
  const badDates = input.days
    .filter((day) => day.date >= countFrom && day.date <= input.today && isDigestiveTroubleDay(day))
    .map((day) => day.date)
    .sort();
  if (badDates.length < 2) return null;
  const lower = input.steps
    .filter((step) => step.kind === 'step' && step.unitsPerDay < current.unitsPerDay && step.unitsPerDay > 0)
    .map((step) => step.unitsPerDay);
  if (lower.length === 0) return { kind: 'at-lowest', units: current.unitsPerDay, badDates };
  return {
    kind: 'step-back',
    fromUnits: current.unitsPerDay,
    toUnits: Math.max(...lower),
    fromDate: input.today,
    badDates,
  };
}
