// Names of the meal slots as people say them.
import type { MealSlot } from '../../../db/schema';

export const slotLabels: Record<MealSlot, string> = {
  breakfast: 'Breakfast',
  lunch: 'Lunch',
  dinner: 'Dinner',
  snack: 'Snacks',
};
