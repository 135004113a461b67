import { describe, expect, it } from 'vitest';
import { instantOfLocalTime } from '../dates/calendar';
import { lastNightPrefill } from './last-night';

const zone = 'Europe/Berlin';
const at = (date: string, time: string) => instantOfLocalTime(date, time, zone);
const done = (mark: 'lights-out' | 'wake-up', date: string, time: string) => ({
  occurrenceId: `${mark}|${date}`,
  title: mark,
  activity: { area: 'sleep' as const, mark },
  atEpochMs: at(date, time),
});
const target = { bedtime: '23:00', wakeTime: '07:00' };

describe('last night, prefilled', () => {
  it.each([
    ['nothing done: the target', [], [], ['23:00', '07:00', 'target', 'target']],
    [
      'lights out at 23:40 and up at 06:50',
      [done('lights-out', '2026-06-09', '23:40')],
      [done('wake-up', '2026-06-10', '06:50')],
      ['23:40', '06:50', 'routine', 'routine'],
    ],
    [
      'lights out after midnight counts for last night',
      [],
      [done('lights-out', '2026-06-10', '00:35'), done('wake-up', '2026-06-10', '07:20')],
      ['00:35', '07:20', 'routine', 'routine'],
    ],
    [
      'a nap’s lights out yesterday at 11:00 is not last night',
      [done('lights-out', '2026-06-09', '11:00')],
      [],
      ['23:00', '07:00', 'target', 'target'],
    ],
    [
      'only wake up done: bedtime from the target',
      [],
      [done('wake-up', '2026-06-10', '06:10')],
      ['23:00', '06:10', 'target', 'routine'],
    ],
    [
      'two lights-outs (Done, then up again): the later one before waking',
      [done('lights-out', '2026-06-09', '22:30'), done('lights-out', '2026-06-09', '23:55')],
      [done('wake-up', '2026-06-10', '07:00')],
      ['23:55', '07:00', 'routine', 'routine'],
    ],
  ])('%s', (_name, yesterday, today, [bedtime, wakeTime, bedtimeFrom, wakeTimeFrom]) => {
    expect(
      lastNightPrefill({
        yesterday,
        today,
        todayDate: '2026-06-10',
        target,
        timeZone: zone,
        nowEpochMs: at('2026-06-10', '09:00'),
      }),
    ).toEqual({ bedtime, wakeTime, bedtimeFrom, wakeTimeFrom });
  });
});
