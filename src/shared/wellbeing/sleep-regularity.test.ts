import { describe, expect, it } from 'vitest';
import type { IsoWeekday } from '../dates/calendar';
import {
  durationAgainstTarget,
  sleepRegularityMinutes,
  socialJetLag,
  targetNightMinutes,
} from './sleep-regularity';
import type { Night } from './sleep';

const berlin = 'Europe/Berlin';
// Wake dates Monday 8 June to Sunday 14 June 2026.
const today = '2026-06-14';
const week = (times: Record<string, [string, string]>, normal: [string, string] = ['23:00', '07:00']) =>
  ['08', '09', '10', '11', '12', '13', '14'].map((day): Night => {
    const [bedtime, wakeTime] = times[day] ?? normal;
    return { date: `2026-06-${day}`, bedtime, wakeTime };
  });

describe('sleep regularity over the last 14 nights (midpoint spread)', () => {
  it.each([
    ['identical nights', week({}), 0],
    // midpoints 03:00, 04:00, 02:00: one hour either side of 03:00 → sqrt((0 + 3600 + 3600) / 3) ≈ 49
    [
      'one hour later, one hour earlier',
      [
        { date: '2026-06-12', bedtime: '23:00', wakeTime: '07:00' },
        { date: '2026-06-13', bedtime: '00:00', wakeTime: '08:00' },
        { date: '2026-06-14', bedtime: '22:00', wakeTime: '06:00' },
      ],
      49,
    ],
    // a wild night 20 days ago is outside the window and changes nothing
    [
      'an old night outside the window',
      [...week({}), { date: '2026-05-25', bedtime: '05:00', wakeTime: '13:00' }],
      0,
    ],
    ['two nights: too few to say', week({}).slice(0, 2), null],
    [
      'three nights, but two are older than 14 days',
      [
        { date: '2026-05-20', bedtime: '23:00', wakeTime: '07:00' },
        { date: '2026-05-21', bedtime: '23:00', wakeTime: '07:00' },
        { date: '2026-06-14', bedtime: '23:00', wakeTime: '07:00' },
      ],
      null,
    ],
    // midpoints 23:50 and 00:10 are 20 minutes apart, not most of a day
    [
      'around midnight',
      [
        { date: '2026-06-12', bedtime: '20:00', wakeTime: '03:40' },
        { date: '2026-06-13', bedtime: '20:20', wakeTime: '04:00' },
        { date: '2026-06-14', bedtime: '20:00', wakeTime: '03:40' },
      ],
      9,
    ],
  ])('%s', (_name, nights, minutes) => {
    expect(sleepRegularityMinutes(nights, today, berlin)).toBe(minutes);
  });
});

describe('social jet lag (mid-sleep on free days minus work days)', () => {
  const lateWeekend = week({ '13': ['01:00', '09:00'], '14': ['01:00', '09:00'] });
  const lateFriSat = week({ '12': ['01:00', '09:00'], '13': ['01:00', '09:00'] });
  it.each<[string, Night[], IsoWeekday[] | undefined, number | null]>([
    // Friday and Saturday nights two hours later: midpoint 05:00 against 03:00
    ['default Saturday and Sunday, two hours later', lateWeekend, undefined, 120],
    // someone free on Friday and Saturday (works Sundays) with the same late nights on those days
    ['custom free days Friday and Saturday', lateFriSat, [5, 6], 120],
    // the same nights with the default days: free 05:00 and 03:00 (mean 04:00) against four 03:00s and
    // one 05:00 (circular mean ≈ 03:23), so the shift reads 37 minutes instead of 120
    ['the wrong free days blur it', lateFriSat, [6, 7], 37],
    [
      'earlier on free days reads negative',
      week({ '13': ['22:00', '06:00'], '14': ['22:00', '06:00'] }),
      undefined,
      -60,
    ],
    ['no difference', week({}), undefined, 0],
    ['every day free: no work days to compare', lateWeekend, [1, 2, 3, 4, 5, 6, 7], null],
    ['only work nights logged', week({}).slice(0, 5), undefined, null],
  ])('%s', (_name, nights, freeDays, minutes) => {
    expect(socialJetLag(nights, today, berlin, freeDays)?.minutes ?? null).toBe(minutes);
  });

  it('says how many nights of each kind it used', () => {
    expect(socialJetLag(week({}), today, berlin)).toEqual({ minutes: 0, freeNights: 2, workNights: 5 });
  });
});

describe('duration against the target', () => {
  it.each([
    ['23:00', '07:00', 480],
    ['22:30', '06:15', 465],
    ['01:00', '09:00', 480],
  ])('a target from %s to %s is %i minutes', (bedtime, wakeTime, minutes) => {
    expect(targetNightMinutes({ bedtime, wakeTime })).toBe(minutes);
  });

  it.each([
    ['on target', week({}), 0],
    // two 8-hour nights replaced by 6-hour ones: 240 minutes short over 7 nights ≈ 34 a night
    ['two short nights', week({ '09': ['01:00', '07:00'], '10': ['01:00', '07:00'] }), -34],
  ])('%s, in minutes a night against the target', (_name, nights, difference) => {
    const result = durationAgainstTarget(nights, today, berlin, { bedtime: '23:00', wakeTime: '07:00' });
    expect(result?.differenceMinutes).toBe(difference);
    expect(result?.nights).toBe(7);
  });

  it.each([
    // 23:00 to 07:00 across Berlin's spring-forward night is 7 hours; across fall-back, 9
    ['2026-03-29', -60],
    ['2026-10-25', 60],
  ])('a target night across the DST change ending %s is %i minutes off the target', (date, difference) => {
    const result = durationAgainstTarget([{ date, bedtime: '23:00', wakeTime: '07:00' }], date, berlin, {
      bedtime: '23:00',
      wakeTime: '07:00',
    });
    expect(result?.differenceMinutes).toBe(difference);
  });

  it('has nothing to say without nights', () => {
    expect(durationAgainstTarget([], today, berlin, { bedtime: '23:00', wakeTime: '07:00' })).toBeNull();
  });
});
