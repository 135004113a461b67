// Day names and time-of-day lanes for the week grid.
import type { TimeOfDay } from '@shared/dates/local-date';

export { weekdayNames } from '@shared/dates/calendar';

export const lanes = [
  { id: 'morning', label: 'Morning', hint: '05:00–11:59', time: '08:00' },
  { id: 'afternoon', label: 'Afternoon', hint: '12:00–16:59', time: '13:00' },
  { id: 'evening', label: 'Evening', hint: '17:00–21:59', time: '19:00' },
  { id: 'night', label: 'Night', hint: '22:00–04:59', time: '22:30' },
] as const;
export type LaneId = (typeof lanes)[number]['id'];

export function laneOf(time: TimeOfDay): LaneId {
  if (time < '05:00') return 'night';
  if (time < '12:00') return 'morning';
  if (time < '17:00') return 'afternoon';
  if (time < '22:00') return 'evening';
  return 'night';
}
