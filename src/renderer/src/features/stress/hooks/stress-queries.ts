// Stress-practice queries and one mutation hook per write.
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type { LocalDate } from '@shared/dates/local-date';
import { stressRepository } from '../api/stress-api';

export const stressQueries = {
  all: () => ['stress'] as const,
  practices: (from: LocalDate, to: LocalDate) =>
    queryOptions({
      queryKey: [...stressQueries.all(), 'practices', from, to],
      queryFn: () => stressRepository.listBetween(from, to),
    }),
};

export function useAddPractice() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: unknown) => stressRepository.add(input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: stressQueries.all() }),
  });
}

export function useRemovePractice() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => stressRepository.remove(id),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: stressQueries.all() }),
  });
}
