// Query hooks for the profile and settings, shared by every screen.
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { profileRepository, settingsRepository } from '../db/repositories';

export const profileQueries = {
  all: () => ['profile'] as const,
  profile: () =>
    queryOptions({ queryKey: [...profileQueries.all(), 'me'], queryFn: () => profileRepository.get() }),
  settings: () => queryOptions({ queryKey: ['settings', 'app'], queryFn: () => settingsRepository.get() }),
};

export function useProfile() {
  return useQuery(profileQueries.profile());
}

export function useSettings() {
  return useQuery(profileQueries.settings());
}

export function useCompleteOnboarding() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: unknown) => profileRepository.completeOnboarding(input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: profileQueries.all() }),
  });
}

export function useUpdateProfile() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: unknown) => profileRepository.update(input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: profileQueries.all() }),
  });
}

export function useUpdateSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: unknown) => settingsRepository.update(input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['settings'] }),
  });
}
