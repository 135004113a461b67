// Wires platform events that belong to the whole app: navigation requests and the quit flush.
import { useEffect } from 'react';
import { platform } from '../platform';
import { flushWrites } from '../db/flush';
import { navigate } from './router';

export function useDesktopBridge(enabled: boolean): void {
  useEffect(() => {
    if (!enabled) return;
    const offNavigate = platform.onNavigate((route) => navigate(route));
    const offFlush = platform.onFlushRequest(flushWrites);
    void platform.ready();
    return () => {
      offNavigate();
      offFlush();
    };
  }, [enabled]);
}
