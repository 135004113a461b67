// Waits until every write transaction started so far has committed (used before the app quits).
import { db } from './db';

export async function flushWrites(): Promise<void> {
  // A read-write transaction over every table queues behind all open ones; when it ends, they have committed.
  await db.transaction('rw', db.tables, async () => {});
}
