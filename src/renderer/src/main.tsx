// Renderer entry: mounts the app inside the query client and the top-level error boundary.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { QueryClientProvider } from '@tanstack/react-query';
import { App } from './app/app';
import { ErrorBoundary } from './app/error-boundary';
import { createQueryClient } from './app/query-client';
import { preloadRoute } from './app/routes';
import { parseHash } from './app/router';
import { requestPersistentStorage } from './lib/persistent-storage';
import './app/styles.css';

const queryClient = createQueryClient();
preloadRoute(parseHash(window.location.hash).path);
void requestPersistentStorage();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ErrorBoundary>
      <QueryClientProvider client={queryClient}>
        <App />
      </QueryClientProvider>
    </ErrorBoundary>
  </StrictMode>,
);
