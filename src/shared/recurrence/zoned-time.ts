// Local date + wall-clock time in an IANA zone → one instant, with explicit rules for DST gaps and folds.
import { IANAZone } from 'luxon';
import type { LocalDate, TimeOfDay } from '../dates/local-date';

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;
const zones = new Map<string, IANAZone>();

function zoneOf(timeZone: string): IANAZone {
  let zone = zones.get(timeZone);
  if (!zone) {
    zone = IANAZone.create(timeZone);
    if (!zone.isValid) throw new RangeError(`Unknown time zone: ${timeZone}`);
    zones.set(timeZone, zone);
  }
  return zone;
}

/** The wall clock of an instant, as if it were UTC (ms). */
function wallOf(zone: IANAZone, epochMs: number): number {
  return epochMs + zone.offset(epochMs) * MINUTE_MS;
}

/**
 * The instant a local time happens in `timeZone`:
 * - normally the one instant with that wall clock;
 * - in the autumn fold (the hour that happens twice) the FIRST of the two, so it fires once;
 * - in the spring gap (the hour that never happens) the end of the gap, i.e. the transition
 *   instant (America/New_York 02:30 on 2026-03-08 → 03:00 EDT).
 */
export function instantOfLocalTime(date: LocalDate, time: TimeOfDay, timeZone: string): number {
  const zone = zoneOf(timeZone);
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const [hour, minute] = time.split(':').map(Number) as [number, number];
  const wallMs = Date.UTC(year, month - 1, day, hour, minute);
  // Transitions are months apart, so the offsets a day either side bracket any one of them.
  const offsetBefore = zone.offset(wallMs - DAY_MS);
  const offsetAfter = zone.offset(wallMs + DAY_MS);
  const candidates = [wallMs - offsetBefore * MINUTE_MS, wallMs - offsetAfter * MINUTE_MS];
  const valid = candidates.filter((instant) => wallOf(zone, instant) === wallMs);
  if (valid.length > 0) return Math.min(...valid);
  // Spring gap: the first instant whose wall clock has reached the requested time.
  let low = Math.min(...candidates);
  let high = Math.max(...candidates);
  while (high - low > MINUTE_MS) {
    const mid = low + Math.floor((high - low) / 2 / MINUTE_MS) * MINUTE_MS;
    if (wallOf(zone, mid) >= wallMs) high = mid;
    else low = mid;
  }
  return wallOf(zone, low) >= wallMs ? low : high;
}
