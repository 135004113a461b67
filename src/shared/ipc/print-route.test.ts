import { describe, expect, it } from 'vitest';
import { printFileName, printRoute, printTitle } from './print-route';

describe('print views', () => {
  it.each([
    [
      { kind: 'meals-week', week: '2026-03-30' } as const,
      '#/meals/print?week=2026-03-30',
      'steadyweek-meals-2026-03-30.pdf',
      'The meal plan for the week of 2026-03-30',
    ],
    [
      { kind: 'doctor-summary', from: '2026-03-03', to: '2026-03-30' } as const,
      '#/insights/summary?from=2026-03-03&to=2026-03-30',
      'steadyweek-summary-2026-03-03-to-2026-03-30.pdf',
      'The summary for 2026-03-03 to 2026-03-30',
    ],
  ])('%j renders at %s and saves as %s', (page, route, fileName, title) => {
    expect(printRoute(page)).toBe(route);
    expect(printFileName(page)).toBe(fileName);
    expect(printTitle(page)).toBe(title);
  });
});
