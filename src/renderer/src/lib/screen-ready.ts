// Marks the moment a screen shows its data, for benchmarks and tests (`performance.mark('screen-ready:<name>')`).
import { useEffect } from 'react';

export function useScreenReady(name: string, ready: boolean): void {
  useEffect(() => {
    if (!ready) return;
    const mark = `screen-ready:${name}`;
    if (performance.getEntriesByName(mark).length === 0) performance.mark(mark);
  }, [name, ready]);
}
