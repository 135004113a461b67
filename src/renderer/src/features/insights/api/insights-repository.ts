// Check-ins (this feature's fields only) and the read-only history Insights sets beside them.
import type { LocalDate } from '@shared/dates/local-date';
import { checkinInputSchema } from '@shared/wellbeing/checkin-trends';
import { adherenceByDay, type DayAdherence } from '@shared/wellbeing/adherence';
import { datesBetween } from '@shared/dates/calendar';
import { parseOrThrow, profileToday } from '../../../db/repositories/profile';
import type { CheckinRow, SteadyweekDb } from '../../../db/schema';

export interface DayHistory extends DayAdherence {
  /** Supplement doses marked taken (on time or late) that day. */
  dosesTaken: number;
  dosesSkipped: number;
}

const noSideEffects: CheckinRow['sideEffects'] = {
  diarrhoea: 'none',
  nausea: 'none',
  cramps: 'none',
  other: 'none',
};

export function createInsightsRepository(db: SteadyweekDb, now: () => number = Date.now) {
  return {
    async checkinsBetween(from: LocalDate, to: LocalDate): Promise<CheckinRow[]> {
      return db.checkins.where('date').between(from, to, true, true).sortBy('date');
    },

    async getCheckin(date: LocalDate): Promise<CheckinRow | null> {
      return (await db.checkins.get(date)) ?? null;
    },

    /**
     * Writes focus, mood, irritability, restlessness, sleep quality and notes for a day. The same row
     * holds the supplement screen's side effects, so it is read and merged in one transaction and
     * those fields are kept as they are (or start as "none" on a new row).
     */
    async saveCheckin(input: unknown): Promise<CheckinRow> {
      const parsed = parseOrThrow(checkinInputSchema(await profileToday(db, now())), input, 'check-in');
      return db.transaction('rw', db.checkins, async () => {
        const existing = await db.checkins.get(parsed.date);
        const row: CheckinRow = {
          sideEffects: { ...noSideEffects },
          otherSideEffect: '',
          ...existing,
          date: parsed.date,
          focus: parsed.focus,
          mood: parsed.mood,
          irritability: parsed.irritability,
          restlessness: parsed.restlessness,
          sleepQuality: parsed.sleepQuality,
          notes: parsed.notes,
          updatedAtEpochMs: now(),
        };
        await db.checkins.put(row);
        return row;
      });
    },

    /** The quality rating from the sleep log of the night ending on `date`, to start a check-in from. */
    async sleepLogQuality(date: LocalDate): Promise<number | null> {
      return (await db.sleepLogs.get(date))?.quality ?? null;
    },

    /** Per day: planned routine occurrences, how many were done, and supplement doses taken. */
    async historyBetween(from: LocalDate, to: LocalDate): Promise<DayHistory[]> {
      return db.transaction('r', db.routines, db.completions, db.doses, async () => {
        const [routines, completions, doses] = await Promise.all([
          db.routines.toArray(),
          db.completions.where('date').between(from, to, true, true).toArray(),
          db.doses.where('date').between(from, to, true, true).toArray(),
        ]);
        const taken = new Map<LocalDate, number>();
        const skipped = new Map<LocalDate, number>();
        for (const dose of doses) {
          const map = dose.status === 'skipped' ? skipped : taken;
          map.set(dose.date, (map.get(dose.date) ?? 0) + 1);
        }
        return adherenceByDay(routines, completions, datesBetween(from, to)).map((day) => ({
          ...day,
          dosesTaken: taken.get(day.date) ?? 0,
          dosesSkipped: skipped.get(day.date) ?? 0,
        }));
      });
    },
  };
}
