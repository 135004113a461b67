// The screens, their hash paths and nav labels. Today, where the app opens, is part of the entry code;
// every other screen loads lazily, so the first paint stays small.
import { lazy, type ComponentType } from 'react';
import type { QueryClient } from '@tanstack/react-query';
import { prefetchToday } from '../features/today/api/prefetch-today';
import { TodayScreen } from '../features/today/components/today-screen';
import { seedFromBootRows } from '../lib/boot-data';
import { profileQueries } from '../data/profile/profile-queries';

export interface ScreenRoute {
  path: string;
  label: string;
  /** Shown in the sidebar. */
  inNav: boolean;
  /** Renders the screen: directly once its code is here, through React.lazy (suspending) before. */
  Screen: ComponentType & { preload(): Promise<unknown> };
  /** Reads the screen's first data ahead of rendering (only where the first paint is measured). */
  prefetch?: (queryClient: QueryClient) => Promise<void>;
}

/** A lazily loaded screen whose code can be fetched ahead of rendering (`Screen.preload()`). */
const screen = <M,>(load: () => Promise<M>, pick: (module: M) => ComponentType) => {
  let loading: Promise<{ default: ComponentType }> | null = null;
  let component: ComponentType | null = null;
  const preload = () =>
    (loading ??= load().then((module) => {
      component = pick(module);
      return { default: component };
    }));
  const Lazy = lazy(preload);
  // React suspends on a lazy component's first render even when its code is already here, and then
  // holds the fallback for its reveal throttle (~300 ms); rendering the loaded component skips that.
  function Screen() {
    const Loaded = component;
    return Loaded ? <Loaded /> : <Lazy />;
  }
  return Object.assign(Screen, { preload });
};

/**
 * The landing screen, bundled with the entry: a separate chunk, even preloaded, cost its own request and
 * an import after the entry ran (~30 ms of a cold start here, measured), for no gain on the screen most
 * starts show.
 */
const inEntry = (Component: ComponentType) =>
  Object.assign(() => <Component />, { preload: () => Promise.resolve() });

export const routes: ScreenRoute[] = [
  {
    path: '/today',
    label: 'Today',
    inNav: true,
    prefetch: prefetchToday,
    Screen: inEntry(TodayScreen),
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
    path: '/insights/summary',
    label: 'Summary for a doctor’s visit',
    inNav: false,
    Screen: screen(
      () => import('../features/insights/components/doctor-summary-screen'),
      (m) => m.DoctorSummaryScreen,
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

/**
 * Fetches every screen's code, once the first screen is up and the page is idle: moving to a screen
 * then renders it at once, where a screen still loading would suspend, and React holds a fallback it
 * has shown for its reveal throttle (~300 ms, measured on Insights).
 */
export function preloadScreens(): Promise<unknown> {
  return Promise.all(routes.map((route) => route.Screen.preload()));
}

export function findRoute(path: string): ScreenRoute | undefined {
  return routes.find((route) => route.path === path);
}

/**
 * Starts fetching the screen for a path at once, and its first data, so both arrive while the app
 * boots. The profile is read for every screen: the shell needs it before anything is shown.
 */
export function preloadRoute(path: string, queryClient: QueryClient): Promise<unknown> {
  const route = findRoute(path) ?? findRoute('/today');
  const prefetch =
    route?.prefetch?.(queryClient) ??
    (seedFromBootRows(queryClient) ? Promise.resolve() : queryClient.prefetchQuery(profileQueries.profile()));
  const settled = prefetch.catch(() => {
    // The screen's own queries will surface the error where the person can see it.
  });
  // The first render waits for the code and, for a moment at most, for the first data: with the copy's
  // rows, the screen then renders once, complete, instead of a loading state first.
  const data = Promise.race([settled, new Promise((resolve) => setTimeout(resolve, FIRST_DATA_WAIT_MS))]);
  return Promise.all([route?.Screen.preload(), data]);
}

/** How long the first render waits for data before showing the loading state (a slow or upgrading database). */
const FIRST_DATA_WAIT_MS = 800;
