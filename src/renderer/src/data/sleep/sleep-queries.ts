// Sleep logs and the target schedule for screens: keys rooted at the owner, one mutation hook per write (kept live by data/live.ts).
import { queryOptions, useMutation } from '@tanstack/react-query';
import type { LocalDate } from '@shared/dates/local-date';
import { db } from '../../db/db';
import { createSleepRepository } from './sleep-repository';

export const sleepRepository = createSleepRepository(db);

export const sleepQueries = {
  all: () => ['sleep'] as const,
  logs: (from: LocalDate, to: LocalDate) =>
    queryOptions({
      queryKey: [...sleepQueries.all(), 'logs', from, to],
      queryFn: () => sleepRepository.listBetween(from, to),
    }),
  /** The quality rating of the night ending on `date` (a check-in starts from it). */
  quality: (date: LocalDate) =>
    queryOptions({
      queryKey: [...sleepQueries.all(), 'quality', date],
      queryFn: () => sleepRepository.qualityOn(date),
    }),
  target: () =>
    queryOptions({ queryKey: [...sleepQueries.all(), 'target'], queryFn: () => sleepRepository.getTarget() }),
};

export const useSaveSleepLog = (context: { timeZone: string; today: LocalDate }) =>
  useMutation({ mutationFn: (input: unknown) => sleepRepository.save(input, context) });

export const useRemoveSleepLog = () =>
  useMutation({ mutationFn: (date: LocalDate) => sleepRepository.remove(date) });

export const useSaveSleepTarget = () =>
  useMutation({ mutationFn: (input: unknown) => sleepRepository.saveTarget(input) });

export const useSaveWindDown = () =>
  useMutation({
    mutationFn: ({ input, today }: { input: unknown; today: LocalDate }) =>
      sleepRepository.saveWindDown(input, today),
  });
