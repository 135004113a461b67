// Insights queries (check-ins, routine history) and the one write, saving a check-in.
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type { LocalDate } from '@shared/dates/local-date';
import { insightsRepository } from '../api/insights-api';

export const insightsQueries = {
  all: () => ['insights'] as const,
  checkin: (date: LocalDate) =>
    queryOptions({
      queryKey: [...insightsQueries.all(), 'checkin', date],
      queryFn: async () => ({
        checkin: await insightsRepository.getCheckin(date),
        sleepLogQuality: await insightsRepository.sleepLogQuality(date),
      }),
    }),
  checkins: (from: LocalDate, to: LocalDate) =>
    queryOptions({
      queryKey: [...insightsQueries.all(), 'checkins', from, to],
      queryFn: () => insightsRepository.checkinsBetween(from, to),
    }),
  history: (from: LocalDate, to: LocalDate) =>
    queryOptions({
      queryKey: [...insightsQueries.all(), 'history', from, to],
      queryFn: () => insightsRepository.historyBetween(from, to),
    }),
};

export function useSaveCheckin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: unknown) => insightsRepository.saveCheckin(input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: insightsQueries.all() }),
  });
}
