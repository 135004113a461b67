// Routines that log themselves: Done writes the entry in the same transaction, Undo and Skip remove it,
// the tray's path does the same, and a hand-made entry for the occurrence is never a second one.
import { describe, expect, it } from 'vitest';
import { completionId } from '@shared/routines/day-plan';
import { weeklyMix } from '@shared/wellbeing/exercise';
import { createTestDb, dailyRoutine, onboardedRepositories } from '../../../../../tests/support/test-db';
import { createExerciseRepository } from '../exercise/exercise-repository';
import { createStressRepository } from '../stress/stress-repository';
import { ValidationError } from '../validation';

// 12:00 in Berlin on Wednesday 10 June 2026.
const now = Date.parse('2026-06-10T10:00:00Z');
const timeZone = 'Europe/Berlin';
const walk = {
  ...dailyRoutine('Brisk walk'),
  activity: { area: 'exercise', kind: 'aerobic', minutes: 30, intensity: 'moderate' },
} as const;
const occurrence = (routineId: string, date = '2026-06-10') =>
  ({ routineId, date, plannedTime: '18:00' }) as const;

async function setup() {
  const db = createTestDb();
  const repos = await onboardedRepositories(db, now);
  return {
    db,
    ...repos,
    exercise: createExerciseRepository(
      db,
      () => 'hand',
      () => now,
    ),
  };
}

describe('a routine that logs itself', () => {
  it('Done writes the session linked to the occurrence, and Undo removes it', async () => {
    const { db, routines, completions } = await setup();
    const routine = await routines.create(walk);
    await completions.setStatus({ occurrence: occurrence(routine.id), status: 'done', timeZone });
    const id = completionId(routine.id, '2026-06-10', '18:00');
    expect(await db.exerciseLogs.toArray()).toEqual([
      {
        id,
        occurrenceId: id,
        date: '2026-06-10',
        kind: 'aerobic',
        minutes: 30,
        intensity: 'moderate',
        notes: '',
        updatedAtEpochMs: now,
      },
    ]);
    await completions.reopen(occurrence(routine.id));
    expect(await db.exerciseLogs.count()).toBe(0);
    expect(await db.completions.count()).toBe(0);
  });

  it('Skip after Done removes the session: a skipped walk did not happen', async () => {
    const { db, routines, completions } = await setup();
    const routine = await routines.create(walk);
    await completions.setStatus({ occurrence: occurrence(routine.id), status: 'done', timeZone });
    await completions.setStatus({ occurrence: occurrence(routine.id), status: 'skipped', timeZone });
    expect(await db.exerciseLogs.count()).toBe(0);
  });

  it('a stress routine writes its practice', async () => {
    const { db, routines, completions } = await setup();
    const routine = await routines.create({
      ...dailyRoutine('Evening breathing'),
      category: 'stress',
      activity: { area: 'stress', kind: 'breathing', minutes: 5 },
    });
    await completions.setStatus({ occurrence: occurrence(routine.id), status: 'done', timeZone });
    const rows = await createStressRepository(db).listBetween('2026-06-10', '2026-06-10');
    expect(rows.map((r) => [r.kind, r.minutes, r.occurrenceId])).toEqual([
      ['breathing', 5, completionId(routine.id, '2026-06-10', '18:00')],
    ]);
  });

  it('a routine without an activity logs nothing', async () => {
    const { db, routines, completions } = await setup();
    const routine = await routines.create(dailyRoutine('Stretch, no log'));
    await completions.setStatus({ occurrence: occurrence(routine.id), status: 'done', timeZone });
    expect(await db.exerciseLogs.count()).toBe(0);
  });

  it('Done from the tray (the outbox action applied by the completions owner) writes it once, even delivered twice', async () => {
    const { db, routines, completions } = await setup();
    const routine = await routines.create(walk);
    const action = {
      actionId: 'a1',
      occurrence: occurrence(routine.id),
      action: 'done',
      snoozeMinutes: null,
      atEpochMs: now,
    } as const;
    expect(await completions.applyReminderAction(action, timeZone)).toBe('applied');
    expect(await completions.applyReminderAction(action, timeZone)).toBe('duplicate');
    expect((await db.exerciseLogs.toArray()).map((r) => r.minutes)).toEqual([30]);
    await completions.reopen(occurrence(routine.id));
    expect(await db.exerciseLogs.count()).toBe(0);
  });

  it('a hand-made entry for the same occurrence replaces the routine’s, so the week counts it once', async () => {
    const { routines, completions, exercise } = await setup();
    const routine = await routines.create(walk);
    await completions.setStatus({ occurrence: occurrence(routine.id), status: 'done', timeZone });
    const id = completionId(routine.id, '2026-06-10', '18:00');
    await exercise.add({
      date: '2026-06-10',
      kind: 'aerobic',
      minutes: 45,
      intensity: 'vigorous',
      notes: 'went further',
      occurrenceId: id,
    });
    // A second Done (say, from the tray) keeps what the person wrote.
    await completions.applyReminderAction(
      {
        actionId: 'a2',
        occurrence: occurrence(routine.id),
        action: 'done',
        snoozeMinutes: null,
        atEpochMs: now,
      },
      timeZone,
    );
    const rows = await exercise.listBetween('2026-06-08', '2026-06-14');
    expect(rows.map((r) => [r.id, r.minutes, r.notes])).toEqual([[id, 45, 'went further']]);
    expect(weeklyMix(rows, '2026-06-08', '2026-06-14').aerobicEquivalentMinutes).toBe(90);
  });

  it('a Done for a day to come logs nothing and saves nothing', async () => {
    const { db, routines, completions } = await setup();
    const routine = await routines.create(walk);
    const error = await completions
      .setStatus({ occurrence: occurrence(routine.id, '2026-06-12'), status: 'done', timeZone })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect(await db.completions.count()).toBe(0);
    expect(await db.exerciseLogs.count()).toBe(0);
  });

  it.each([
    ['negative minutes', { area: 'exercise', kind: 'aerobic', minutes: -5, intensity: 'moderate' }],
    ['over 10 hours', { area: 'exercise', kind: 'aerobic', minutes: 601, intensity: 'moderate' }],
    ['another area', { area: 'stress', kind: 'breathing', minutes: 5 }],
  ])('refuses a routine carrying %s and saves nothing', async (_name, activity) => {
    const { routines } = await setup();
    const error = await routines.create({ ...walk, activity }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect(Object.keys((error as ValidationError).fieldErrors).join()).toMatch(/^activity/);
    expect(await routines.list()).toEqual([]);
  });
});
