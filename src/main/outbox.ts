// Reminder actions waiting for the renderer: persisted atomically in userData, redelivered until acknowledged.
import { randomUUID } from 'node:crypto';
import {
  closeSync,
  fsyncSync,
  openSync,
  readFileSync,
  renameSync,
  writeSync,
  existsSync,
  copyFileSync,
} from 'node:fs';
import { z } from 'zod';
import { reminderActionSchema, type OccurrenceRef, type ReminderAction } from '@shared/ipc/contract';

const outboxFileSchema = z.object({ version: z.literal(1), actions: z.array(reminderActionSchema) });

export interface OutboxDeps {
  filePath: string;
  /** Delivers one action to the renderer; false when nothing could be sent. */
  send: (action: ReminderAction) => boolean;
  now?: () => number;
  newId?: () => string;
  onError?: (message: string, error: unknown) => void;
}

export interface EnqueueInput {
  occurrence: OccurrenceRef;
  action: 'done' | 'snooze';
  snoozeMinutes: number | null;
}

export interface Outbox {
  enqueue(input: EnqueueInput): ReminderAction;
  markRendererReady(ready: boolean): void;
  deliverPending(): void;
  ack(actionId: string): void;
  pending(): ReminderAction[];
}

export function createOutbox(deps: OutboxDeps): Outbox {
  const now = deps.now ?? Date.now;
  const newId = deps.newId ?? randomUUID;
  const onError = deps.onError ?? ((message, error) => console.error(`[outbox] ${message}`, error));
  let actions = load(deps.filePath, onError);
  let rendererReady = false;

  function persist() {
    try {
      writeAtomically(deps.filePath, JSON.stringify({ version: 1, actions }));
    } catch (error) {
      // The actions stay in memory and are retried on the next write.
      onError('could not save pending reminder actions', error);
    }
  }

  function deliver(action: ReminderAction) {
    try {
      deps.send(action);
    } catch (error) {
      onError('could not deliver a reminder action', error);
    }
  }

  return {
    enqueue(input) {
      const action = reminderActionSchema.parse({
        actionId: newId(),
        occurrence: input.occurrence,
        action: input.action,
        snoozeMinutes: input.action === 'snooze' ? input.snoozeMinutes : null,
        atEpochMs: now(),
      });
      actions = [...actions, action];
      persist();
      if (rendererReady) deliver(action);
      return action;
    },
    markRendererReady(ready) {
      rendererReady = ready;
    },
    deliverPending() {
      if (!rendererReady) return;
      for (const action of actions) deliver(action);
    },
    ack(actionId) {
      const next = actions.filter((action) => action.actionId !== actionId);
      if (next.length === actions.length) return;
      actions = next;
      persist();
    },
    pending() {
      return [...actions];
    },
  };
}

function load(filePath: string, onError: NonNullable<OutboxDeps['onError']>): ReminderAction[] {
  if (!existsSync(filePath)) return [];
  let text: string;
  try {
    text = readFileSync(filePath, 'utf8');
  } catch (error) {
    onError('could not read pending reminder actions; starting empty', error);
    return [];
  }
  try {
    return outboxFileSchema.parse(JSON.parse(text)).actions;
  } catch (error) {
    // Keep the unreadable file for inspection; start empty rather than refuse to run.
    try {
      copyFileSync(filePath, `${filePath}.corrupt`);
    } catch (copyError) {
      onError('could not keep a copy of the unreadable outbox', copyError);
    }
    onError(`pending reminder actions were unreadable; kept a copy at ${filePath}.corrupt`, error);
    return [];
  }
}

/** Writes a temp file, flushes it to disk, then renames it over the target: readers see old or new, never half. */
export function writeAtomically(filePath: string, text: string): void {
  const tempPath = `${filePath}.${process.pid}.tmp`;
  const fd = openSync(tempPath, 'w', 0o600);
  try {
    writeSync(fd, text);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(tempPath, filePath);
}
