// TanStack Query keys, reads and one mutation hook per write for routines and completions.
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { LocalDate } from '@shared/dates/local-date';
import { completionsRepository, routinesRepository } from './routines-api';
import type { MoveInput } from './routines-repository';
import type { OccurrenceInput } from './completions-repository';
import type { CompletionStatus } from '../../db/schema';

export const routineQueries = {
  all: () => ['routines'] as const,
  list: () =>
    queryOptions({ queryKey: [...routineQueries.all(), 'list'], queryFn: () => routinesRepository.list() }),
  completionsAll: () => ['completions'] as const,
  completions: (from: LocalDate, to: LocalDate) =>
    queryOptions({
      queryKey: [...routineQueries.completionsAll(), from, to],
      queryFn: () => completionsRepository.listRange(from, to),
    }),
};

export function useRoutines() {
  return useQuery(routineQueries.list());
}

export function useCompletions(from: LocalDate, to: LocalDate) {
  return useQuery(routineQueries.completions(from, to));
}

function useInvalidateRoutines() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: routineQueries.all() }),
      queryClient.invalidateQueries({ queryKey: routineQueries.completionsAll() }),
    ]);
}

export function useCreateRoutine() {
  const invalidate = useInvalidateRoutines();
  return useMutation({
    mutationFn: (input: unknown) => routinesRepository.create(input),
    onSuccess: invalidate,
  });
}

export function useUpdateRoutine() {
  const invalidate = useInvalidateRoutines();
  return useMutation({
    mutationFn: ({ id, input }: { id: string; input: unknown }) => routinesRepository.update(id, input),
    onSuccess: invalidate,
  });
}

export function useDeleteRoutine() {
  const invalidate = useInvalidateRoutines();
  return useMutation({ mutationFn: (id: string) => routinesRepository.remove(id), onSuccess: invalidate });
}

export function useMoveRoutine() {
  const invalidate = useInvalidateRoutines();
  return useMutation({
    mutationFn: (input: MoveInput) => routinesRepository.move(input),
    onSuccess: invalidate,
  });
}

export function useCopyWeek() {
  const invalidate = useInvalidateRoutines();
  return useMutation({
    mutationFn: (weekStart: LocalDate) => routinesRepository.copyWeek(weekStart),
    onSuccess: invalidate,
  });
}

export function useSetOccurrenceStatus() {
  const invalidate = useInvalidateRoutines();
  return useMutation({
    mutationFn: (input: {
      occurrence: OccurrenceInput;
      status: CompletionStatus;
      snoozeMinutes?: number;
      timeZone: string;
    }) => completionsRepository.setStatus(input),
    onSuccess: invalidate,
  });
}

export function useReopenOccurrence() {
  const invalidate = useInvalidateRoutines();
  return useMutation({
    mutationFn: (occurrence: OccurrenceInput) => completionsRepository.reopen(occurrence),
    onSuccess: invalidate,
  });
}
