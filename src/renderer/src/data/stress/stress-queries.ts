// Stress practices for screens: query keys rooted at the table, and one mutation hook per write (kept live by data/live.ts).
import { queryOptions, useMutation } from '@tanstack/react-query';
import type { LocalDate } from '@shared/dates/local-date';
import { db } from '../../db/db';
import { createStressRepository } from './stress-repository';

export const stressRepository = createStressRepository(db);

export const stressQueries = {
  all: () => ['stressLogs'] as const,
  practices: (from: LocalDate, to: LocalDate) =>
    queryOptions({
      queryKey: [...stressQueries.all(), 'between', from, to],
      queryFn: () => stressRepository.listBetween(from, to),
    }),
};

export const useAddPractice = () =>
  useMutation({ mutationFn: (input: unknown) => stressRepository.add(input) });

export const useRemovePractice = () =>
  useMutation({ mutationFn: (id: string) => stressRepository.remove(id) });

export const useRateStressAfter = () =>
  useMutation({
    mutationFn: ({ id, stressAfter }: { id: string; stressAfter: unknown }) =>
      stressRepository.rateAfter(id, { stressAfter }),
  });
