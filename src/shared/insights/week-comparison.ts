// The weekly card: the last 7 days against the 7 before, in plain words.
import { addDays } from '../dates/calendar';
import type { LocalDate } from '../dates/local-date';
import type { ExerciseSession } from '../wellbeing/exercise';
import { formatDuration } from '../wellbeing/sleep';
import type { Practice } from '../wellbeing/stress';
import type { MagnesiumDay, NightBar } from './series';

export interface WeekFigure {
  label: string;
  thisWeek: number | null;
  lastWeek: number | null;
  sentence: string;
}

export interface WeekComparisonInput {
  today: LocalDate;
  magnesium: readonly MagnesiumDay[];
  nights: readonly NightBar[];
  sessions: readonly ExerciseSession[];
  practices: readonly Practice[];
  focus: readonly { date: LocalDate; focus: number | null }[];
  /** Planned and done routine occurrences by day (all areas). */
  routines: readonly { date: LocalDate; planned: number; done: number }[];
}

type Formatter = (value: number) => string;

const minutes: Formatter = (v) => `${v} min`;
const sleepLength: Formatter = (v) => (v < 60 ? minutes(v) : formatDuration(v));

/** "120 min, 30 min more than the 7 days before." — neutral words: more, fewer, the same. */
export function describeChange(
  label: string,
  thisWeek: number | null,
  lastWeek: number | null,
  format: Formatter,
  sameWithin = 0,
): string {
  if (thisWeek === null) return `${label}: nothing logged in the last 7 days.`;
  const now = format(thisWeek);
  if (lastWeek === null) return `${label}: ${now}; nothing logged the 7 days before to compare with.`;
  const diff = thisWeek - lastWeek;
  if (Math.abs(diff) <= sameWithin)
    return `${label}: ${now}, about the same as the 7 days before (${format(lastWeek)}).`;
  return `${label}: ${now}, ${format(Math.abs(diff))} ${diff > 0 ? 'more' : 'less'} than the 7 days before (${format(lastWeek)}).`;
}

function inWeek<T extends { date: LocalDate }>(rows: readonly T[], from: LocalDate, to: LocalDate): T[] {
  return rows.filter((r) => r.date >= from && r.date <= to);
}

function mean(values: readonly number[]): number | null {
  return values.length === 0 ? null : values.reduce((a, b) => a + b, 0) / values.length;
}

function figuresFor(input: WeekComparisonInput, from: LocalDate, to: LocalDate) {
  const mg = inWeek(input.magnesium, from, to).filter((d) => d.totalMg > 0);
  const nights = inWeek(input.nights, from, to);
  const sessions = inWeek(input.sessions, from, to);
  const practices = inWeek(input.practices, from, to);
  const rated = inWeek(input.focus, from, to).flatMap((c) => (c.focus === null ? [] : [c.focus]));
  const routineDays = inWeek(input.routines, from, to);
  const planned = routineDays.reduce((s, d) => s + d.planned, 0);
  const done = routineDays.reduce((s, d) => s + d.done, 0);
  const avgMg = mean(mg.map((d) => d.totalMg));
  const avgSleep = mean(nights.map((n) => n.durationMinutes));
  const avgFocus = mean(rated);
  return {
    magnesium: avgMg === null ? null : Math.round(avgMg),
    sleep: avgSleep === null ? null : Math.round(avgSleep),
    exercise: sessions.length === 0 ? null : sessions.reduce((s, x) => s + x.minutes, 0),
    practice: practices.length === 0 ? null : practices.reduce((s, x) => s + x.minutes, 0),
    routines: planned === 0 ? null : Math.round((done / planned) * 100),
    focus: avgFocus === null ? null : Math.round(avgFocus * 10) / 10,
  };
}

export function compareWeeks(input: WeekComparisonInput): WeekFigure[] {
  const thisFrom = addDays(input.today, -6);
  const lastTo = addDays(input.today, -7);
  const lastFrom = addDays(input.today, -13);
  const now = figuresFor(input, thisFrom, input.today);
  const before = figuresFor(input, lastFrom, lastTo);
  const rows: [keyof typeof now, string, Formatter, number][] = [
    ['routines', 'Routines done', (v) => `${v} %`, 2],
    ['magnesium', 'Magnesium, average a day (days with any logged)', (v) => `${v} mg`, 10],
    ['sleep', 'Sleep, average a night', sleepLength, 10],
    ['exercise', 'Exercise', minutes, 5],
    ['practice', 'Stress practice', minutes, 5],
    ['focus', 'Focus, average rating (1–5)', (v) => v.toFixed(1), 0.2],
  ];
  return rows.map(([key, label, format, sameWithin]) => ({
    label,
    thisWeek: now[key],
    lastWeek: before[key],
    sentence: describeChange(label, now[key], before[key], format, sameWithin),
  }));
}
