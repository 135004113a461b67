import { describe, expect, it } from 'vitest';
import { addDays, datesBetween } from '../dates/calendar';
import { insightRows, summarizeInsights, type CheckinRatings, type DayRoutineRecord } from './insight-series';

const from = '2026-05-01';
const to = addDays(from, 27);
const dates = datesBetween(from, to);

function checkinsFor(count: number, focus: (i: number) => number): CheckinRatings[] {
  return Array.from({ length: count }, (_, i) => ({
    date: addDays(from, i * 2),
    focus: focus(i),
    mood: null,
    sleepQuality: 3,
  }));
}

describe('insight rows and summary', () => {
  it('puts ratings and adherence on the same day, with gaps left empty rather than zero', () => {
    const history: DayRoutineRecord[] = [
      { date: from, planned: 4, done: 3, share: 0.75, dosesTaken: 2 },
      { date: addDays(from, 1), planned: 0, done: 0, share: null, dosesTaken: 0 },
    ];
    const rows = insightRows(
      dates,
      checkinsFor(1, () => 4),
      history,
    );
    expect(rows[0]).toEqual({
      date: from,
      focus: 4,
      mood: null,
      sleepQuality: 3,
      adherencePercent: 75,
      dosesTaken: 2,
    });
    expect(rows[1]).toEqual({
      date: addDays(from, 1),
      focus: null,
      mood: null,
      sleepQuality: null,
      adherencePercent: null, // nothing planned is not "0 % done"
      dosesTaken: 0,
    });
  });

  it.each([
    // [check-ins in the window, trend expected]
    [13, false], // one short: no trend line, no claim
    [14, true],
  ])('with %i focus check-ins a trend is given: %s', (count, expected) => {
    const checkins = checkinsFor(count, (i) => 2 + i * 0.2);
    const rows = insightRows(dates, checkins, []);
    const summary = summarizeInsights(rows, [], new Set(checkins.map((c) => c.date)));
    const focus = summary.ratings.find((r) => r.field === 'focus')!;
    expect(focus.daysRated).toBe(count);
    expect(focus.trend !== null).toBe(expected);
    expect(summary.daysWithCheckin).toBe(count);
    expect(summary.ratings.find((r) => r.field === 'mood')).toMatchObject({
      daysRated: 0,
      average: null,
      trend: null,
    });
  });

  it('computes adherence over planned occurrences, ignoring days with nothing planned', () => {
    const history: DayRoutineRecord[] = [
      { date: from, planned: 4, done: 4, share: 1, dosesTaken: 1 },
      { date: addDays(from, 1), planned: 2, done: 0, share: 0, dosesTaken: 0 },
      { date: addDays(from, 2), planned: 0, done: 0, share: null, dosesTaken: 1 },
    ];
    const summary = summarizeInsights(insightRows(dates, [], history), history, new Set());
    expect(summary.adherencePercent).toBe(67);
    expect(summary.daysWithPlans).toBe(2);
    expect(summary.dosesTaken).toBe(2);
  });
});
