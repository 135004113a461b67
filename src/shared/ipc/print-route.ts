// Where each print view lives, what its PDF is called and how a message names it: one table for main and renderer.
import type { PrintPageRequest } from './contract';

/** The hash route that renders the print view (main loads it in a hidden window). */
export function printRoute(page: PrintPageRequest): string {
  switch (page.kind) {
    case 'meals-week':
      return `#/meals/print?week=${encodeURIComponent(page.week)}`;
    case 'doctor-summary':
      return `#/insights/summary?from=${encodeURIComponent(page.from)}&to=${encodeURIComponent(page.to)}`;
  }
}

export function printFileName(page: PrintPageRequest): string {
  switch (page.kind) {
    case 'meals-week':
      return `steadyweek-meals-${page.week}.pdf`;
    case 'doctor-summary':
      return `steadyweek-summary-${page.from}-to-${page.to}.pdf`;
  }
}

/** Names the document in a sentence: "The meal plan for the week of …". */
export function printTitle(page: PrintPageRequest): string {
  switch (page.kind) {
    case 'meals-week':
      return `The meal plan for the week of ${page.week}`;
    case 'doctor-summary':
      return `The summary for ${page.from} to ${page.to}`;
  }
}
