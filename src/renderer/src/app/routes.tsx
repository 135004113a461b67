// The screens, their hash paths and nav labels. Each screen loads lazily so the first paint stays small.
import { lazy, type ComponentType, type LazyExoticComponent } from 'react';

export interface ScreenRoute {
  path: string;
  label: string;
  /** Shown in the sidebar. */
  inNav: boolean;
  Screen: LazyExoticComponent<ComponentType> & { preload(): Promise<unknown> };
}

/** A lazily loaded screen whose code can be fetched ahead of rendering (`Screen.preload()`). */
const screen = <M,>(load: () => Promise<M>, pick: (module: M) => ComponentType) => {
  let loading: Promise<{ default: ComponentType }> | null = null;
  const preload = () => (loading ??= load().then((module) => ({ default: pick(module) })));
  return Object.assign(lazy(preload), { preload });
};

export const routes: ScreenRoute[] = [
  {
    path: '/today',
    label: 'Today',
    inNav: true,
    Screen: screen(
      () => import('../features/today/components/today-screen'),
      (m) => m.TodayScreen,
    ),
  },
  {
    path: '/week',
    label: 'Week',
    inNav: true,
    Screen: screen(
      () => import('../features/week/components/week-screen'),
      (m) => m.WeekScreen,
    ),
  },
  {
    path: '/supplement',
    label: 'Supplement',
    inNav: true,
    Screen: screen(
      () => import('../features/supplement/components/supplement-screen'),
      (m) => m.SupplementScreen,
    ),
  },
  {
    path: '/meals',
    label: 'Meals',
    inNav: true,
    Screen: screen(
      () => import('../features/meals/components/meals-screen'),
      (m) => m.MealsScreen,
    ),
  },
  {
    path: '/meals/print',
    label: 'Print meals',
    inNav: false,
    Screen: screen(
      () => import('../features/meals/components/meals-print-screen'),
      (m) => m.MealsPrintScreen,
    ),
  },
  {
    path: '/sleep',
    label: 'Sleep',
    inNav: true,
    Screen: screen(
      () => import('../features/sleep/components/sleep-screen'),
      (m) => m.SleepScreen,
    ),
  },
  {
    path: '/exercise',
    label: 'Exercise',
    inNav: true,
    Screen: screen(
      () => import('../features/exercise/components/exercise-screen'),
      (m) => m.ExerciseScreen,
    ),
  },
  {
    path: '/stress',
    label: 'Stress',
    inNav: true,
    Screen: screen(
      () => import('../features/stress/components/stress-screen'),
      (m) => m.StressScreen,
    ),
  },
  {
    path: '/insights',
    label: 'Insights',
    inNav: true,
    Screen: screen(
      () => import('../features/insights/components/insights-screen'),
      (m) => m.InsightsScreen,
    ),
  },
  {
    path: '/settings',
    label: 'Settings',
    inNav: true,
    Screen: screen(
      () => import('../features/settings/components/settings-screen'),
      (m) => m.SettingsScreen,
    ),
  },
];

export function findRoute(path: string): ScreenRoute | undefined {
  return routes.find((route) => route.path === path);
}

/** Starts fetching the screen for a path at once, so its code arrives while the database opens. */
export function preloadRoute(path: string): void {
  void findRoute(path)?.Screen.preload();
}
