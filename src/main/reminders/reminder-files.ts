// The reminder rules and engine state on disk in userData: read defensively, written atomically.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { reminderRulesPayloadSchema, type ReminderRulesPayload } from '@shared/ipc/contract';
import { initialEngineState, type ReminderEngineState } from '@shared/reminders/engine';
import { writeAtomically } from '../outbox';

export function reminderFilePaths(userDataPath: string) {
  return {
    rules: join(userDataPath, 'reminder-rules.json'),
    state: join(userDataPath, 'reminder-state.json'),
  };
}

function readJson(filePath: string): unknown {
  if (!existsSync(filePath)) return null;
  try {
    return JSON.parse(readFileSync(filePath, 'utf8')) as unknown;
  } catch (error) {
    console.warn(`[reminders] could not read ${filePath}; starting without it`, error);
    return null;
  }
}

/** The last rules the renderer sent, so reminders work with the window closed and after a restart. */
export function loadRules(filePath: string): ReminderRulesPayload | null {
  const parsed = reminderRulesPayloadSchema.safeParse(readJson(filePath));
  return parsed.success ? parsed.data : null;
}

export function loadState(filePath: string): ReminderEngineState {
  const raw = readJson(filePath) as Partial<ReminderEngineState> | null;
  if (!raw || raw.version !== 1 || typeof raw.fired !== 'object') return initialEngineState();
  return { ...initialEngineState(), ...raw };
}

export function saveJson(filePath: string, value: unknown): void {
  try {
    writeAtomically(filePath, JSON.stringify(value));
  } catch (error) {
    // Kept in memory; the next change tries again.
    console.error(`[reminders] could not save ${filePath}`, error);
  }
}
