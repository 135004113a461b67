// Completions for screens: keys rooted at the table, reads, and one mutation hook per write (kept live by data/live.ts).
import { queryOptions, useMutation, useQuery } from '@tanstack/react-query';
import type { LocalDate } from '@shared/dates/local-date';
import type { CompletionStatus } from '../../db/schema';
import { completionsRepository } from './completions-api';
import type { OccurrenceInput } from './completions-repository';

export const completionQueries = {
  all: () => ['completions'] as const,
  between: (from: LocalDate, to: LocalDate) =>
    queryOptions({
      queryKey: [...completionQueries.all(), from, to],
      queryFn: () => completionsRepository.listRange(from, to),
    }),
  /** The long ranges (Insights): only these routines' rows, read by key. */
  forRoutines: (routineIds: readonly string[], from: LocalDate, to: LocalDate) =>
    queryOptions({
      queryKey: [...completionQueries.all(), 'routines', from, to, ...routineIds],
      queryFn: () => completionsRepository.listForRoutines(routineIds, from, to),
    }),
};

export function useCompletions(from: LocalDate, to: LocalDate) {
  return useQuery(completionQueries.between(from, to));
}

export const useSetOccurrenceStatus = () =>
  useMutation({
    mutationFn: (input: {
      occurrence: OccurrenceInput;
      status: CompletionStatus;
      snoozeMinutes?: number;
      timeZone: string;
    }) => completionsRepository.setStatus(input),
  });

export const useReopenOccurrence = () =>
  useMutation({ mutationFn: (occurrence: OccurrenceInput) => completionsRepository.reopen(occurrence) });
