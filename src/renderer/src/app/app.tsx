// The app: the failure screen if the data cannot open, first-run onboarding (or a restore offer) until a
// profile exists, then the shell with the current screen.
import { lazy, Suspense, useEffect, useRef } from 'react';
import { useProfile } from '../data/profile/profile-queries';
import { ErrorBoundary } from './error-boundary';
import { findRoute, routes } from './routes';
import { navigate, useRoute } from '../lib/router';
import { useDesktopBridge } from './use-desktop-bridge';
import { useReminderSync } from '../lib/reminders/use-reminder-sync';
import { ReminderBanner } from '../components/reminder-banner';
import { DatabaseFailureGate, FirstRunGate, useDatabaseOpen, useDataSafetyKeepers } from './data-safety';

// Only a first run needs it, so it stays out of the code every later start loads.
const OnboardingScreen = lazy(async () => ({
  default: (await import('../features/onboarding/components/onboarding-screen')).OnboardingScreen,
}));

export function App() {
  return (
    <DatabaseFailureGate>
      <ProfileGate />
    </DatabaseFailureGate>
  );
}

function ProfileGate() {
  const profile = useProfile();
  const opened = useDatabaseOpen();
  // The print view also runs in main's hidden print window: it must not act as the app's renderer there
  // (no ready signal, no reminder rules, no tray summary).
  const path = useRoute().path;
  const isPrint = isPrintPath(path);
  useDesktopBridge(!isPrint);

  if (profile.isPending)
    return (
      <p className="loading" role="status">
        Opening Steadyweek…
      </p>
    );
  if (profile.isError) {
    // A read that failed because the database could not open: the failure gate above takes over.
    if (opened.data?.status !== 'open')
      return (
        <p className="loading" role="status">
          Opening Steadyweek…
        </p>
      );
    throw profile.error;
  }
  if (!profile.data)
    return (
      <FirstRunGate>
        <Suspense
          fallback={
            <p className="loading" role="status">
              Opening Steadyweek…
            </p>
          }
        >
          <OnboardingScreen />
        </Suspense>
      </FirstRunGate>
    );
  return isPrint ? <PrintShell path={path} /> : <Shell />;
}

/** The print views: rendered without the app's chrome, here and in main's hidden print window. */
const PRINT_PATHS = new Set(['/meals/print', '/insights/summary']);
export const isPrintPath = (path: string): boolean => PRINT_PATHS.has(path);

function ScreenContent({ path }: { path: string }) {
  const current = findRoute(path);
  if (!current) return null;
  const { Screen } = current;
  return (
    <ErrorBoundary area={current.label} key={current.path}>
      <Suspense fallback={<p role="status">Loading {current.label}…</p>}>
        <Screen />
      </Suspense>
    </ErrorBoundary>
  );
}

function PrintShell({ path }: { path: string }) {
  return (
    <main className="print-main">
      <ScreenContent path={path} />
    </main>
  );
}

function Shell() {
  useReminderSync();
  useDataSafetyKeepers();
  const route = useRoute();
  const current = findRoute(route.path);
  const mainRef = useRef<HTMLElement>(null);

  useEffect(() => {
    if (!current) navigate('#/today');
  }, [current]);

  if (!current) return null;

  return (
    <div className="shell">
      <a
        className="skip-link"
        href="#main"
        onClick={(event) => {
          event.preventDefault();
          mainRef.current?.focus();
        }}
      >
        Skip to content
      </a>
      <nav className="sidebar" aria-label="Main">
        <p className="brand">
          <img src="./icon.svg" alt="" width="28" height="28" />
          Steadyweek
        </p>
        <ul>
          {routes
            .filter((r) => r.inNav)
            .map((r) => (
              <li key={r.path}>
                <a href={`#${r.path}`} aria-current={route.path === r.path ? 'page' : undefined}>
                  {r.label}
                </a>
              </li>
            ))}
        </ul>
        <p className="sidebar-note">Not medical advice. Talk to a doctor before starting a supplement.</p>
      </nav>
      <main id="main" ref={mainRef} tabIndex={-1} className="content">
        <ScreenContent path={current.path} />
      </main>
      <ReminderBanner />
    </div>
  );
}
