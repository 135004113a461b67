// The two pillar figures Insights reads, each through one function so the lead can switch them to the
// pillars branch's own (`exerciseTargetFor` in wellbeing/exercise-targets.ts, its sleep regularity) at merge.
import type { LifeStage } from '../profile/profile';
import { activityReference } from '../wellbeing/exercise';
import { midpointVariabilityMinutes, type Night } from '../wellbeing/sleep';

export interface ExerciseTarget {
  /** Moderate-equivalent aerobic minutes a week (a vigorous minute counts as two). */
  aerobicModerateEquivalentMinutes: number;
  strengthDays: number;
  source: string;
}

/** The weekly exercise reference for a life stage (today the adult reference for every stage). */
export function insightExerciseTarget(_stage: LifeStage): ExerciseTarget {
  return { ...activityReference };
}

/** How regular a set of nights was, in minutes (lower is steadier), or null with too few nights. */
export function insightSleepRegularity(nights: readonly Night[], timeZone: string): number | null {
  return midpointVariabilityMinutes(nights, timeZone);
}
