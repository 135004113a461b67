// Chart colours read from CSS variables, re-read when the OS switches between light and dark.
import { useMemo, useSyncExternalStore } from 'react';

const darkQuery = '(prefers-color-scheme: dark)';

function subscribe(onChange: () => void): () => void {
  const media = window.matchMedia(darkQuery);
  media.addEventListener('change', onChange);
  return () => media.removeEventListener('change', onChange);
}

export interface ChartColors {
  focus: string;
  mood: string;
  sleepQuality: string;
  adherence: string;
  doses: string;
  grid: string;
  text: string;
  surface: string;
  /** Which theme the colours were read under; a switch re-reads them. */
  scheme: 'light' | 'dark';
}

export function useChartColors(): ChartColors {
  const dark = useSyncExternalStore(subscribe, () => window.matchMedia(darkQuery).matches);
  return useMemo(() => {
    const style = getComputedStyle(document.documentElement);
    const read = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
    return {
      focus: read('--chart-focus', '#1a5fb4'),
      mood: read('--chart-mood', '#8b3fa0'),
      sleepQuality: read('--chart-sleep', '#9a5200'),
      adherence: read('--chart-adherence', '#23614f'),
      doses: read('--chart-doses', '#6b5a00'),
      grid: read('--border', '#c9d0ca'),
      text: read('--muted', '#4d5752'),
      surface: read('--surface', '#ffffff'),
      scheme: dark ? 'dark' : 'light',
    };
  }, [dark]);
}
