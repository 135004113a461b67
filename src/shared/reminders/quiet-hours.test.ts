import { describe, expect, it } from 'vitest';
import { isInQuietHours } from './quiet-hours';

describe('isInQuietHours', () => {
  it.each([
    ['23:00', { start: '22:30', end: '07:00' }, true],
    ['22:30', { start: '22:30', end: '07:00' }, true], // start is included
    ['07:00', { start: '22:30', end: '07:00' }, false], // end is excluded
    ['00:00', { start: '22:30', end: '07:00' }, true], // wraps midnight
    ['12:00', { start: '22:30', end: '07:00' }, false],
    ['13:30', { start: '13:00', end: '14:00' }, true], // same-day window
    ['14:00', { start: '13:00', end: '14:00' }, false],
    ['03:00', null, false], // none set
  ])('%s with %o is quiet: %s', (time, quiet, expected) => {
    expect(isInQuietHours(time, quiet)).toBe(expected);
  });
});
