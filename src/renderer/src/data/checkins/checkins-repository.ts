// Check-ins (owner of `checkins`, one row a day): the one writer of that row, whether Insights saves the
// ratings or the supplement screen saves the day's side effects.
import type { LocalDate } from '@shared/dates/local-date';
import { sideEffectsInputSchema } from '@shared/magnesium/side-effects-input';
import { checkinInputSchema } from '@shared/wellbeing/checkin-trends';
import type { CheckinRow, RoutineRow, SteadyweekDb } from '../../db/schema';
import { profileToday } from '../profile/profile-repository';
import {
  deleteRoutineAndCompletions,
  readRoutine,
  writeGeneratedRoutine,
} from '../routines/routines-repository';
import { parseOrThrow } from '../validation';

// The Today check-in's schemas load with its first save, not with the first screen.
const loadDailyCheckin = () => import('@shared/wellbeing/daily-checkin');

/** The routine that puts the evening check-in on Today and in the reminder engine. */
export const eveningCheckinRoutineId = 'evening-checkin';

function eveningCheckinRoutine(
  time: string,
  existing: RoutineRow | undefined,
  today: LocalDate,
  atEpochMs: number,
): RoutineRow {
  return {
    id: eveningCheckinRoutineId,
    category: 'custom',
    title: 'Evening check-in',
    notes: existing?.notes ?? 'Focus, mood and the rest, on Today: under 20 seconds.',
    schedule: { kind: 'daily', times: [time] },
    startDate: existing?.startDate ?? today,
    endDate: null,
    paused: false,
    reminder: existing?.reminder ?? { enabled: true, nag: null },
    source: { kind: 'evening-checkin' },
    activity: null,
    createdAtEpochMs: existing?.createdAtEpochMs ?? atEpochMs,
    updatedAtEpochMs: atEpochMs,
  };
}

/** The one empty shape of a day's check-in: nothing rated, no side effects. */
export function emptyCheckin(date: LocalDate, atEpochMs: number): CheckinRow {
  return {
    date,
    focus: null,
    mood: null,
    irritability: null,
    restlessness: null,
    sleepQuality: null,
    sideEffects: { diarrhoea: 'none', nausea: 'none', cramps: 'none', other: 'none' },
    otherSideEffect: '',
    notes: '',
    updatedAtEpochMs: atEpochMs,
  };
}

export function createCheckinsRepository(db: SteadyweekDb, now: () => number = Date.now) {
  /** Reads the day's row (or the empty one), applies the patch and writes it, in one transaction. */
  function patch(date: LocalDate, change: (row: CheckinRow) => Partial<CheckinRow>): Promise<CheckinRow> {
    return db.transaction('rw', db.checkins, async () => {
      const at = now();
      const existing = (await db.checkins.get(date)) ?? emptyCheckin(date, at);
      const row: CheckinRow = { ...existing, ...change(existing), date, updatedAtEpochMs: at };
      await db.checkins.put(row);
      return row;
    });
  }

  return {
    async checkinsBetween(from: LocalDate, to: LocalDate): Promise<CheckinRow[]> {
      return db.checkins.where('date').between(from, to, true, true).sortBy('date');
    },

    async getCheckin(date: LocalDate): Promise<CheckinRow | null> {
      return (await db.checkins.get(date)) ?? null;
    },

    /** Focus, mood, irritability, restlessness, sleep quality and notes; the day's side effects stay as they are. */
    async saveCheckin(input: unknown): Promise<CheckinRow> {
      const parsed = parseOrThrow(checkinInputSchema(await profileToday(db, now())), input, 'check-in');
      return patch(parsed.date, () => ({
        focus: parsed.focus,
        mood: parsed.mood,
        irritability: parsed.irritability,
        restlessness: parsed.restlessness,
        sleepQuality: parsed.sleepQuality,
        notes: parsed.notes,
      }));
    },

    /**
     * The check-in from Today: the ratings, the digestive side effects (the ones the supplement's
     * step-back reads, in this same row) and the note, in one write. "Other" side effects stay as they are.
     */
    async saveDailyCheckin(input: unknown): Promise<CheckinRow> {
      const { dailyCheckinInputSchema } = await loadDailyCheckin();
      const parsed = parseOrThrow(dailyCheckinInputSchema(await profileToday(db, now())), input, 'check-in');
      return patch(parsed.date, (existing) => ({
        focus: parsed.focus,
        mood: parsed.mood,
        irritability: parsed.irritability,
        restlessness: parsed.restlessness,
        sleepQuality: parsed.sleepQuality,
        notes: parsed.notes,
        sideEffects: {
          ...existing.sideEffects,
          diarrhoea: parsed.diarrhoea,
          nausea: parsed.nausea,
          cramps: parsed.cramps,
        },
      }));
    },

    /** Turns the evening check-in reminder on at a time (a daily routine on Today and in reminders), or off. */
    async setEveningReminder(input: unknown): Promise<void> {
      const { eveningCheckinReminderSchema } = await loadDailyCheckin();
      const { enabled, time } = parseOrThrow(eveningCheckinReminderSchema, input, 'reminder');
      const at = now();
      const today = await profileToday(db, at);
      await db.transaction('rw', ['routines', 'completions', 'deletions'], async () => {
        const existing = await readRoutine(db, eveningCheckinRoutineId);
        if (enabled) await writeGeneratedRoutine(db, eveningCheckinRoutine(time, existing, today, at));
        else if (existing) await deleteRoutineAndCompletions(db, eveningCheckinRoutineId, at);
      });
    },

    /** The day's side effects; the ratings and notes stay as they are. */
    async saveSideEffects(input: unknown): Promise<CheckinRow> {
      const today = await profileToday(db, now());
      const parsed = parseOrThrow(sideEffectsInputSchema(today), input, 'side effect');
      return patch(parsed.date, () => ({
        sideEffects: {
          diarrhoea: parsed.diarrhoea,
          nausea: parsed.nausea,
          cramps: parsed.cramps,
          other: parsed.other,
        },
        otherSideEffect: parsed.other === 'none' ? '' : parsed.otherSideEffect,
      }));
    },
  };
}
export type CheckinsRepository = ReturnType<typeof createCheckinsRepository>;
