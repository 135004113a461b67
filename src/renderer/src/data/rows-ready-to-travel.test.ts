// Rows ready to travel: every owner stamps updatedAtEpochMs on every write, and every delete is recorded.
import { describe, expect, it } from 'vitest';
import { createTestDb, dailyRoutine } from '../../../../tests/support/test-db';
import type { TableName } from '../db/schema';
import { createCheckinsRepository } from './checkins/checkins-repository';
import { createCompletionsRepository } from './completions/completions-repository';
import { createExerciseRepository } from './exercise/exercise-repository';
import { createMealsRepository } from './meals/meals-repository';
import { createProfileRepository } from './profile/profile-repository';
import { createRoutinesRepository } from './routines/routines-repository';
import { createSettingsRepository } from './settings/settings-repository';
import { createSleepRepository } from './sleep/sleep-repository';
import { createStressRepository } from './stress/stress-repository';
import { doseLog, routineIdForPlan } from './supplement/doses';
import {
  createSupplementRepository,
  planCheckTables,
  recheckPlans,
} from './supplement/supplement-repository';
import { magteinInput, noMedications, planInputFor } from '../../../../tests/support/supplement-fixtures';

const day = '2026-06-10';

function owners(now: () => number) {
  const db = createTestDb();
  let id = 0;
  const newId = () => `id-${(id += 1)}`;
  return {
    db,
    profile: createProfileRepository(db, now, async () => ({
      tables: planCheckTables,
      recheck: recheckPlans,
    })),
    settings: createSettingsRepository(db, now),
    routines: createRoutinesRepository(db, now, newId),
    completions: createCompletionsRepository(db, async () => doseLog, now),
    supplement: createSupplementRepository(db, { now, newId }),
    checkins: createCheckinsRepository(db, now),
    meals: createMealsRepository(db, { now, newId, usdaFoodExists: async () => true }),
    sleep: createSleepRepository(db, now),
    exercise: createExerciseRepository(db, newId, now),
    stress: createStressRepository(db, newId, now),
  };
}

/** One write through every owner that writes each table. */
async function writeEverything(o: ReturnType<typeof owners>) {
  const lifeStage = { ageBand: '31-50', sex: 'female', reproductiveStatus: 'none' };
  await o.profile.completeOnboarding({ lifeStage, timeZone: 'Europe/Berlin', weekStart: 1, units: 'metric' });
  await o.profile.update({ lifeStage, timeZone: 'Europe/Berlin', weekStart: 7, units: 'metric' });
  const settings = await o.settings.get();
  const { id: _id, updatedAtEpochMs: _at, ...settingsInput } = settings;
  await o.settings.update({ ...settingsInput, hideStreaks: true });
  const routine = await o.routines.create(dailyRoutine('Walk'));
  const product = await o.supplement.saveProduct(magteinInput());
  const plan = await o.supplement.savePlan(
    planInputFor(product.id, { startDate: '2026-06-01', targetUnits: 2 }),
  );
  await o.supplement.applyStepBack({ planId: plan.id, fromDate: day, unitsPerDay: 1, reason: 'cramps' });
  await o.supplement.saveSafety(noMedications);
  const occurrence = { routineId: routineIdForPlan(plan.id), date: day, plannedTime: '08:00' };
  await o.completions.setStatus({ occurrence, status: 'done', timeZone: 'Europe/Berlin' });
  await o.completions.applyReminderAction(
    {
      actionId: 'a1',
      occurrence: { routineId: routine.id, date: day, plannedTime: '18:00' },
      action: 'snooze',
      snoozeMinutes: 10,
      atEpochMs: 5,
    },
    'Europe/Berlin',
  );
  await o.supplement.logDose({
    planId: plan.id,
    date: '2026-06-09',
    plannedTime: '08:00',
    status: 'taken',
    takenTime: '08:10',
    units: 1,
  });
  const checkin = {
    date: day,
    focus: 3,
    mood: 3,
    irritability: null,
    restlessness: null,
    sleepQuality: null,
  };
  await o.checkins.saveCheckin({ ...checkin, notes: '' });
  await o.checkins.saveSideEffects({
    date: day,
    diarrhoea: 'mild',
    nausea: 'none',
    cramps: 'none',
    other: 'none',
    otherSideEffect: '',
  });
  const food = await o.meals.addCustomFood({
    name: 'Oat bake',
    per100g: { kcal: 300, magnesiumMg: 90 },
    portions: [],
  });
  await o.meals.addRecipe({
    name: 'Bake',
    servings: 2,
    ingredients: [{ food: { source: 'custom', id: food.id }, grams: 100 }],
  });
  await o.meals.addItem({
    date: day,
    slot: 'lunch',
    food: { source: 'usda', id: '11457' },
    grams: 30,
    portion: null,
  });
  await o.meals.saveTemplate({ name: 'Usual' }, '2026-06-08');
  await o.meals.copyPreviousWeek('2026-06-15');
  await o.meals.applyTemplate((await o.meals.listTemplates())[0]!.id, '2026-06-22');
  await o.meals.setChecked('2026-06-08', 'usda:11457', true);
  await o.meals.addExtraItem('2026-06-08', { text: 'Oats' });
  await o.sleep.save(
    { date: day, bedtime: '23:00', wakeTime: '07:00', quality: 4, notes: '' },
    { timeZone: 'Europe/Berlin', today: day },
  );
  await o.sleep.saveTarget({ bedtime: '22:30', wakeTime: '06:30' });
  await o.exercise.add({ date: day, kind: 'aerobic', minutes: 20, intensity: 'moderate', notes: '' });
  await o.stress.add({ date: day, kind: 'breathing', minutes: 5, notes: '' });
  return { routine, food };
}

describe('rows ready to travel', () => {
  it('every row of every table carries the time of its last write', async () => {
    let clock = Date.parse('2026-06-20T12:00:00Z');
    const start = clock;
    const o = owners(() => (clock += 1));
    await writeEverything(o);
    const empty: string[] = [];
    for (const table of o.db.tables) {
      if (table.name === 'deletions') continue;
      const rows = await table.toArray();
      if (rows.length === 0) empty.push(table.name);
      for (const row of rows)
        expect(row.updatedAtEpochMs, `${table.name} ${JSON.stringify(row).slice(0, 80)}`).toBeGreaterThan(
          start,
        );
    }
    // The script writes every table, so the check above saw them all.
    expect(empty).toEqual([]);
    o.db.close();
  });

  it('every delete leaves a row in the deletion log, in the same write', async () => {
    let clock = Date.parse('2026-06-20T12:00:00Z');
    const o = owners(() => (clock += 1));
    const { routine, food } = await writeEverything(o);
    const extra = (await o.meals.listShoppingItems('2026-06-08')).find((i) => i.text === 'Oats')!;
    const item = (await o.meals.listBetween(day, day))[0]!;
    const exercise = (await o.exercise.listBetween(day, day))[0]!;
    const stress = (await o.stress.listBetween(day, day))[0]!;
    const recipe = (await o.meals.listRecipes())[0]!;
    const template = (await o.meals.listTemplates())[0]!;
    const completionsOfWalk = await o.db.completions.where('routineId').equals(routine.id).primaryKeys();

    await o.routines.remove(routine.id);
    await o.meals.removeItem(item.id);
    await o.meals.clearWeek('2026-06-15');
    await o.meals.deleteTemplate(template.id);
    await o.meals.deleteRecipe(recipe.id);
    await o.meals.deleteCustomFood(food.id);
    await o.meals.removeExtraItem(extra.id);
    await o.sleep.remove(day);
    await o.exercise.remove(exercise.id);
    await o.stress.remove(stress.id);

    const logged = new Set((await o.db.deletions.toArray()).map((d) => `${d.table}:${d.id}`));
    const expected: [TableName, string][] = [
      ['routines', routine.id],
      ...completionsOfWalk.map((id): [TableName, string] => ['completions', String(id)]),
      ['mealPlan', item.id],
      ['mealTemplates', template.id],
      ['recipes', recipe.id],
      ['customFoods', food.id],
      ['shoppingItems', extra.id],
      ['sleepLogs', day],
      ['exerciseLogs', exercise.id],
      ['stressLogs', stress.id],
    ];
    for (const [table, id] of expected) expect(logged, `${table}:${id}`).toContain(`${table}:${id}`);
    expect([...logged].filter((k) => k.startsWith('mealPlan:')).length).toBeGreaterThan(1);
    o.db.close();
  });
});
