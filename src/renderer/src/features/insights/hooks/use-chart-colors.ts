// Chart colours for the theme in force (the palette checked in shared/insights/palette.test.ts), re-read when the OS switches.
import { useMemo, useSyncExternalStore } from 'react';
import { chartPalettes, type ChartPalette, type ColourScheme } from '@shared/insights/palette';

const darkQuery = '(prefers-color-scheme: dark)';

function subscribe(onChange: () => void): () => void {
  const media = window.matchMedia(darkQuery);
  media.addEventListener('change', onChange);
  return () => media.removeEventListener('change', onChange);
}

export interface ChartColors extends ChartPalette {
  focus: string;
  mood: string;
  sleepQuality: string;
  adherence: string;
  doses: string;
  /** Which theme the colours belong to; a switch redraws the charts. */
  scheme: ColourScheme;
}

export function useChartColors(): ChartColors {
  const dark = useSyncExternalStore(subscribe, () => window.matchMedia(darkQuery).matches);
  return useMemo(() => {
    const scheme: ColourScheme = dark ? 'dark' : 'light';
    const palette = chartPalettes[scheme];
    const [blue, vermillion, green, pink, grey] = palette.series;
    return {
      ...palette,
      focus: blue,
      mood: pink,
      sleepQuality: vermillion,
      adherence: green,
      doses: grey,
      scheme,
    };
  }, [dark]);
}
