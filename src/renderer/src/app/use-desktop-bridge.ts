// Wires platform events that belong to the whole app: navigation requests and the quit flush.
// (The ready signal comes from the reminder sync, once it listens for actions.)
import { useEffect } from 'react';
import { platform } from '../platform';
import { flushWrites } from '../db/flush';
import { navigate } from '../lib/router';

export function useDesktopBridge(enabled: boolean): void {
  useEffect(() => {
    if (!enabled) return;
    const offNavigate = platform.onNavigate((route) => navigate(route));
    const offFlush = platform.onFlushRequest(flushWrites);
    return () => {
      offNavigate();
      offFlush();
    };
  }, [enabled]);
}
