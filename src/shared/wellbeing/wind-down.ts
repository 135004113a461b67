// A wind-down before the target bedtime: a few optional steps, each a daily routine at a time set by the bedtime.
import { z } from 'zod';
import { minutesOfDay } from '../dates/calendar';
import type { TimeOfDay } from '../dates/local-date';

export const windDownItemIds = ['screens-off', 'evening-dose', 'book'] as const;
export type WindDownItemId = (typeof windDownItemIds)[number];

export interface WindDownItem {
  id: WindDownItemId;
  title: string;
  /** How long before the target bedtime it comes. */
  minutesBefore: number;
  notes: string;
}

export const windDownItems: readonly WindDownItem[] = [
  {
    id: 'screens-off',
    title: 'Screens off',
    minutesBefore: 45,
    notes: 'Part of your wind-down, 45 minutes before your target bedtime.',
  },
  {
    id: 'evening-dose',
    title: 'Evening dose',
    minutesBefore: 30,
    notes:
      'Part of your wind-down: a nudge for an evening dose if your plan has one (the dose itself is logged on its own routine).',
  },
  {
    id: 'book',
    title: 'A page of a book',
    minutesBefore: 15,
    notes: 'Part of your wind-down, 15 minutes before your target bedtime.',
  },
];

/** The clock time `minutesBefore` the bedtime, wrapping past midnight (00:15 − 45 min is 23:30). */
export function windDownTime(bedtime: TimeOfDay, minutesBefore: number): TimeOfDay {
  const minutes = (((minutesOfDay(bedtime) - minutesBefore) % 1440) + 1440) % 1440;
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/** Which steps the person wants (each optional; none is a valid answer). */
export const windDownInputSchema = z.object({
  items: z
    .array(z.enum(windDownItemIds, { error: 'Pick from the steps offered.' }))
    .max(windDownItemIds.length)
    .refine((items) => new Set(items).size === items.length, 'Pick each step once.'),
});
