// The one inline script of index.html, rendered at build time (scripts/boot-script-plugin.ts) and allowed by
// its hash in the CSP (src/main/csp.ts): shared because the renderer, the build and main must agree on it.

/** The localStorage key of the copy of the first screen's rows (src/renderer/src/db/boot-cache.ts). */
export const BOOT_CACHE_KEY = 'steadyweek:first-screen';

/**
 * Runs before the code has loaded: hands the copy to the app as a string (parsed and checked there), and
 * starts the browser's date and time-zone data while the code loads, since the first zoned date costs
 * ~20–70 ms in a fresh process, whichever zone. It never touches IndexedDB: without a copy the app reads
 * through Dexie.
 */
export function bootScript(key: string = BOOT_CACHE_KEY): string {
  return [
    `try { window.__steadyweekBootCache = localStorage.getItem(${JSON.stringify(key)}); } catch (error) {}`,
    `try { new Intl.DateTimeFormat('en-US', { hour12: false, timeZoneName: 'short' }).formatToParts(Date.now()); } catch (error) {}`,
  ].join('\n');
}
