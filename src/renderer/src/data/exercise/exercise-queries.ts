// Exercise sessions for screens: query keys rooted at the table, and one mutation hook per write (kept live by data/live.ts).
import { queryOptions, useMutation } from '@tanstack/react-query';
import type { LocalDate } from '@shared/dates/local-date';
import { db } from '../../db/db';
import { createExerciseRepository } from './exercise-repository';

export const exerciseRepository = createExerciseRepository(db);

export const exerciseQueries = {
  all: () => ['exerciseLogs'] as const,
  sessions: (from: LocalDate, to: LocalDate) =>
    queryOptions({
      queryKey: [...exerciseQueries.all(), 'between', from, to],
      queryFn: () => exerciseRepository.listBetween(from, to),
    }),
};

export const useAddExerciseSession = () =>
  useMutation({ mutationFn: (input: unknown) => exerciseRepository.add(input) });

export const useRemoveExerciseSession = () =>
  useMutation({ mutationFn: (id: string) => exerciseRepository.remove(id) });
