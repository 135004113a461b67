// What the kinds of exercise, intensity, stress practice and sleep marks are called, for every screen that names them.
import type { SleepMark } from '@shared/routines/activity';
import type { ExerciseKind, Intensity } from '@shared/wellbeing/exercise';

export const exerciseKindLabels: Record<ExerciseKind, string> = {
  aerobic: 'Aerobic (walk, run, cycle, swim, dance)',
  strength: 'Strength (weights, bands, body weight)',
  flexibility: 'Flexibility or balance (stretching, yoga)',
  other: 'Other',
};

export const intensityLabels: Record<Intensity, string> = {
  light: 'Light: easy to talk and sing',
  moderate: 'Moderate: can talk, not sing',
  vigorous: 'Vigorous: only a few words at a time',
};

// The practice names are the shared domain's (Insights names them too).
export { practiceLabels } from '@shared/wellbeing/stress';

export const sleepMarkLabels: Record<SleepMark, string> = {
  'lights-out': 'Lights out: Done notes your bedtime for the sleep log',
  'wake-up': 'Wake up: Done notes your wake time for the sleep log',
};
