// Starts one of main's services so that its failure is logged and the others still start.

/**
 * Runs `start`; if it throws, logs it and answers `fallback`. The tray, IPC, printing and the quit
 * handshake must come up whatever a corrupt file or a bug does to one of them.
 */
export function startService<T>(
  name: string,
  start: () => T,
  fallback: T,
  log: (message: string, error: unknown) => void = (message, error) => console.error(message, error),
): T {
  try {
    return start();
  } catch (error) {
    log(`[main] ${name} could not start; the rest of the app runs without it`, error);
    return fallback;
  }
}
