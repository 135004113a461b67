// Settings for every screen: keys rooted at the table, one mutation hook per write (kept live by data/live.ts).
import { queryOptions, useMutation, useQuery } from '@tanstack/react-query';
import { settingsRepository } from './settings-api';

export const settingsQueries = {
  all: () => ['settings'] as const,
  settings: () =>
    queryOptions({ queryKey: [...settingsQueries.all(), 'app'], queryFn: () => settingsRepository.get() }),
};

export function useSettings() {
  return useQuery(settingsQueries.settings());
}

export const useUpdateSettings = () =>
  useMutation({ mutationFn: (input: unknown) => settingsRepository.update(input) });

export const useKeepHomeTime = () =>
  useMutation({ mutationFn: (input: { systemZone: string }) => settingsRepository.keepHomeTime(input) });

export const useRecordDownload = () =>
  useMutation({ mutationFn: (what: 'downloaded' | 'dismissed') => settingsRepository.recordDownload(what) });
