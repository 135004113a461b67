// Sleep (owner of `sleepLogs`, one per wake-up date, and `sleepTarget`): read, validate, write.
import { z } from 'zod';
import { timeOfDaySchema, type LocalDate } from '@shared/dates/local-date';
import { sleepLogInputSchema } from '@shared/wellbeing/sleep';
import type { SleepLogRow, SteadyweekDb } from '../../db/schema';
import { deleteRows } from '../deletions';
import { parseOrThrow } from '../validation';

export const sleepTargetSchema = z.object({ bedtime: timeOfDaySchema, wakeTime: timeOfDaySchema });
export type SleepTarget = z.infer<typeof sleepTargetSchema>;

export const defaultSleepTarget: SleepTarget = { bedtime: '23:00', wakeTime: '07:00' };

export function createSleepRepository(db: SteadyweekDb, now: () => number = Date.now) {
  return {
    async listBetween(from: LocalDate, to: LocalDate): Promise<SleepLogRow[]> {
      return db.sleepLogs.where('date').between(from, to, true, true).sortBy('date');
    },

    /** Saves (or replaces) the night that ended on `input.date`. */
    async save(input: unknown, context: { timeZone: string; today: LocalDate }): Promise<SleepLogRow> {
      const row: SleepLogRow = {
        ...parseOrThrow(sleepLogInputSchema(context.timeZone, context.today), input, 'sleep'),
        updatedAtEpochMs: now(),
      };
      await db.sleepLogs.put(row);
      return row;
    },

    async remove(date: LocalDate): Promise<void> {
      await db.transaction('rw', ['sleepLogs', 'deletions'], () =>
        deleteRows(db, 'sleepLogs', [date], now()),
      );
    },

    async qualityOn(date: LocalDate): Promise<number | null> {
      return (await db.sleepLogs.get(date))?.quality ?? null;
    },

    async getTarget(): Promise<SleepTarget> {
      const stored = sleepTargetSchema.safeParse(await db.sleepTarget.get('me'));
      return stored.success ? stored.data : defaultSleepTarget;
    },

    async saveTarget(input: unknown): Promise<SleepTarget> {
      const target = parseOrThrow(sleepTargetSchema, input, 'sleep schedule');
      await db.sleepTarget.put({ ...target, id: 'me', updatedAtEpochMs: now() });
      return target;
    },
  };
}
export type SleepRepository = ReturnType<typeof createSleepRepository>;
