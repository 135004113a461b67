// Turning what people type into numbers for the repository to judge (it never decides validity itself).
import { ValidationError } from '../../../data/validation';

/** '' → null; "2,000" → 2000; "1,5" → 1.5; anything else non-numeric → NaN (the schema says why). */
export function numberOrNull(text: string): number | null {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  const normalised = /^\d{1,3}(,\d{3})+(\.\d+)?$/.test(trimmed)
    ? trimmed.replaceAll(',', '')
    : trimmed.replace(',', '.');
  return /^-?\d*\.?\d+$/.test(normalised) ? Number(normalised) : Number.NaN;
}

/** A required number: '' becomes undefined so the schema asks for it. */
export function numberOrUndefined(text: string): number | undefined {
  return numberOrNull(text) ?? undefined;
}

export function errorsFrom(error: unknown): Record<string, string> {
  // `formError` is the whole-form message; `form` may be a field (the magnesium form).
  if (error instanceof ValidationError) return { ...error.fieldErrors, formError: error.message };
  const message = error instanceof Error ? error.message : String(error);
  return { formError: `Could not save: ${message} Nothing was saved; please try again.` };
}

export const formatMg = (mg: number) => `${mg.toLocaleString('en-US', { maximumFractionDigits: 1 })} mg`;
export const formatPercent = (fraction: number) =>
  `${(fraction * 100).toLocaleString('en-US', { maximumFractionDigits: 1 })} %`;
export const formatNumber = (n: number) => n.toLocaleString('en-US', { maximumFractionDigits: 2 });

/** "Mon 4 May 2026" for a local date. */
export function formatDate(date: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d)).toLocaleDateString('en-GB', {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  });
}
