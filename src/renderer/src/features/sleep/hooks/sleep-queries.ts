// Sleep queries and one mutation hook per write; every write refreshes the sleep screen's data.
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type { LocalDate } from '@shared/dates/local-date';
import { sleepRepository } from '../api/sleep-api';

export const sleepQueries = {
  all: () => ['sleep'] as const,
  logs: (from: LocalDate, to: LocalDate) =>
    queryOptions({
      queryKey: [...sleepQueries.all(), 'logs', from, to],
      queryFn: () => sleepRepository.listBetween(from, to),
    }),
  target: () =>
    queryOptions({ queryKey: [...sleepQueries.all(), 'target'], queryFn: () => sleepRepository.getTarget() }),
};

export function useSaveSleepLog(context: { timeZone: string; today: LocalDate }) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: unknown) => sleepRepository.save(input, context),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: sleepQueries.all() }),
  });
}

export function useRemoveSleepLog() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (date: LocalDate) => sleepRepository.remove(date),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: sleepQueries.all() }),
  });
}

export function useSaveSleepTarget() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: unknown) => sleepRepository.saveTarget(input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: sleepQueries.all() }),
  });
}
