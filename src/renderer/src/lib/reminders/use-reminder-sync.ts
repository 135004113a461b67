// Starts the reminder sync once the first screen is up: its code and its reads stay off the first paint.
import { useEffect } from 'react';
import { useQueryClient } from '@tanstack/react-query';

export function useReminderSync(): void {
  const queryClient = useQueryClient();
  useEffect(() => {
    let stop: (() => void) | null = null;
    let cancelled = false;
    const idle = requestIdleCallback(
      () => {
        void import('./reminder-sync').then(({ startReminderSync }) => {
          if (!cancelled) stop = startReminderSync(queryClient);
        });
      },
      { timeout: 1500 },
    );
    return () => {
      cancelled = true;
      cancelIdleCallback(idle);
      stop?.();
    };
  }, [queryClient]);
}
