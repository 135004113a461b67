// The app: first-run onboarding until a profile exists, then the shell with the current screen.
import { Suspense, useEffect, useRef } from 'react';
import { useProfile } from '../lib/profile-queries';
import { ErrorBoundary } from './error-boundary';
import { OnboardingScreen } from '../features/onboarding/components/onboarding-screen';
import { findRoute, routes } from './routes';
import { navigate, useRoute } from './router';
import { useDesktopBridge } from './use-desktop-bridge';
import { useReminderSync } from '../lib/reminders/use-reminder-sync';
import { ReminderBanner } from '../components/reminder-banner';

export function App() {
  const profile = useProfile();
  useDesktopBridge();

  if (profile.isPending)
    return (
      <p className="loading" role="status">
        Opening Steadyweek…
      </p>
    );
  if (profile.isError) throw profile.error;
  if (!profile.data) return <OnboardingScreen />;
  return <Shell />;
}

function Shell() {
  useReminderSync();
  const route = useRoute();
  const current = findRoute(route.path);
  const mainRef = useRef<HTMLElement>(null);
  const isPrint = route.path === '/meals/print';

  useEffect(() => {
    if (!current) navigate('#/today');
  }, [current]);

  if (!current) return null;
  const { Screen } = current;
  const content = (
    <ErrorBoundary area={current.label} key={current.path}>
      <Suspense fallback={<p role="status">Loading {current.label}…</p>}>
        <Screen />
      </Suspense>
    </ErrorBoundary>
  );

  if (isPrint)
    return (
      <main ref={mainRef} className="print-main">
        {content}
      </main>
    );

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
        {content}
      </main>
      <ReminderBanner />
    </div>
  );
}
