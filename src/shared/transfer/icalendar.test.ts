import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { addDays, instantOfLocalTime } from '../dates/calendar';
import { occurrencesInRange } from '../recurrence/occurrences';
import { escapeText, foldLine, routinesCalendar, type CalendarRoutine } from './icalendar';

const routine = (id: string, over: Partial<CalendarRoutine>): CalendarRoutine => ({
  id,
  title: id,
  notes: '',
  schedule: { kind: 'daily', times: ['08:00'] },
  startDate: '2026-03-01',
  endDate: null,
  paused: false,
  reminder: { enabled: false, nag: null },
  ...over,
});

const routines: CalendarRoutine[] = [
  // Two times that do not share their minute: one event per minute, each exact.
  routine('split', {
    title: 'Magnesium, evening; with food',
    schedule: { kind: 'daily', times: ['21:00', '08:30'] },
  }),
  routine('walk', {
    schedule: { kind: 'weekly', days: [5, 1, 3], times: ['18:00'] },
    endDate: '2026-04-22',
    reminder: { enabled: true, nag: { intervalMinutes: 10, maxCount: 3 } },
  }),
  // Sundays, the day clocks change in Europe and Australia. (A time inside the skipped or repeated hour
  // itself is read differently by calendars, RFC 5545 and Steadyweek; docs/data-format.md says so.)
  routine('night', { schedule: { kind: 'weekly', days: [7], times: ['04:15'] }, startDate: '2026-03-22' }),
  routine('flex', { schedule: { kind: 'times-per-week', count: 3 } }),
  routine('off', { paused: true }),
];

function icsOccurrences(text: string, toMs: number): Map<string, number[]> {
  const calendar = new ICAL.Component(ICAL.parse(text));
  ICAL.TimezoneService.reset();
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
  const byEvent = new Map<string, number[]>();
  for (const vevent of calendar.getAllSubcomponents('vevent')) {
    const event = new ICAL.Event(vevent);
    const it = event.iterator();
    const instants: number[] = [];
    for (let next = it.next(); next; next = it.next()) {
      const ms = next.toJSDate().getTime();
      if (ms > toMs) break;
      instants.push(ms);
    }
    // A routine whose times differ in their minute has one event per minute: `id`, `id-m30`, ….
    const id = event.uid.replace('@steadyweek.app', '').replace(/-m\d\d$/, '');
    byEvent.set(
      id,
      [...(byEvent.get(id) ?? []), ...instants].sort((a, b) => a - b),
    );
  }
  return byEvent;
}

describe('the routine plan as iCalendar', () => {
  it.each(['Europe/Berlin', 'America/New_York', 'Australia/Sydney'])(
    'matches the app’s own recurrence for 8 weeks across a DST change (%s)',
    (zone) => {
      const from = '2026-03-16';
      const to = addDays(from, 8 * 7 - 1);
      const { text, left } = routinesCalendar(routines, zone, Date.UTC(2026, 2, 15));
      const toMs = occurrencesInRange({ ...routines[0]!, routineId: 'x' }, to, to, zone).at(-1)!.dueEpochMs;
      const parsed = icsOccurrences(text, toMs);
      expect([...parsed.keys()]).toEqual(['split', 'walk', 'night']);
      expect(left.map((l) => [l.id, l.why])).toEqual([
        ['flex', 'flexible'],
        ['off', 'paused'],
      ]);
      const fromMs = instantOfLocalTime(from, '00:00', zone);
      for (const r of routines.slice(0, 3)) {
        const expected = occurrencesInRange({ ...r, routineId: r.id }, from, to, zone).map(
          (o) => o.dueEpochMs,
        );
        expect(expected.length).toBeGreaterThan(0);
        expect(
          parsed.get(r.id)!.filter((ms) => ms >= fromMs),
          r.id,
        ).toEqual(expected);
      }
    },
  );

  it('writes alarms where the routine reminds, CRLF line ends, folded lines and escaped text', () => {
    const long = routine('long', {
      title: 'Ärger; Ruhe, Atem\nüben ' + 'ü'.repeat(60),
      reminder: { enabled: true, nag: null },
    });
    const { text } = routinesCalendar([long, routines[1]!], 'Europe/Berlin', Date.UTC(2026, 2, 15));
    expect(text.split('\r\n').every((line) => new TextEncoder().encode(line).length <= 75)).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/\n/);
    const events = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent');
    expect(events[0]!.getFirstPropertyValue('summary')).toBe(long.title);
    const alarm = events[1]!.getFirstSubcomponent('valarm')!;
    expect(alarm.getFirstPropertyValue('repeat')).toBe(3);
    expect(String(alarm.getFirstPropertyValue('duration'))).toBe('PT10M');
    expect(escapeText('a\\b;c,d\ne')).toBe('a\\\\b\\;c\\,d\\ne');
    expect(foldLine('x'.repeat(80))).toBe(`${'x'.repeat(75)}\r\n ${'x'.repeat(5)}`);
  });
});
