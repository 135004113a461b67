// The reminder engine: a pure state machine. Given rules, settings, persisted state and "now", it says what to notify.
import { pauseInForce } from './pause';
import type { OccurrenceRef, ReminderSettings } from '../ipc/contract';
import type { ReminderRule } from '../routines/schedule';
import { localTimeAt } from '../dates/calendar';
import { isInQuietHours } from './quiet-hours';
import { candidatesFor, firstDueFrom, occurrenceIdOf, type Candidate } from './candidates';

/**
 * What the engine remembers between ticks (persisted by main in userData, by the page in
 * localStorage). Keys are occurrence ids: `${routineId}|${YYYY-MM-DD}T${HH:mm}` (or `|YYYY-MM-DD`
 * for a flexible routine's nudge). Local keys, not instants: after a time-zone change the same
 * occurrence keeps its id, so what has fired never fires again.
 */
export interface ReminderEngineState {
  version: 1;
  /** First tick ever: nothing due before it is reported as missed. */
  startedAtEpochMs: number | null;
  lastTickEpochMs: number | null;
  timeZone: string | null;
  /** Occurrence id → when it fired (or was passed over while paused/disabled). */
  fired: Record<string, number>;
  /** Occurrence id → snooze; `fired` once the snoozed reminder was shown. */
  snoozes: Record<string, { untilEpochMs: number; fired: boolean }>;
  /** Occurrence id → nag bookkeeping, for rules with `nag`, until acknowledged or settled. */
  nags: Record<string, { count: number; lastAtEpochMs: number }>;
  /** Occurrence id → when the person acknowledged it (clicked the notification): no more nags. */
  acknowledged: Record<string, number>;
  pausedUntilEpochMs: number | null;
}

export type DueReason = 'due' | 'snoozed' | 'nag' | 'nudge';
export type GroupedReason = 'missed' | 'quiet-hours';

export interface DueNotice {
  kind: 'due';
  reason: DueReason;
  id: string;
  occurrence: OccurrenceRef;
  title: string;
  body: string;
  dueEpochMs: number;
  /** 0 for the first reminder; 1, 2, … for nags. */
  attempt: number;
}

export interface GroupedItem {
  id: string;
  occurrence: OccurrenceRef;
  title: string;
  dueEpochMs: number;
  reason: GroupedReason;
}

/** Several reminders shown once, together: missed while asleep/closed, or held by quiet hours. */
export interface GroupedNotice {
  kind: 'grouped';
  title: string;
  body: string;
  items: GroupedItem[];
}

export type ReminderNotice = DueNotice | GroupedNotice;

export interface TickInput {
  rules: readonly ReminderRule[];
  settings: ReminderSettings;
  state: ReminderEngineState;
  nowEpochMs: number;
}

export interface TickResult {
  state: ReminderEngineState;
  notices: ReminderNotice[];
  /** Whether anything other than the tick time changed (worth persisting at once). */
  changed: boolean;
  /** The next instant something may be due; adapters wake then (and at least every 30 s). */
  nextWakeEpochMs: number | null;
}

export const TICK_INTERVAL_MS = 30_000;
/** A gap between ticks longer than this (3 ticks) means sleep or a closed app: what fell in it is "missed". */
export const GAP_THRESHOLD_MS = 3 * TICK_INTERVAL_MS;
/** Missed reminders older than this are not reported at all. */
export const MISSED_LOOKBACK_MS = 24 * 3_600_000;
/** Bookkeeping older than this is dropped. */
const KEEP_MS = 4 * 86_400_000;

export function initialEngineState(): ReminderEngineState {
  return {
    version: 1,
    startedAtEpochMs: null,
    lastTickEpochMs: null,
    timeZone: null,
    fired: {},
    snoozes: {},
    nags: {},
    acknowledged: {},
    pausedUntilEpochMs: null,
  };
}

/** Pause every reminder until an instant (null resumes). Occurrences due while paused are passed over. */
export function pauseReminders(state: ReminderEngineState, untilEpochMs: number | null): ReminderEngineState {
  return { ...state, pausedUntilEpochMs: untilEpochMs };
}

/** Remind again about an occurrence at `untilEpochMs`; it stops nagging meanwhile. */
export function snoozeOccurrence(
  state: ReminderEngineState,
  id: string,
  untilEpochMs: number,
): ReminderEngineState {
  const nags = { ...state.nags };
  delete nags[id];
  return { ...state, snoozes: { ...state.snoozes, [id]: { untilEpochMs, fired: false } }, nags };
}

/** The person saw it (clicked the notification): no more nags for it. */
export function acknowledgeOccurrence(
  state: ReminderEngineState,
  id: string,
  nowEpochMs: number,
): ReminderEngineState {
  const nags = { ...state.nags };
  delete nags[id];
  return { ...state, nags, acknowledged: { ...state.acknowledged, [id]: nowEpochMs } };
}

export { occurrenceIdOf };

/** One tick: decide what to show now and return the new state. Pure; `now` is a parameter. */
export function tick({ rules, settings, state: previous, nowEpochMs: now }: TickInput): TickResult {
  const zone = settings.timeZone;
  const { candidates, candidatesById, rulesById, settledById } = candidatesFor(
    rules,
    zone,
    now,
    settings.weekStart ?? 1,
  );
  const draft = copyOnWrite(previous);
  const notices: ReminderNotice[] = [];
  const grouped: GroupedItem[] = [];

  if (draft.read.startedAtEpochMs === null) draft.write().startedAtEpochMs = now;
  if (draft.read.timeZone !== zone) draft.write().timeZone = zone;
  const pausedUntil = draft.read.pausedUntilEpochMs;
  if (pausedUntil !== null && pauseInForce(pausedUntil, now) === null)
    draft.write().pausedUntilEpochMs = null;
  const paused = draft.read.pausedUntilEpochMs !== null;
  const silent = paused || !settings.enabled;
  const quiet = isInQuietHours(localTimeAt(now, zone), settings.quietHours);

  const lastTick = previous.lastTickEpochMs;
  const afterGap = lastTick === null || now - lastTick > GAP_THRESHOLD_MS;
  const lowerBound = Math.max(draft.read.startedAtEpochMs ?? now, now - MISSED_LOOKBACK_MS);
  const isSettled = (candidate: Candidate) =>
    settledById.get(candidate.routineId)?.has(candidate.key) ?? false;

  // 1. Occurrences that have come due.
  for (let index = firstDueFrom(candidates, lowerBound); index < candidates.length; index += 1) {
    const candidate = candidates[index]!;
    if (candidate.dueEpochMs > now) break;
    if (draft.read.fired[candidate.id] !== undefined || isSettled(candidate)) continue;
    if (silent) {
      draft.write().fired[candidate.id] = now;
      continue;
    }
    if (quiet) continue; // held until quiet hours end, then reported together
    const onTime = !afterGap && lastTick !== null && candidate.dueEpochMs > lastTick;
    draft.write().fired[candidate.id] = now;
    if (onTime) {
      notices.push(dueNotice(candidate, candidate.nudge ? 'nudge' : 'due', 0));
      const nag = rulesById.get(candidate.routineId)?.nag;
      if (nag && !candidate.nudge) draft.write().nags[candidate.id] = { count: 0, lastAtEpochMs: now };
    } else {
      const dueTime = localTimeAt(candidate.dueEpochMs, zone);
      grouped.push({
        id: candidate.id,
        occurrence: candidate.occurrence,
        title: candidate.title,
        dueEpochMs: candidate.dueEpochMs,
        reason: isInQuietHours(dueTime, settings.quietHours) ? 'quiet-hours' : 'missed',
      });
    }
  }

  // 2. Snoozes: from this engine's own Snooze actions and from the app (rule.snoozed).
  for (const rule of rules) {
    for (const snooze of rule.snoozed ?? []) {
      const id = occurrenceIdOf(rule.routineId, snooze.key);
      const known = draft.read.snoozes[id];
      if (!known || known.untilEpochMs < snooze.untilEpochMs)
        draft.write().snoozes[id] = { untilEpochMs: snooze.untilEpochMs, fired: false };
    }
  }
  for (const [id, snooze] of Object.entries(draft.read.snoozes)) {
    const candidate = candidatesById.get(id);
    if (snooze.fired || now < snooze.untilEpochMs) continue;
    if (!candidate || isSettled(candidate) || silent) {
      draft.write().snoozes[id] = { ...snooze, fired: true };
      continue;
    }
    if (quiet) continue;
    draft.write().snoozes[id] = { ...snooze, fired: true };
    notices.push(dueNotice(candidate, 'snoozed', 0));
    if (rulesById.get(candidate.routineId)?.nag) draft.write().nags[id] = { count: 0, lastAtEpochMs: now };
  }

  // 3. Nags: again at the rule's interval, up to its count, until done, skipped, snoozed or clicked.
  for (const [id, nagState] of Object.entries(draft.read.nags)) {
    const candidate = candidatesById.get(id);
    const nag = candidate ? rulesById.get(candidate.routineId)?.nag : null;
    const snooze = draft.read.snoozes[id];
    const snoozedNow = snooze !== undefined && !snooze.fired;
    if (
      !candidate ||
      !nag ||
      isSettled(candidate) ||
      draft.read.acknowledged[id] !== undefined ||
      snoozedNow ||
      nagState.count >= nag.maxCount
    ) {
      delete draft.write().nags[id];
      continue;
    }
    if (silent || quiet) continue;
    if (now - nagState.lastAtEpochMs < nag.intervalMinutes * 60_000) continue;
    draft.write().nags[id] = { count: nagState.count + 1, lastAtEpochMs: now };
    notices.push(dueNotice(candidate, 'nag', nagState.count + 1));
  }

  if (grouped.length > 0) notices.push(groupedNotice(grouped));
  // Bookkeeping only grows when something was written, so only then is it worth pruning.
  if (draft.dirty) prune(draft, now);
  const changed = draft.dirty;
  const state = { ...draft.read, lastTickEpochMs: now };
  return { state, notices, changed, nextWakeEpochMs: nextWake(state, candidates, rulesById, now) };
}

function dueNotice(candidate: Candidate, reason: DueReason, attempt: number): DueNotice {
  const at = candidate.occurrence.plannedTime;
  const body =
    reason === 'nudge'
      ? candidate.nudgeText
      : reason === 'snoozed'
        ? `Snoozed reminder${at ? ` (planned for ${at})` : ''}.`
        : reason === 'nag'
          ? `Still open${at ? ` since ${at}` : ''}. Mark it done, or snooze it.`
          : at
            ? `Planned for ${at}.`
            : 'Planned for today.';
  return {
    kind: 'due',
    reason,
    id: candidate.id,
    occurrence: candidate.occurrence,
    title: candidate.title,
    body,
    dueEpochMs: candidate.dueEpochMs,
    attempt,
  };
}

function groupedNotice(items: GroupedItem[]): GroupedNotice {
  const onlyQuiet = items.every((item) => item.reason === 'quiet-hours');
  const count = items.length;
  const title = onlyQuiet
    ? `${count} reminder${count === 1 ? '' : 's'} from quiet hours`
    : `${count} reminder${count === 1 ? '' : 's'} you missed`;
  const listed = items
    .slice(0, 5)
    .map((item) => `${item.title}${item.occurrence.plannedTime ? ` (${item.occurrence.plannedTime})` : ''}`)
    .join(', ');
  const more = count > 5 ? ` and ${count - 5} more` : '';
  return { kind: 'grouped', title, body: `${listed}${more}. Open Today to catch up.`, items };
}

function nextWake(
  state: ReminderEngineState,
  candidates: readonly Candidate[],
  rulesById: ReadonlyMap<string, ReminderRule>,
  now: number,
): number | null {
  let next = Number.POSITIVE_INFINITY;
  for (let index = firstDueFrom(candidates, now + 1); index < candidates.length; index += 1) {
    const candidate = candidates[index]!;
    if (state.fired[candidate.id] === undefined) {
      next = candidate.dueEpochMs;
      break;
    }
  }
  for (const snooze of Object.values(state.snoozes))
    if (!snooze.fired && snooze.untilEpochMs > now) next = Math.min(next, snooze.untilEpochMs);
  for (const [id, nagState] of Object.entries(state.nags)) {
    const routineId = id.slice(0, id.lastIndexOf('|'));
    const nag = rulesById.get(routineId)?.nag;
    if (nag) next = Math.min(next, nagState.lastAtEpochMs + nag.intervalMinutes * 60_000);
  }
  if (state.pausedUntilEpochMs !== null) next = Math.min(next, state.pausedUntilEpochMs);
  return Number.isFinite(next) ? next : null;
}

function prune(draft: ReturnType<typeof copyOnWrite>, now: number): void {
  const oldest = now - KEEP_MS;
  for (const [id, at] of Object.entries(draft.read.fired)) if (at < oldest) delete draft.write().fired[id];
  for (const [id, at] of Object.entries(draft.read.acknowledged))
    if (at < oldest) delete draft.write().acknowledged[id];
  for (const [id, snooze] of Object.entries(draft.read.snoozes))
    if (snooze.fired && snooze.untilEpochMs < oldest) delete draft.write().snoozes[id];
}

/** Copies the state (one level of maps) the first time something is written, so unchanged ticks allocate nothing. */
function copyOnWrite(state: ReminderEngineState) {
  let current = state;
  let dirty = false;
  return {
    get read() {
      return current;
    },
    get dirty() {
      return dirty;
    },
    write() {
      if (!dirty) {
        current = {
          ...state,
          fired: { ...state.fired },
          snoozes: { ...state.snoozes },
          nags: { ...state.nags },
          acknowledged: { ...state.acknowledged },
        };
        dirty = true;
      }
      return current;
    },
  };
}
