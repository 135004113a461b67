// TanStack Query keys, options and one mutation hook per write for the meals feature.
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { LocalDate } from '@shared/dates/local-date';
import type { MealPlanRow } from '../../../db/schema';
import { loadFoodLibrary, mealsRepository } from '../api/meals-api';

export const mealsQueries = {
  all: () => ['meals'] as const,
  plan: () => [...mealsQueries.all(), 'plan'] as const,
  planBetween: (from: LocalDate, to: LocalDate) =>
    queryOptions({
      queryKey: [...mealsQueries.plan(), from, to],
      queryFn: () => mealsRepository.listBetween(from, to),
    }),
  customFoods: () =>
    queryOptions({
      queryKey: [...mealsQueries.all(), 'custom-foods'],
      queryFn: () => mealsRepository.listCustomFoods(),
    }),
  recipes: () =>
    queryOptions({
      queryKey: [...mealsQueries.all(), 'recipes'],
      queryFn: () => mealsRepository.listRecipes(),
    }),
  recentFoods: () =>
    queryOptions({
      queryKey: [...mealsQueries.all(), 'recent-foods'],
      queryFn: () => mealsRepository.recentFoods(),
    }),
  templates: () =>
    queryOptions({
      queryKey: [...mealsQueries.all(), 'templates'],
      queryFn: () => mealsRepository.listTemplates(),
    }),
  shopping: (weekStart: LocalDate) =>
    queryOptions({
      queryKey: [...mealsQueries.all(), 'shopping', weekStart],
      queryFn: () => mealsRepository.listShoppingItems(weekStart),
    }),
};

/** The food catalog and search over USDA + own foods; rebuilt when own foods, recipes or the plan change. */
export function useFoodLibrary() {
  const customFoods = useQuery(mealsQueries.customFoods());
  const recipes = useQuery(mealsQueries.recipes());
  const recentFoods = useQuery(mealsQueries.recentFoods());
  return useQuery({
    queryKey: [
      ...mealsQueries.all(),
      'library',
      customFoods.dataUpdatedAt,
      recipes.dataUpdatedAt,
      recentFoods.dataUpdatedAt,
    ],
    queryFn: () => loadFoodLibrary(customFoods.data ?? [], recipes.data ?? [], recentFoods.data ?? []),
    enabled: customFoods.isSuccess && recipes.isSuccess && recentFoods.isSuccess,
    placeholderData: (previous) => previous,
  });
}

function useInvalidate() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: mealsQueries.all() });
}

export function useAddMealItem() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (input: unknown) => mealsRepository.addItem(input),
    onSuccess: invalidate,
  });
}

export function useRemoveMealItem() {
  const invalidate = useInvalidate();
  return useMutation({ mutationFn: (id: string) => mealsRepository.removeItem(id), onSuccess: invalidate });
}

export function useRestoreMealItems() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (rows: MealPlanRow[]) => mealsRepository.restoreItems(rows),
    onSuccess: invalidate,
  });
}

export function useCopyPreviousWeek() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (weekStart: LocalDate) => mealsRepository.copyPreviousWeek(weekStart),
    onSuccess: invalidate,
  });
}

export function useClearWeek() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (weekStart: LocalDate) => mealsRepository.clearWeek(weekStart),
    onSuccess: invalidate,
  });
}

export function useSaveTemplate() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: ({ input, weekStart }: { input: unknown; weekStart: LocalDate }) =>
      mealsRepository.saveTemplate(input, weekStart),
    onSuccess: invalidate,
  });
}

export function useApplyTemplate() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: ({ templateId, weekStart }: { templateId: string; weekStart: LocalDate }) =>
      mealsRepository.applyTemplate(templateId, weekStart),
    onSuccess: invalidate,
  });
}

export function useDeleteTemplate() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (id: string) => mealsRepository.deleteTemplate(id),
    onSuccess: invalidate,
  });
}

export function useAddCustomFood() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (input: unknown) => mealsRepository.addCustomFood(input),
    onSuccess: invalidate,
  });
}

export function useDeleteCustomFood() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (id: string) => mealsRepository.deleteCustomFood(id),
    onSuccess: invalidate,
  });
}

export function useAddRecipe() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (input: unknown) => mealsRepository.addRecipe(input),
    onSuccess: invalidate,
  });
}

export function useDeleteRecipe() {
  const invalidate = useInvalidate();
  return useMutation({ mutationFn: (id: string) => mealsRepository.deleteRecipe(id), onSuccess: invalidate });
}

export function useSetShoppingChecked() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: ({ weekStart, key, checked }: { weekStart: LocalDate; key: string; checked: boolean }) =>
      mealsRepository.setChecked(weekStart, key, checked),
    onSuccess: invalidate,
  });
}

export function useAddExtraShoppingItem() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: ({ weekStart, input }: { weekStart: LocalDate; input: unknown }) =>
      mealsRepository.addExtraItem(weekStart, input),
    onSuccess: invalidate,
  });
}

export function useRemoveExtraShoppingItem() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (id: string) => mealsRepository.removeExtraItem(id),
    onSuccess: invalidate,
  });
}
