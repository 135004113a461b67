// The occurrences a tick looks at (yesterday, today, tomorrow in the zone), memoised per rules list.
import type { OccurrenceRef } from '../ipc/contract';
import type { ReminderRule } from '../routines/schedule';
import { flexibleProgress } from '../recurrence/flexible';
import { addDays, instantOfLocalTime, localDateAt, type WeekStartDay } from '../dates/calendar';
import { occurrenceKey, occurrencesInRange } from '../recurrence/occurrences';

export interface Candidate {
  id: string;
  routineId: string;
  key: string;
  title: string;
  occurrence: OccurrenceRef;
  dueEpochMs: number;
  /** A "N times a week" nudge rather than a planned occurrence. */
  nudge: boolean;
  nudgeText: string;
}

export interface CandidateSet {
  candidates: Candidate[];
  candidatesById: Map<string, Candidate>;
  rulesById: Map<string, ReminderRule>;
  settledById: Map<string, Set<string>>;
}

export function occurrenceIdOf(routineId: string, key: string): string {
  return `${routineId}|${key}`;
}

// Rules change rarely (a sync) and days change once a day, so most ticks reuse the last answer.
const memo = new WeakMap<readonly ReminderRule[], { key: string; value: CandidateSet }>();

export function candidatesFor(
  rules: readonly ReminderRule[],
  timeZone: string,
  nowEpochMs: number,
  weekStart: WeekStartDay,
): CandidateSet {
  const today = localDateAt(nowEpochMs, timeZone);
  const key = `${timeZone}|${today}|${weekStart}`;
  const cached = memo.get(rules);
  if (cached?.key === key) return cached.value;
  const value = build(rules, timeZone, today, weekStart);
  memo.set(rules, { key, value });
  return value;
}

function build(
  rules: readonly ReminderRule[],
  timeZone: string,
  today: string,
  weekStart: WeekStartDay,
): CandidateSet {
  const from = addDays(today, -1);
  const to = addDays(today, 1);
  const candidates: Candidate[] = [];
  const rulesById = new Map<string, ReminderRule>();
  const settledById = new Map<string, Set<string>>();
  for (const rule of rules) {
    rulesById.set(rule.routineId, rule);
    const settled = new Set(rule.settledOccurrences);
    settledById.set(rule.routineId, settled);
    for (const occurrence of occurrencesInRange(rule, from, to, timeZone)) {
      candidates.push({
        id: occurrenceIdOf(rule.routineId, occurrence.key),
        routineId: rule.routineId,
        key: occurrence.key,
        title: rule.title,
        occurrence: { routineId: rule.routineId, date: occurrence.date, plannedTime: occurrence.plannedTime },
        dueEpochMs: occurrence.dueEpochMs,
        nudge: false,
        nudgeText: '',
      });
    }
    const { schedule } = rule;
    if (schedule.kind !== 'times-per-week' || !schedule.nudgeTime || rule.paused) continue;
    const completedDates = [...settled].filter((entry) => entry.length === 10);
    for (const date of [from, today, to]) {
      if (date < rule.startDate || (rule.endDate !== null && date > rule.endDate)) continue;
      const progress = flexibleProgress(schedule.count, completedDates, date, weekStart);
      if (!progress.behind) continue;
      const daysText = progress.daysLeft === 1 ? 'today is the last day' : `${progress.daysLeft} days left`;
      candidates.push({
        id: occurrenceIdOf(rule.routineId, occurrenceKey(date, null)),
        routineId: rule.routineId,
        key: occurrenceKey(date, null),
        title: rule.title,
        occurrence: { routineId: rule.routineId, date, plannedTime: null },
        dueEpochMs: instantOfLocalTime(date, schedule.nudgeTime, timeZone),
        nudge: true,
        nudgeText: `${progress.doneThisWeek} of ${schedule.count} this week, ${daysText}. Any amount counts.`,
      });
    }
  }
  candidates.sort((a, b) => a.dueEpochMs - b.dueEpochMs || a.id.localeCompare(b.id));
  const candidatesById = new Map(candidates.map((candidate) => [candidate.id, candidate]));
  return { candidates, candidatesById, rulesById, settledById };
}

/** Index of the first candidate due at or after `epochMs` (candidates are sorted by due time). */
export function firstDueFrom(candidates: readonly Candidate[], epochMs: number): number {
  let low = 0;
  let high = candidates.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (candidates[mid]!.dueEpochMs < epochMs) low = mid + 1;
    else high = mid;
  }
  return low;
}
