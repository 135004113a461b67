// Display names for the charted ratings.
import type { ChartedRating } from '@shared/wellbeing/insight-series';

export const ratingNames: Record<ChartedRating, string> = {
  focus: 'Focus',
  mood: 'Mood',
  sleepQuality: 'Sleep quality',
};
