// The supplement owner for screens: keys rooted at the owner, reads, and one mutation hook per write (kept live by data/live.ts).
import { queryOptions, useMutation } from '@tanstack/react-query';
import type { LocalDate } from '@shared/dates/local-date';
import { addDays } from '@shared/dates/calendar';
import { supplementRepository } from './supplement-api';
import { getSupplementMagnesiumByDate } from './supplement-magnesium';

export const supplementQueries = {
  all: () => ['supplement'] as const,
  overview: (today: LocalDate) =>
    queryOptions({
      queryKey: [...supplementQueries.all(), 'overview', today],
      queryFn: async () => {
        const [products, plan, safety, doses] = await Promise.all([
          supplementRepository.listProducts(),
          supplementRepository.activePlan(),
          supplementRepository.safety(),
          supplementRepository.dosesBetween(addDays(today, -13), today),
        ]);
        return { products, plan, safety, doses };
      },
    }),
  doses: (from: LocalDate, to: LocalDate) =>
    queryOptions({
      queryKey: [...supplementQueries.all(), 'doses', from, to],
      queryFn: () => supplementRepository.dosesBetween(from, to),
    }),
  /** Planned and taken supplement magnesium per date (meal plan, insights). */
  magnesiumBetween: (from: LocalDate, to: LocalDate) =>
    queryOptions({
      queryKey: [...supplementQueries.all(), 'magnesium', from, to],
      queryFn: () => getSupplementMagnesiumByDate(from, to),
    }),
};

export const useSaveProduct = () =>
  useMutation({
    mutationFn: ({ input, productId }: { input: unknown; productId?: string }) =>
      supplementRepository.saveProduct(input, productId),
  });

export const useSavePlan = () =>
  useMutation({
    mutationFn: ({ input, planId }: { input: unknown; planId?: string }) =>
      supplementRepository.savePlan(input, planId),
  });

export const useApplyStepBack = () =>
  useMutation({
    mutationFn: (input: { planId: string; fromDate: LocalDate; unitsPerDay: number; reason: string }) =>
      supplementRepository.applyStepBack(input),
  });

export const useAcknowledgeUpperLimit = () =>
  useMutation({
    mutationFn: (input: { planId: string; shown: { peakMgPerDay: number; limitMg: number } }) =>
      supplementRepository.acknowledgeUpperLimit(input.planId, input.shown),
  });

export const useLogDose = () =>
  useMutation({ mutationFn: (input: unknown) => supplementRepository.logDose(input) });

export const useSaveSafety = () =>
  useMutation({ mutationFn: (input: unknown) => supplementRepository.saveSafety(input) });
