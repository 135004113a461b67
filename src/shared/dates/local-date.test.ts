import { describe, expect, it } from 'vitest';
import {
  epochMsSchema,
  localDateSchema,
  localDateUpToSchema,
  timeZoneSchema,
  weekStartDaySchema,
} from './local-date';

/** The one message a schema gives for `input`, or null when it accepts it. */
function messageOf(
  schema: { safeParse(input: unknown): { error?: { issues: { message: string }[] } } },
  input: unknown,
) {
  const issues = schema.safeParse(input).error?.issues ?? [];
  return issues.length === 0 ? null : issues.map((issue) => issue.message).join(' | ');
}

describe('localDateSchema', () => {
  const outside = (year: string) =>
    `${year} is outside the years Steadyweek keeps (1900–2100); check the year.`;
  it.each([
    // [input, message or null]
    ['1900-01-01', null], // the first day kept
    ['1899-12-31', outside('1899')], // the day before it
    ['2100-12-31', null], // the last day kept
    ['2101-01-01', outside('2101')], // the day after it
    ['9999-12-31', outside('9999')],
    ['0099-01-01', outside('0099')], // Date.UTC would read 99 as 1999
    ['0000-01-01', outside('0000')],
    ['2028-02-29', null], // leap day
    ['2027-02-29', '2027-02-29 is not a day on the calendar; check the day and month.'],
    ['2026-13-01', '2026-13-01 is not a day on the calendar; check the day and month.'],
    ['2026-4-1', 'Use a date like 2026-03-29.'],
    ['20266-01-01', 'Use a date like 2026-03-29.'],
    ['', 'Use a date like 2026-03-29.'],
    [20260101, 'Use a date like 2026-03-29.'],
  ])('%j → %s', (input, message) => {
    expect(messageOf(localDateSchema, input)).toBe(message);
  });
});

describe('localDateUpToSchema', () => {
  const schema = localDateUpToSchema('2026-06-12');
  it.each([
    ['2026-06-12', null], // today
    ['2026-06-13', 'That day has not come yet; pick today (2026-06-12) or an earlier day.'], // tomorrow
    ['1900-01-01', null],
    ['2101-01-01', '2101 is outside the years Steadyweek keeps (1900–2100); check the year.'],
  ])('%s → %s', (input, message) => {
    expect(messageOf(schema, input)).toBe(message);
  });
});

describe('epochMsSchema', () => {
  it.each([
    [8.64e15, null], // the last instant a Date can hold
    [8.64e15 + 1, 'That instant is after any date the app can show.'],
    [-8.64e15, null],
    [-8.64e15 - 1, 'That instant is before any date the app can show.'],
    [9e15, 'That instant is after any date the app can show.'],
    [1.5, 'Expected whole milliseconds.'],
    [Number.NaN, 'Expected an instant in milliseconds.'],
  ])('%d → %s', (input, message) => {
    expect(messageOf(epochMsSchema, input)).toBe(message);
  });
});

describe('timeZoneSchema', () => {
  const unknown = 'Unknown time zone; choose one from the list, like Europe/Berlin.';
  it.each([
    ['Europe/Berlin', null],
    ['America/Argentina/ComodRivadavia', null], // among the longest names
    ['UTC', null],
    ['Mars/Olympus', unknown],
    ['', unknown],
    ['x'.repeat(64), unknown], // at the length limit, so Intl is asked
    ['x'.repeat(65), 'Choose a time zone from the list, like Europe/Berlin.'], // past it
  ])('%j → %s', (input, message) => {
    expect(messageOf(timeZoneSchema, input)).toBe(message);
  });
});

describe('weekStartDaySchema', () => {
  it.each([
    [1, null],
    [6, null],
    [7, null],
    [2, 'Choose the first day of your week.'],
    [0, 'Choose the first day of your week.'],
  ])('%i → %s', (input, message) => {
    expect(messageOf(weekStartDaySchema, input)).toBe(message);
  });
});
