// The reminder rules and engine state on disk in userData: parsed with a schema when loaded, written atomically.
import { join } from 'node:path';
import { z } from 'zod';
import { reminderRulesPayloadSchema, type ReminderRulesPayload } from '@shared/ipc/contract';
import { epochMsSchema } from '@shared/dates/local-date';
import { initialEngineState, type ReminderEngineState } from '@shared/reminders/engine';
import { writeAtomically } from '../files/atomic-write';
import { readJsonFile } from '../files/json-file';

export function reminderFilePaths(userDataPath: string) {
  return {
    rules: join(userDataPath, 'reminder-rules.json'),
    state: join(userDataPath, 'reminder-state.json'),
  };
}

const occurrenceIdSchema = z.string().max(300);
const instantSchema = epochMsSchema;

/** The engine's state as it may be on disk: anything else (a null map, a string for a time) starts fresh. */
const engineStateFileSchema = z.object({
  version: z.literal(1),
  startedAtEpochMs: instantSchema.nullable(),
  lastTickEpochMs: instantSchema.nullable(),
  timeZone: z.string().max(100).nullable(),
  fired: z.record(occurrenceIdSchema, instantSchema),
  snoozes: z.record(occurrenceIdSchema, z.object({ untilEpochMs: instantSchema, fired: z.boolean() })),
  nags: z.record(
    occurrenceIdSchema,
    z.object({ count: z.number().int().nonnegative(), lastAtEpochMs: instantSchema }),
  ),
  acknowledged: z.record(occurrenceIdSchema, instantSchema),
  pausedUntilEpochMs: instantSchema.nullable(),
}) satisfies z.ZodType<ReminderEngineState>;

/** The last rules the renderer sent, so reminders work with the window closed and after a restart. */
export function loadRules(filePath: string): ReminderRulesPayload | null {
  return readJsonFile(filePath, reminderRulesPayloadSchema);
}

export function loadState(filePath: string): ReminderEngineState {
  return readJsonFile(filePath, engineStateFileSchema) ?? initialEngineState();
}

export function saveJson(filePath: string, value: unknown): void {
  try {
    writeAtomically(filePath, JSON.stringify(value));
  } catch (error) {
    // Kept in memory; the next change tries again.
    console.error(`[reminders] could not save ${filePath}`, error);
  }
}
