// Sleep (owner of `sleepLogs`, one per wake-up date, and `sleepTarget`): read, validate, write.
import { z } from 'zod';
import { timeOfDaySchema, type LocalDate } from '@shared/dates/local-date';
import { sleepLogInputSchema } from '@shared/wellbeing/sleep';
import {
  windDownInputSchema,
  windDownItems,
  windDownTime,
  type WindDownItem,
  type WindDownItemId,
} from '@shared/wellbeing/wind-down';
import type { RoutineRow, SleepLogRow, SteadyweekDb } from '../../db/schema';
import { deleteRows } from '../deletions';
import {
  deleteRoutineAndCompletions,
  readRoutine,
  writeGeneratedRoutine,
} from '../routines/routines-repository';
import { parseOrThrow } from '../validation';

export const sleepTargetSchema = z.object({ bedtime: timeOfDaySchema, wakeTime: timeOfDaySchema });
export type SleepTarget = z.infer<typeof sleepTargetSchema>;

export const defaultSleepTarget: SleepTarget = { bedtime: '23:00', wakeTime: '07:00' };

export const windDownRoutineId = (item: WindDownItemId) => `wind-down-${item}`;

/** The daily routine of one wind-down step, at its time before the target bedtime. */
function windDownRoutine(
  item: WindDownItem,
  bedtime: SleepTarget['bedtime'],
  existing: RoutineRow | undefined,
  atEpochMs: number,
  today: LocalDate,
): RoutineRow {
  return {
    id: windDownRoutineId(item.id),
    category: 'sleep',
    title: item.title,
    notes: existing?.notes ?? item.notes,
    schedule: { kind: 'daily', times: [windDownTime(bedtime, item.minutesBefore)] },
    startDate: existing?.startDate ?? today,
    endDate: null,
    paused: existing?.paused ?? false,
    reminder: existing?.reminder ?? { enabled: true, nag: null },
    source: { kind: 'wind-down', item: item.id },
    activity: null,
    createdAtEpochMs: existing?.createdAtEpochMs ?? atEpochMs,
    updatedAtEpochMs: atEpochMs,
  };
}

async function readTarget(db: SteadyweekDb): Promise<SleepTarget> {
  const stored = sleepTargetSchema.safeParse(await db.sleepTarget.get('me'));
  return stored.success ? stored.data : defaultSleepTarget;
}

const windDownTables = ['sleepTarget', 'routines', 'completions', 'deletions'] as const;

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
      return readTarget(db);
    },

    /** Saves the target, and moves the wind-down steps the person has to their times before the new bedtime. */
    async saveTarget(input: unknown): Promise<SleepTarget> {
      const target = parseOrThrow(sleepTargetSchema, input, 'sleep schedule');
      const at = now();
      await db.transaction('rw', [...windDownTables], async () => {
        await db.sleepTarget.put({ ...target, id: 'me', updatedAtEpochMs: at });
        for (const item of windDownItems) {
          const existing = await readRoutine(db, windDownRoutineId(item.id));
          if (existing)
            await writeGeneratedRoutine(
              db,
              windDownRoutine(item, target.bedtime, existing, at, existing.startDate),
            );
        }
      });
      return target;
    },

    /**
     * Keeps exactly the chosen wind-down steps as routines (each optional): a chosen step is written at
     * its time before the target bedtime, a step no longer chosen is deleted with its history.
     */
    async saveWindDown(input: unknown, today: LocalDate): Promise<void> {
      const { items } = parseOrThrow(windDownInputSchema, input, 'wind-down');
      const at = now();
      await db.transaction('rw', [...windDownTables], async () => {
        const target = await readTarget(db);
        for (const item of windDownItems) {
          const id = windDownRoutineId(item.id);
          const existing = await readRoutine(db, id);
          if (items.includes(item.id))
            await writeGeneratedRoutine(db, windDownRoutine(item, target.bedtime, existing, at, today));
          else if (existing) await deleteRoutineAndCompletions(db, id, at);
        }
      });
    },
  };
}
export type SleepRepository = ReturnType<typeof createSleepRepository>;
