// Check-ins (owner of `checkins`, one row a day): the one writer of that row, whether Insights saves the
// ratings or the supplement screen saves the day's side effects.
import type { LocalDate } from '@shared/dates/local-date';
import { sideEffectsInputSchema } from '@shared/magnesium/side-effects-input';
import { checkinInputSchema } from '@shared/wellbeing/checkin-trends';
import type { CheckinRow, SteadyweekDb } from '../../db/schema';
import { profileToday } from '../profile/profile-repository';
import { parseOrThrow } from '../validation';

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
