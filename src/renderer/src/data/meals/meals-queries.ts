// Meals for screens: keys rooted at the owner, options, and one mutation hook per write (kept live by data/live.ts).
import { queryOptions, useMutation, useQuery } from '@tanstack/react-query';
import type { LocalDate } from '@shared/dates/local-date';
import type { MealPlanRow } from '../../db/schema';
import { getFoodMagnesiumByDate } from './food-magnesium';
import { loadFoodLibrary, mealsRepository } from './meals-api';

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
  /** Magnesium from planned meals per date (for the supplement screen's daily total and insights). */
  magnesiumBetween: (from: LocalDate, to: LocalDate) =>
    queryOptions({
      queryKey: [...mealsQueries.all(), 'magnesium', from, to],
      queryFn: () => getFoodMagnesiumByDate(from, to),
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

export function useAddMealItem() {
  return useMutation({
    mutationFn: (input: unknown) => mealsRepository.addItem(input),
  });
}

export function useRemoveMealItem() {
  return useMutation({ mutationFn: (id: string) => mealsRepository.removeItem(id) });
}

export function useRestoreMealItems() {
  return useMutation({
    mutationFn: (rows: MealPlanRow[]) => mealsRepository.restoreItems(rows),
  });
}

export function useCopyPreviousWeek() {
  return useMutation({
    mutationFn: (weekStart: LocalDate) => mealsRepository.copyPreviousWeek(weekStart),
  });
}

export function useClearWeek() {
  return useMutation({
    mutationFn: (weekStart: LocalDate) => mealsRepository.clearWeek(weekStart),
  });
}

export function useSaveTemplate() {
  return useMutation({
    mutationFn: ({ input, weekStart }: { input: unknown; weekStart: LocalDate }) =>
      mealsRepository.saveTemplate(input, weekStart),
  });
}

export function useApplyTemplate() {
  return useMutation({
    mutationFn: ({ templateId, weekStart }: { templateId: string; weekStart: LocalDate }) =>
      mealsRepository.applyTemplate(templateId, weekStart),
  });
}

export function useDeleteTemplate() {
  return useMutation({
    mutationFn: (id: string) => mealsRepository.deleteTemplate(id),
  });
}

export function useAddCustomFood() {
  return useMutation({
    mutationFn: (input: unknown) => mealsRepository.addCustomFood(input),
  });
}

export function useDeleteCustomFood() {
  return useMutation({
    mutationFn: (id: string) => mealsRepository.deleteCustomFood(id),
  });
}

export function useAddRecipe() {
  return useMutation({
    mutationFn: (input: unknown) => mealsRepository.addRecipe(input),
  });
}

export function useDeleteRecipe() {
  return useMutation({ mutationFn: (id: string) => mealsRepository.deleteRecipe(id) });
}

export function useSetShoppingChecked() {
  return useMutation({
    mutationFn: ({ weekStart, key, checked }: { weekStart: LocalDate; key: string; checked: boolean }) =>
      mealsRepository.setChecked(weekStart, key, checked),
  });
}

export function useAddExtraShoppingItem() {
  return useMutation({
    mutationFn: ({ weekStart, input }: { weekStart: LocalDate; input: unknown }) =>
      mealsRepository.addExtraItem(weekStart, input),
  });
}

export function useRemoveExtraShoppingItem() {
  return useMutation({
    mutationFn: (id: string) => mealsRepository.removeExtraItem(id),
  });
}
