// Routines for screens: keys rooted at the table, reads, and one mutation hook per write (kept live by data/live.ts).
import { queryOptions, useMutation, useQuery } from '@tanstack/react-query';
import { routinesRepository } from './routines-api';
import type { MoveInput } from './routines-repository';
import type { LocalDate } from '@shared/dates/local-date';

export const routineQueries = {
  all: () => ['routines'] as const,
  list: () =>
    queryOptions({ queryKey: [...routineQueries.all(), 'list'], queryFn: () => routinesRepository.list() }),
};

export function useRoutines() {
  return useQuery(routineQueries.list());
}

export const useCreateRoutine = () =>
  useMutation({ mutationFn: (input: unknown) => routinesRepository.create(input) });

export const useUpdateRoutine = () =>
  useMutation({
    mutationFn: ({ id, input }: { id: string; input: unknown }) => routinesRepository.update(id, input),
  });

export const useDeleteRoutine = () =>
  useMutation({ mutationFn: (id: string) => routinesRepository.remove(id) });

export const useMoveRoutine = () =>
  useMutation({ mutationFn: (input: MoveInput) => routinesRepository.move(input) });

export const useCopyWeek = () =>
  useMutation({ mutationFn: (weekStart: LocalDate) => routinesRepository.copyWeek(weekStart) });
