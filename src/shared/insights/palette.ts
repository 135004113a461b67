// Chart colours per theme: five series colours colour-blind readers can tell apart (checked by
// simulation in palette.test.ts) and a heat-map scale whose steps stay apart under the same simulation.

export type ColourScheme = 'light' | 'dark';

export interface ChartPalette {
  /** Blue, vermillion, green, pink, grey: after Okabe & Ito, darkened or lightened for each surface. */
  series: readonly [string, string, string, string, string];
  /** Heat map, from "none done" to "all done". */
  heat: readonly [string, string, string, string, string];
  surface: string;
  text: string;
  muted: string;
  grid: string;
}

export const chartPalettes: Record<ColourScheme, ChartPalette> = {
  light: {
    series: ['#0072b2', '#d55e00', '#009e73', '#cc79a7', '#5d5d5d'],
    heat: ['#d6e4f0', '#9cc3e0', '#4f93c6', '#1d6aa5', '#0b3d66'],
    surface: '#ffffff',
    text: '#1d2320',
    muted: '#4d5752',
    grid: '#c9d0ca',
  },
  dark: {
    series: ['#56b4e9', '#e69f00', '#009e73', '#cc79a7', '#f0e442'],
    heat: ['#2a3f50', '#2f5f86', '#4a8cc2', '#84bde8', '#cfe6f8'],
    surface: '#1e2522',
    text: '#eef2ef',
    muted: '#b3beb8',
    grid: '#45514b',
  },
};

/** The heat-map step for a share done (0–1); null (nothing planned) has no step. */
export function heatStep(share: number | null): 0 | 1 | 2 | 3 | 4 | null {
  if (share === null) return null;
  if (share <= 0) return 0;
  if (share >= 1) return 4;
  return share < 1 / 3 ? 1 : share < 2 / 3 ? 2 : 3;
}
