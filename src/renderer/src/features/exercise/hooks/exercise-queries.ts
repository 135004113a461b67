// Exercise queries and one mutation hook per write.
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type { LocalDate } from '@shared/dates/local-date';
import { exerciseRepository } from '../api/exercise-api';

export const exerciseQueries = {
  all: () => ['exercise'] as const,
  sessions: (from: LocalDate, to: LocalDate) =>
    queryOptions({
      queryKey: [...exerciseQueries.all(), 'sessions', from, to],
      queryFn: () => exerciseRepository.listBetween(from, to),
    }),
};

export function useAddExerciseSession() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: unknown) => exerciseRepository.add(input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: exerciseQueries.all() }),
  });
}

export function useRemoveExerciseSession() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => exerciseRepository.remove(id),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: exerciseQueries.all() }),
  });
}
