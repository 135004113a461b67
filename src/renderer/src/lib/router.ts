// Hash routing: "#/meals/print?week=2026-11-23" → { path: "/meals/print", params }.
import { useSyncExternalStore } from 'react';

export interface Route {
  path: string;
  params: URLSearchParams;
}

export function parseHash(hash: string): Route {
  const raw = hash.replace(/^#/, '') || '/today';
  const [path = '/today', query = ''] = raw.split('?', 2);
  return { path: path.startsWith('/') ? path : `/${path}`, params: new URLSearchParams(query) };
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

export function useHash(): string {
  return useSyncExternalStore(subscribe, () => window.location.hash);
}

export function useRoute(): Route {
  return parseHash(useHash());
}

let navigatedInPage = false;
if (typeof window !== 'undefined') {
  window.addEventListener('hashchange', () => {
    navigatedInPage = true;
  });
}

/** True once the person has moved between screens in this page load (not on the first screen shown). */
export function hasNavigatedInPage(): boolean {
  return navigatedInPage;
}

export function navigate(hashRoute: string): void {
  window.location.hash = hashRoute.replace(/^#/, '');
}
