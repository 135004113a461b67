// The pairs Insights can relate, the daily series they are built from, and the plain words for a result.
import type { LocalDate } from '../dates/local-date';
import { datesBetween } from '../dates/calendar';
import type { DayAdherence } from '../wellbeing/adherence';
import { nightInstants } from '../wellbeing/sleep';
import type { LinkResult } from './links';

export interface DailyInputs {
  from: LocalDate;
  to: LocalDate;
  timeZone: string;
  checkins: readonly {
    date: LocalDate;
    focus: number | null;
    mood: number | null;
    irritability: number | null;
    sleepQuality: number | null;
  }[];
  sleepLogs: readonly {
    date: LocalDate;
    bedtime: string | null;
    wakeTime: string | null;
    quality: number | null;
  }[];
  exercise: readonly { date: LocalDate; minutes: number }[];
  practices: readonly { date: LocalDate; minutes: number }[];
  /** Adherence of the supplement plan's dose routine only. */
  supplementAdherence: readonly DayAdherence[];
  /** Food magnesium on days with meals planned (absent: nothing planned, so intake is unknown). */
  foodMagnesium: Readonly<Record<LocalDate, { magnesiumMg: number; itemCount: number }>> | null;
  supplementTakenMg: Readonly<Record<LocalDate, { takenMg: number }>> | null;
}

export const seriesIds = [
  'focus',
  'mood',
  'irritability',
  'sleepQuality',
  'sleepHours',
  'exerciseMinutes',
  'practiceMinutes',
  'supplementAdherence',
  'magnesiumMg',
] as const;
export type SeriesId = (typeof seriesIds)[number];
export type DailySeries = Record<SeriesId, Map<LocalDate, number>>;

export const seriesNames: Record<SeriesId, { name: string; unit: string; decimals: number }> = {
  focus: { name: 'focus', unit: 'points (1–5)', decimals: 1 },
  mood: { name: 'mood', unit: 'points (1–5)', decimals: 1 },
  irritability: { name: 'irritability', unit: 'points (1–5)', decimals: 1 },
  sleepQuality: { name: 'sleep quality', unit: 'points (1–5)', decimals: 1 },
  sleepHours: { name: 'sleep', unit: 'hours', decimals: 1 },
  exerciseMinutes: { name: 'exercise', unit: 'minutes', decimals: 0 },
  practiceMinutes: { name: 'stress practice', unit: 'minutes', decimals: 0 },
  supplementAdherence: { name: 'supplement doses done', unit: '%', decimals: 0 },
  magnesiumMg: { name: 'magnesium intake', unit: 'mg', decimals: 0 },
};

export interface LinkPair {
  id: string;
  x: SeriesId;
  y: SeriesId;
  /** 1: day d's x against day d + 1's y. */
  lagDays: 0 | 1;
  label: string;
  /** The y series in a sentence, with its day: "focus the next day", "sleep quality that night". */
  yWhen: string;
  /** How a day is counted, shown under the figures. */
  note: string;
}

export const linkPairs: readonly LinkPair[] = [
  {
    id: 'adherence-next-focus',
    x: 'supplementAdherence',
    y: 'focus',
    lagDays: 1,
    label: 'Supplement doses done → next-day focus',
    yWhen: 'focus the next day',
    note: 'Each day’s share of planned supplement doses marked done, beside the focus you rated the day after.',
  },
  {
    id: 'sleep-focus',
    x: 'sleepHours',
    y: 'focus',
    lagDays: 0,
    label: 'Sleep duration → focus',
    yWhen: 'focus',
    note: 'The night you woke from that morning, beside that day’s focus rating.',
  },
  {
    id: 'exercise-mood',
    x: 'exerciseMinutes',
    y: 'mood',
    lagDays: 0,
    label: 'Exercise minutes → mood',
    yWhen: 'mood',
    note: 'A day with a mood rating and no session logged counts as 0 minutes of exercise.',
  },
  {
    id: 'practice-irritability',
    x: 'practiceMinutes',
    y: 'irritability',
    lagDays: 0,
    label: 'Stress practice minutes → irritability',
    yWhen: 'irritability',
    note: 'A day with an irritability rating and no practice logged counts as 0 minutes.',
  },
  {
    id: 'magnesium-next-sleep',
    x: 'magnesiumMg',
    y: 'sleepQuality',
    lagDays: 1,
    label: 'Magnesium intake → that night’s sleep quality',
    yWhen: 'sleep quality that night',
    note: 'Food from the meal plan plus supplement doses logged as taken, on days with meals planned, beside the quality of the night that followed.',
  },
  {
    id: 'sleep-mood',
    x: 'sleepHours',
    y: 'mood',
    lagDays: 0,
    label: 'Sleep duration → mood',
    yWhen: 'mood',
    note: 'The night you woke from that morning, beside that day’s mood rating.',
  },
];

/** Every daily series the pairs use, over [from, to]; a day is absent where its value is unknown. */
export function dailySeries(input: DailyInputs): DailySeries {
  const out = Object.fromEntries(seriesIds.map((id) => [id, new Map<LocalDate, number>()])) as DailySeries;
  const quality = new Map<LocalDate, number>();
  for (const log of input.sleepLogs) {
    if (log.quality !== null) quality.set(log.date, log.quality);
    if (log.bedtime && log.wakeTime) {
      const night = { date: log.date, bedtime: log.bedtime, wakeTime: log.wakeTime };
      out.sleepHours.set(log.date, nightInstants(night, input.timeZone).durationMinutes / 60);
    }
  }
  const rated = new Set<LocalDate>();
  for (const c of input.checkins) {
    for (const field of ['focus', 'mood', 'irritability'] as const) {
      const value = c[field];
      if (value !== null) out[field].set(c.date, value);
    }
    // The check-in's own rating wins; it starts from the sleep log's, so they rarely differ.
    if (c.sleepQuality !== null) out.sleepQuality.set(c.date, c.sleepQuality);
    if (c.focus !== null || c.mood !== null || c.irritability !== null) rated.add(c.date);
  }
  for (const [date, value] of quality) if (!out.sleepQuality.has(date)) out.sleepQuality.set(date, value);
  // Minutes: a rated day without a log is taken as a day without exercise or practice, not unknown.
  for (const date of datesBetween(input.from, input.to)) {
    if (!rated.has(date)) continue;
    out.exerciseMinutes.set(date, 0);
    out.practiceMinutes.set(date, 0);
  }
  for (const s of input.exercise)
    out.exerciseMinutes.set(s.date, (out.exerciseMinutes.get(s.date) ?? 0) + s.minutes);
  for (const p of input.practices)
    out.practiceMinutes.set(p.date, (out.practiceMinutes.get(p.date) ?? 0) + p.minutes);
  for (const day of input.supplementAdherence)
    if (day.share !== null) out.supplementAdherence.set(day.date, Math.round(day.share * 100));
  if (input.foodMagnesium) {
    for (const [date, food] of Object.entries(input.foodMagnesium)) {
      if (food.itemCount === 0) continue;
      out.magnesiumMg.set(date, food.magnesiumMg + (input.supplementTakenMg?.[date]?.takenMg ?? 0));
    }
  }
  return out;
}

const strength = (rho: number): string =>
  Math.abs(rho) < 0.1
    ? 'about the same'
    : Math.abs(rho) < 0.3
      ? 'a little'
      : Math.abs(rho) < 0.5
        ? 'somewhat'
        : 'clearly';

/**
 * One or two sentences on what the figures say, never that anything works: a link in the person's own
 * notes, whether the interval leaves room for chance, and nothing about cause.
 */
export function linkSentence(pair: LinkPair, result: LinkResult): string {
  const x = seriesNames[pair.x].name;
  const y = seriesNames[pair.y].name;
  const yWhen = pair.yWhen;
  if (result.status === 'too-few')
    return `There are ${result.pairedDays} days with both ${x} and ${yWhen} so far; figures appear from ${result.needed}.`;
  if (result.rho.kind === 'constant') {
    const still = result.rho.series === 'x' ? x : y;
    return `Your ${still} was the same on every paired day, so there is nothing to relate it to: no correlation can be given.`;
  }
  const rho = result.rho.estimate;
  const words = strength(rho);
  const chance = result.rho.includesNoEffect
    ? 'the interval includes no difference, so this could be chance.'
    : 'the interval does not include zero, but it is still a link in your notes, not a cause.';
  if (words === 'about the same') return `On days with more ${x}, ${yWhen} was about the same; ${chance}`;
  return `On days with more ${x}, ${yWhen} was ${words} ${rho > 0 ? 'higher' : 'lower'}; ${chance}`;
}
