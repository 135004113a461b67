// Reminder actions waiting for the renderer: persisted atomically in userData, redelivered until acknowledged.
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { reminderActionSchema, type OccurrenceRef, type ReminderAction } from '@shared/ipc/contract';
import { writeAtomically } from './files/atomic-write';
import { readJsonFile } from './files/json-file';

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
  let actions = load(deps.filePath, onError, now);
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

function load(
  filePath: string,
  onError: NonNullable<OutboxDeps['onError']>,
  now: () => number,
): ReminderAction[] {
  // An unreadable outbox is kept aside as `.corrupt-<time>`; the app starts empty rather than refuse to run.
  return readJsonFile(filePath, outboxFileSchema, { now, log: onError })?.actions ?? [];
}
