// Quiet hours: a local time window (may wrap past midnight) in which no reminder is shown.
import type { TimeOfDay } from '../dates/local-date';

/** Start included, end excluded; "22:30"–"07:00" wraps midnight. Null means no quiet hours. */
export function isInQuietHours(
  time: TimeOfDay,
  quietHours: { start: TimeOfDay; end: TimeOfDay } | null,
): boolean {
  if (!quietHours || quietHours.start === quietHours.end) return false;
  const { start, end } = quietHours;
  return start < end ? time >= start && time < end : time >= start || time < end;
}
