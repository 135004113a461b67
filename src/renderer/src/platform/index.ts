// Picks the platform at start-up: the preload API when the desktop app exposes it, else the browser.
import { API_GLOBAL } from '@shared/ipc/api-global';
import type { SteadyweekApi } from '@shared/ipc/contract';
import { createBrowserPlatform } from './browser';
import { createElectronPlatform } from './electron';
import type { Platform } from './platform';

const api = (window as unknown as Record<string, SteadyweekApi | undefined>)[API_GLOBAL];

export const browserPlatform = api ? null : createBrowserPlatform();
export const platform: Platform = api ? createElectronPlatform(api) : browserPlatform!;
