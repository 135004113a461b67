// Query keys and options for the supplement screen.
import { queryOptions } from '@tanstack/react-query';
import type { LocalDate } from '@shared/dates/local-date';
import { addDays } from '@shared/dates/calendar';
import { getFoodMagnesiumByDate } from '../../../lib/food-magnesium';
import { supplementRepository } from './supplement-api';

export const supplementQueries = {
  all: () => ['supplement'] as const,
  overview: (today: LocalDate) =>
    queryOptions({
      queryKey: [...supplementQueries.all(), 'overview', today],
      queryFn: async () => {
        const [products, plan, safety, doses, checkins] = await Promise.all([
          supplementRepository.listProducts(),
          supplementRepository.activePlan(),
          supplementRepository.safety(),
          supplementRepository.dosesBetween(addDays(today, -13), today),
          supplementRepository.checkinsBetween(addDays(today, -6), today),
        ]);
        return { products, plan, safety, doses, checkins };
      },
    }),
  foodMagnesium: (today: LocalDate) =>
    queryOptions({
      queryKey: [...supplementQueries.all(), 'food', today],
      queryFn: () => getFoodMagnesiumByDate(today, today),
    }),
};
