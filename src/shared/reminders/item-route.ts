// The Today route that scrolls to one occurrence: `#/today?item=<routineId>|<date>|<time>`, URL-encoded.
import type { OccurrenceRef } from '../ipc/contract';

export function todayItemRoute(occurrence: OccurrenceRef): string {
  const item = `${occurrence.routineId}|${occurrence.date}|${occurrence.plannedTime ?? ''}`;
  return `#/today?item=${encodeURIComponent(item)}`;
}

/** Parses the `item` parameter (already URL-decoded) back into an occurrence, or null. */
export function parseItemParam(item: string | null): OccurrenceRef | null {
  if (!item) return null;
  const match = /^(.+)\|(\d{4}-\d{2}-\d{2})\|(\d{2}:\d{2})?$/.exec(item);
  if (!match) return null;
  return { routineId: match[1]!, date: match[2]!, plannedTime: match[3] ?? null };
}
