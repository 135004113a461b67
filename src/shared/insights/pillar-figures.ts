// The two pillar figures Insights reads, each through one function: the life stage's exercise goals
// (wellbeing/exercise-targets.ts) and sleep regularity (the midpoint spread, as on the Sleep screen).
import type { LifeStage } from '../profile/profile';
import { exerciseTargetFor, type ExerciseTarget } from '../wellbeing/exercise-targets';
import { midpointVariabilityMinutes, type Night } from '../wellbeing/sleep';

/** The weekly goals Insights draws against, from the life stage's guideline (null where it sets none). */
export interface InsightExerciseGoals {
  /** Who the guideline is for, e.g. "Adults". */
  who: string;
  /** Aerobic minutes a week, counted as `counting` says; null where the guideline gives no figure. */
  aerobicMinutes: number | null;
  strengthDays: number | null;
  counting: ExerciseTarget['aerobicCounting'];
  source: string;
}

/** How the aerobic minutes are counted, in words. */
export const countingWords: Record<ExerciseTarget['aerobicCounting'], string> = {
  'moderate-equivalent': 'a vigorous minute counts as two',
  'aerobic-minutes': 'moderate aerobic minutes as they are',
  'moderate-or-vigorous': 'any moderate or vigorous minute',
};

export function insightExerciseTarget(stage: LifeStage & { aged65OrOver?: boolean }): InsightExerciseGoals {
  const target = exerciseTargetFor(stage);
  const goal = (id: string) => target.lines.find((line) => line.id === id)?.goal ?? null;
  return {
    who: target.who,
    aerobicMinutes: goal('aerobic'),
    strengthDays: goal('strength-days'),
    counting: target.aerobicCounting,
    source: target.source,
  };
}

/** How regular a set of nights was, in minutes (lower is steadier), or null with too few nights. */
export function insightSleepRegularity(nights: readonly Night[], timeZone: string): number | null {
  return midpointVariabilityMinutes(nights, timeZone);
}
