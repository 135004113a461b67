// Check-ins for screens: keys rooted at the table, one mutation hook per write (kept live by data/live.ts).
import { queryOptions, useMutation } from '@tanstack/react-query';
import type { LocalDate } from '@shared/dates/local-date';
import { db } from '../../db/db';
import { createCheckinsRepository } from './checkins-repository';

export const checkinsRepository = createCheckinsRepository(db);

export const checkinQueries = {
  all: () => ['checkins'] as const,
  one: (date: LocalDate) =>
    queryOptions({
      queryKey: [...checkinQueries.all(), 'one', date],
      queryFn: () => checkinsRepository.getCheckin(date),
    }),
  between: (from: LocalDate, to: LocalDate) =>
    queryOptions({
      queryKey: [...checkinQueries.all(), 'between', from, to],
      queryFn: () => checkinsRepository.checkinsBetween(from, to),
    }),
};

export const useSaveCheckin = () =>
  useMutation({ mutationFn: (input: unknown) => checkinsRepository.saveCheckin(input) });

export const useSaveSideEffects = () =>
  useMutation({ mutationFn: (input: unknown) => checkinsRepository.saveSideEffects(input) });

export const useSaveDailyCheckin = () =>
  useMutation({ mutationFn: (input: unknown) => checkinsRepository.saveDailyCheckin(input) });

export const useSetEveningCheckinReminder = () =>
  useMutation({ mutationFn: (input: unknown) => checkinsRepository.setEveningReminder(input) });
