// The profile for every screen: keys rooted at the table, one mutation hook per write (kept live by data/live.ts).
import { queryOptions, useMutation, useQuery } from '@tanstack/react-query';
import { profileRepository } from './profile-api';

export const profileQueries = {
  all: () => ['profile'] as const,
  profile: () =>
    queryOptions({ queryKey: [...profileQueries.all(), 'me'], queryFn: () => profileRepository.get() }),
};

export function useProfile() {
  return useQuery(profileQueries.profile());
}

export const useCompleteOnboarding = () =>
  useMutation({ mutationFn: (input: unknown) => profileRepository.completeOnboarding(input) });

export const useUpdateProfile = () =>
  useMutation({ mutationFn: (input: unknown) => profileRepository.update(input) });

export const useFollowSystemZone = () =>
  useMutation({ mutationFn: (systemZone: string) => profileRepository.followSystemZone(systemZone) });
