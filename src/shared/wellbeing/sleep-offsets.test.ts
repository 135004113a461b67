// sleep.ts reads zone offsets through a weekly cache instead of luxon per night: the instants must be
// exactly luxon's (DateTime.fromObject / fromMillis), gaps, folds and odd offsets included.
import { DateTime } from 'luxon';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { addDays, datesBetween } from '../dates/calendar';
import { midpointMinutesOfDay, nightInstants, type Night } from './sleep';

function luxonAt(date: string, time: string, zone: string): DateTime {
  const [hour, minute] = time.split(':').map(Number);
  const [year, month, day] = date.split('-').map(Number);
  return DateTime.fromObject({ year, month, day, hour, minute }, { zone });
}

function luxonNight(night: Night, zone: string) {
  const wake = luxonAt(night.date, night.wakeTime, zone);
  let bed = luxonAt(night.date, night.bedtime, zone);
  if (bed.toMillis() >= wake.toMillis()) bed = luxonAt(addDays(night.date, -1), night.bedtime, zone);
  const mid = DateTime.fromMillis((bed.toMillis() + wake.toMillis()) / 2, { zone });
  return {
    bedEpochMs: bed.toMillis(),
    wakeEpochMs: wake.toMillis(),
    durationMinutes: Math.round((wake.toMillis() - bed.toMillis()) / 60_000),
    midpoint: mid.hour * 60 + mid.minute,
  };
}

// Times around the usual 01:00–03:00 transitions, and ordinary ones.
const bedtimes = ['23:30', '01:30', '02:00', '02:30', '03:15'];
const wakeTimes = ['02:15', '02:45', '03:30', '07:00'];

// The 2011 transition seasons of these zones, day by day (north and south, and Apia's skipped day).
const transitionSeasons = [
  ...datesBetween('2011-02-15', '2011-04-10'),
  ...datesBetween('2011-09-24', '2011-11-07'),
  ...datesBetween('2011-12-28', '2012-01-02'),
];

afterEach(() => {
  vi.useRealTimers();
});

describe('nightInstants and midpointMinutesOfDay agree with luxon', () => {
  it.each([
    ['Europe/Berlin', '2026-01-15T12:00:00Z'],
    ['Europe/Berlin', '2026-07-15T12:00:00Z'], // the first guess is summer time, so folds resolve the other way
    ['America/New_York', '2026-01-15T12:00:00Z'],
    ['America/New_York', '2026-07-15T12:00:00Z'],
    ['Australia/Lord_Howe', '2026-07-15T12:00:00Z'], // 30-minute daylight saving
    ['Asia/Kathmandu', '2026-07-15T12:00:00Z'], // +05:45
    ['Europe/Dublin', '2026-01-15T12:00:00Z'], // negative daylight saving in tzdb
    ['America/Sao_Paulo', '2026-01-15T12:00:00Z'], // daylight saving until 2019
    ['Pacific/Apia', '2026-01-15T12:00:00Z'], // skipped 30 December 2011
  ])('in %s with the clock at %s', (zone, now) => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(now));
    const mismatches: string[] = [];
    for (const date of transitionSeasons) {
      for (const bedtime of bedtimes) {
        for (const wakeTime of wakeTimes) {
          const night = { date, bedtime, wakeTime };
          const expected = luxonNight(night, zone);
          const got = { ...nightInstants(night, zone), midpoint: midpointMinutesOfDay(night, zone) };
          if (JSON.stringify(got) !== JSON.stringify(expected))
            mismatches.push(`${date} ${bedtime}–${wakeTime}`);
        }
      }
    }
    for (let date = '2018-01-02'; date <= '2027-01-01'; date = addDays(date, 3)) {
      const night = { date, bedtime: '02:30', wakeTime: '07:00' };
      const expected = luxonNight(night, zone);
      const got = { ...nightInstants(night, zone), midpoint: midpointMinutesOfDay(night, zone) };
      if (JSON.stringify(got) !== JSON.stringify(expected)) mismatches.push(`${date} 02:30–07:00`);
    }
    expect(mismatches).toEqual([]);
  });
});
