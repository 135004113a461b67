// Renderer entry: mounts the app inside the query client and the top-level error boundary.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { QueryClientProvider } from '@tanstack/react-query';
import { App, isPrintPath } from './app/app';
import { ErrorBoundary } from './app/error-boundary';
import { createQueryClient } from './lib/query-client';
import { preloadRoute, preloadScreens } from './app/routes';
import { parseHash } from './lib/router';
import { requestPersistentStorage } from './lib/persistent-storage';
import { loadUsdaFoodData } from '@shared/foods/load-usda-foods';
import { bootCacheIsCurrent, bootCacheKeeper } from './db/repositories';
import { startOpeningDatabase } from './app/data-safety';
import { keepQueriesLive } from './data/live';
import { DATABASE_NAME } from './db/schema';
import './app/styles.css';

const queryClient = createQueryClient();
// Every screen shows a write made anywhere (this window, another, the tray) without a reload.
keepQueriesLive(queryClient, DATABASE_NAME);
// The copy of the first screen's rows for the next start follows every write from here on.
bootCacheKeeper();

// The database opens with care: when an upgrade may be due (no copy of the first screen read at this
// version), nothing reads it before the pre-migration backup is written and the open has settled.
const opening = startOpeningDatabase();
const databaseSettled = bootCacheIsCurrent() ? Promise.resolve() : opening;

// First paint waits for the first screen's code and, briefly, its data (see preloadRoute), so the shell
// never flashes a loading fallback that React then holds on screen for its reveal throttle.
void databaseSettled
  .then(() => preloadRoute(parseHash(window.location.hash).path, queryClient))
  .catch(() => undefined)
  .then(render)
  // Asking for persistent storage talks to the browser process, and the other screens' code and the food
  // table (Meals, the supplement's daily magnesium and Insights read it) are only needed on a move: all
  // wait until the first screen is up and the page is idle.
  .then(() =>
    requestIdleCallback(() => {
      void requestPersistentStorage();
      // A print view (main's hidden print window) shows one page and closes: no other screen follows.
      if (isPrintPath(parseHash(window.location.hash).path)) return;
      void preloadScreens()
        .then(() => loadUsdaFoodData())
        .catch(() => undefined);
    }),
  );

function render() {
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <ErrorBoundary>
        <QueryClientProvider client={queryClient}>
          <App />
        </QueryClientProvider>
      </ErrorBoundary>
    </StrictMode>,
  );
}
