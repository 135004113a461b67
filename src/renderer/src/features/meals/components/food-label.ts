// How a food's origin is shown, so every figure is traceable: "USDA NDB 11457", "My food", "My recipe".
import type { Food } from '@shared/foods/food-data';

export function foodSourceLabel(food: Food): string {
  if (food.source === 'usda') return `USDA NDB ${food.id}`;
  return food.source === 'custom' ? 'My food' : 'My recipe';
}
