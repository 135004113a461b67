// The weekly routine plan as an iCalendar file (RFC 5545): one VEVENT per routine (per minute of its times) with its RRULE, times in
// the profile's zone (TZID, with a VTIMEZONE of that zone's real transitions), and a VALARM where the
// routine reminds. Written by hand: CRLF line ends, lines folded at 75 octets, TEXT escaped.
import { IANAZone } from 'luxon';
import { addDays, isoWeekdayOf, instantOfLocalTime } from '../dates/calendar';
import type { LocalDate, TimeOfDay } from '../dates/local-date';
import type { RecurringRoutine } from '../recurrence/occurrences';
import type { Schedule } from '../routines/schedule';

/** A routine as stored: when it happens (as the app's recurrence reads it), what it is called, whether it reminds. */
export interface CalendarRoutine extends Omit<RecurringRoutine, 'routineId'> {
  id: string;
  title: string;
  notes: string;
  reminder: { enabled: boolean; nag: { intervalMinutes: number; maxCount: number } | null };
}

const BYDAY = ['', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;

/** TEXT values: backslash, semicolon, comma and line breaks escaped (RFC 5545 §3.3.11). */
export const escapeText = (text: string) =>
  text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');

/** A content line folded at 75 octets, never inside a UTF-8 character (RFC 5545 §3.1). */
export function foldLine(line: string): string {
  const encoder = new TextEncoder();
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    // The first line holds 75 octets; each continuation starts with a space, so holds 74 more.
    if (octets + size > (parts.length === 0 ? 75 : 74)) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

const pad = (n: number) => String(n).padStart(2, '0');
const basicDate = (date: LocalDate) => date.replace(/-/g, '');
const basicLocal = (date: LocalDate, time: TimeOfDay) => `${basicDate(date)}T${time.replace(':', '')}00`;
function basicUtc(epochMs: number): string {
  const d = new Date(epochMs);
  return `${d.getUTCFullYear()}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}T${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}${pad(d.getUTCSeconds())}Z`;
}
const offsetText = (minutes: number) =>
  `${minutes < 0 ? '-' : '+'}${pad(Math.floor(Math.abs(minutes) / 60))}${pad(Math.abs(minutes) % 60)}`;
/** The wall clock of an instant at a fixed offset, as a basic local date-time. */
function basicWall(epochMs: number, offsetMinutes: number): string {
  return basicUtc(epochMs + offsetMinutes * MINUTE_MS).slice(0, -1);
}

/** The zone's offset changes between two instants, each found to the minute. */
function transitions(zone: IANAZone, fromMs: number, toMs: number) {
  const found: { atMs: number; from: number; to: number }[] = [];
  let previous = zone.offset(fromMs);
  for (let t = fromMs + DAY_MS; t <= toMs; t += DAY_MS) {
    const offset = zone.offset(t);
    if (offset === previous) continue;
    let low = t - DAY_MS;
    let high = t;
    while (high - low > MINUTE_MS) {
      const mid = low + Math.floor((high - low) / 2 / MINUTE_MS) * MINUTE_MS;
      if (zone.offset(mid) === previous) low = mid;
      else high = mid;
    }
    found.push({ atMs: high, from: previous, to: offset });
    previous = offset;
  }
  return found;
}

/** A VTIMEZONE with each real transition of `timeZone` from `fromYear` to `toYear` (no rule guessed). */
export function vtimezone(timeZone: string, fromYear: number, toYear: number): string[] {
  const zone = IANAZone.create(timeZone);
  const fromMs = Date.UTC(fromYear, 0, 1);
  const changes = transitions(zone, fromMs, Date.UTC(toYear + 1, 0, 1));
  const lines = ['BEGIN:VTIMEZONE', `TZID:${timeZone}`];
  const initial = zone.offset(fromMs);
  const observance = (kind: string, start: string, from: number, to: number) => [
    `BEGIN:${kind}`,
    `DTSTART:${start}`,
    `TZOFFSETFROM:${offsetText(from)}`,
    `TZOFFSETTO:${offsetText(to)}`,
    `END:${kind}`,
  ];
  lines.push(...observance('STANDARD', basicWall(fromMs, initial), initial, initial));
  for (const change of changes) {
    // DTSTART is the onset as the clock read it just before the change.
    const kind = change.to > change.from ? 'DAYLIGHT' : 'STANDARD';
    lines.push(...observance(kind, basicWall(change.atMs, change.from), change.from, change.to));
  }
  lines.push('END:VTIMEZONE');
  return lines;
}

/** The first date on or after `from` the schedule runs. */
function firstDate(schedule: Schedule, from: LocalDate): LocalDate {
  if (schedule.kind !== 'weekly') return from;
  let date = from;
  while (!schedule.days.includes(isoWeekdayOf(date))) date = addDays(date, 1);
  return date;
}

/** RRULE for planned times that share their minute: a day rule with BYHOUR and BYMINUTE. */
function rrule(
  schedule: Exclude<Schedule, { kind: 'times-per-week' }>,
  times: readonly TimeOfDay[],
  until: string | null,
): string {
  const hours = times.map((t) => Number(t.slice(0, 2)));
  const parts =
    schedule.kind === 'weekly'
      ? [
          'FREQ=WEEKLY',
          `BYDAY=${[...new Set(schedule.days)]
            .sort()
            .map((d) => BYDAY[d])
            .join(',')}`,
        ]
      : ['FREQ=DAILY'];
  parts.push(`BYHOUR=${hours.join(',')}`, `BYMINUTE=${Number(times[0]!.slice(3, 5))}`);
  if (until) parts.push(`UNTIL=${until}`);
  return `RRULE:${parts.join(';')}`;
}

/**
 * The planned times grouped by their minute. BYHOUR × BYMINUTE is a product (08:30 and 21:00 would
 * also give 08:00 and 21:30), and BYSETPOS on a daily rule is not read by common calendars, so a
 * routine whose times do not share their minute gets one VEVENT per minute, each exact.
 */
function timesByMinute(times: readonly TimeOfDay[]): TimeOfDay[][] {
  const groups = new Map<string, TimeOfDay[]>();
  for (const time of [...new Set(times)].sort()) {
    const minute = time.slice(3, 5);
    groups.set(minute, [...(groups.get(minute) ?? []), time]);
  }
  return [...groups.values()];
}

export interface CalendarResult {
  text: string;
  /** Routines with no fixed days and times ("N times a week") or paused: not in the calendar. */
  left: { id: string; title: string; why: 'flexible' | 'paused' }[];
}

/** The routines as an iCalendar file in `timeZone`. */
export function routinesCalendar(
  routines: readonly CalendarRoutine[],
  timeZone: string,
  nowEpochMs: number,
): CalendarResult {
  const left: CalendarResult['left'] = [];
  const events: string[] = [];
  const stamp = basicUtc(nowEpochMs);
  let firstYear = new Date(nowEpochMs).getUTCFullYear();
  let lastYear = firstYear + 2;
  for (const routine of routines) {
    const { schedule } = routine;
    if (routine.paused) {
      left.push({ id: routine.id, title: routine.title, why: 'paused' });
      continue;
    }
    if (schedule.kind === 'times-per-week') {
      left.push({ id: routine.id, title: routine.title, why: 'flexible' });
      continue;
    }
    const start = firstDate(schedule, routine.startDate);
    firstYear = Math.min(firstYear, Number(start.slice(0, 4)));
    if (routine.endDate) lastYear = Math.max(lastYear, Number(routine.endDate.slice(0, 4)));
    timesByMinute(schedule.times).forEach((times, index) => {
      // UNTIL is UTC when DTSTART has a zone (RFC 5545 §3.3.10): the last planned time of the end date.
      const until = routine.endDate
        ? basicUtc(instantOfLocalTime(routine.endDate, times[times.length - 1]!, timeZone))
        : null;
      const uid = index === 0 ? routine.id : `${routine.id}-m${times[0]!.slice(3, 5)}`;
      events.push(
        'BEGIN:VEVENT',
        `UID:${uid}@steadyweek.app`,
        `DTSTAMP:${stamp}`,
        `DTSTART;TZID=${timeZone}:${basicLocal(start, times[0]!)}`,
        rrule(schedule, times, until),
        `SUMMARY:${escapeText(routine.title)}`,
        ...(routine.notes ? [`DESCRIPTION:${escapeText(routine.notes)}`] : []),
      );
      if (routine.reminder.enabled) {
        const nag = routine.reminder.nag;
        events.push(
          'BEGIN:VALARM',
          'ACTION:DISPLAY',
          `DESCRIPTION:${escapeText(routine.title)}`,
          'TRIGGER:PT0M',
          ...(nag ? [`REPEAT:${nag.maxCount}`, `DURATION:PT${nag.intervalMinutes}M`] : []),
          'END:VALARM',
        );
      }
      events.push('END:VEVENT');
    });
  }
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Steadyweek//Weekly routine plan//EN',
    'CALSCALE:GREGORIAN',
    `X-WR-TIMEZONE:${timeZone}`,
    ...vtimezone(timeZone, firstYear, lastYear),
    ...events,
    'END:VCALENDAR',
  ];
  return { text: lines.map(foldLine).join('\r\n') + '\r\n', left };
}
