// One mutation hook per supplement write; each refreshes the supplement screen and anything showing routines or doses.
import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { LocalDate } from '@shared/dates/local-date';
import { supplementRepository } from '../api/supplement-api';

// Plans and doses show up on Today, Week and Insights too; their keys belong to other features, so
// refresh every query except the profile (which these writes never change).
const refresh = (client: QueryClient) =>
  client.invalidateQueries({ predicate: (query) => query.queryKey[0] !== 'profile' });

export function useSaveProduct() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ input, productId }: { input: unknown; productId?: string }) =>
      supplementRepository.saveProduct(input, productId),
    onSuccess: () => refresh(client),
  });
}

export function useSavePlan() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ input, planId }: { input: unknown; planId?: string }) =>
      supplementRepository.savePlan(input, planId),
    onSuccess: () => refresh(client),
  });
}

export function useApplyStepBack() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { planId: string; fromDate: LocalDate; unitsPerDay: number; reason: string }) =>
      supplementRepository.applyStepBack(input),
    onSuccess: () => refresh(client),
  });
}

export function useLogDose() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: unknown) => supplementRepository.logDose(input),
    onSuccess: () => refresh(client),
  });
}

export function useSaveSideEffects() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: unknown) => supplementRepository.saveSideEffects(input),
    onSuccess: () => refresh(client),
  });
}

export function useSaveSafety() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: unknown) => supplementRepository.saveSafety(input),
    onSuccess: () => refresh(client),
  });
}
