// A fresh database on fake-indexeddb for each test.
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { createCompletionsRepository } from '../../src/renderer/src/data/completions/completions-repository';
import { createRoutinesRepository } from '../../src/renderer/src/data/routines/routines-repository';
import { createProfileRepository } from '../../src/renderer/src/data/profile/profile-repository';
import { createDb } from '../../src/renderer/src/db/schema';

let counter = 0;

export function createTestDb() {
  counter += 1;
  return createDb({ name: `steadyweek-test-${counter}`, indexedDB: new IDBFactory(), IDBKeyRange });
}

/**
 * Onboards a test database (31–50, female, Europe/Berlin, week from Monday) at `now`, and gives routine
 * and completion repositories whose new routines get the ids r1, r2, ….
 */
export async function onboardedRepositories(db: ReturnType<typeof createDb>, now: number) {
  await createProfileRepository(db, () => now).completeOnboarding({
    lifeStage: { ageBand: '31-50', sex: 'female', reproductiveStatus: 'none' },
    timeZone: 'Europe/Berlin',
    weekStart: 1,
    units: 'metric',
  });
  let id = 0;
  const routines = createRoutinesRepository(
    db,
    () => now,
    () => `r${(id += 1)}`,
  );
  return {
    routines,
    completions: createCompletionsRepository(
      db,
      async () => (await import('../../src/renderer/src/data/completions/occurrence-logs')).occurrenceLogs,
      () => now,
    ),
  };
}

/** A routine, as the form gives it: every day at 18:00 since 2026-01-01. */
export const dailyRoutine = (title: string) =>
  ({
    category: 'exercise',
    title,
    notes: '',
    schedule: { kind: 'daily', times: ['18:00'] },
    startDate: '2026-01-01',
    endDate: null,
    paused: false,
    reminder: { enabled: true, nag: null },
  }) as const;
