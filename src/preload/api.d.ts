// The preload API as the page sees it (typed from the contract; present only in the desktop app).
import type { SteadyweekApi } from '../shared/ipc/contract';

declare global {
  interface Window {
    steadyweek?: SteadyweekApi;
  }
}

export {};
