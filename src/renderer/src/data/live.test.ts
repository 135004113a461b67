// Every table: a write through each path that writes it refreshes a mounted query that reads it.
import 'fake-indexeddb/auto';
import { QueryObserver, type QueryClient, type QueryObserverOptions } from '@tanstack/react-query';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createQueryClient } from '../lib/query-client';
import { createDb, DATABASE_NAME, schemaV1, schemaV2, schemaV3, type TableName } from '../db/schema';
import { db } from '../db/db';
import { checkinQueries, checkinsRepository } from './checkins/checkins-queries';
import { completionQueries } from './completions/completion-queries';
import { completionsRepository } from './completions/completions-api';
import { exerciseQueries, exerciseRepository } from './exercise/exercise-queries';
import { keepQueriesLive, queryRootOf, rootsChangedBy } from './live';
import { mealsQueries } from './meals/meals-queries';
import { mealsRepository } from './meals/meals-api';
import { profileQueries } from './profile/profile-queries';
import { profileRepository } from './profile/profile-api';
import { routineQueries } from './routines/routine-queries';
import { routinesRepository } from './routines/routines-api';
import { settingsQueries } from './settings/settings-queries';
import { settingsRepository } from './settings/settings-api';
import { sleepQueries, sleepRepository } from './sleep/sleep-queries';
import { stressQueries, stressRepository } from './stress/stress-queries';
import { supplementQueries } from './supplement/supplement-queries';
import { supplementRepository } from './supplement/supplement-api';
import { routineIdForPlan } from './supplement/doses';
import { magteinInput, noMedications, planInputFor } from '../../../../tests/support/supplement-fixtures';
import { dailyRoutine } from '../../../../tests/support/test-db';

const allTables = Object.keys({ ...schemaV1, ...schemaV2, ...schemaV3 }) as TableName[];
const today = '2026-06-10';
const context = { timeZone: 'Europe/Berlin', today };

let client: QueryClient;
const stops: (() => void)[] = [];
afterEach(() => {
  stops.splice(0).forEach((stop) => stop());
  client?.clear();
});

/** Mounts a query with the live map on, runs the write, and resolves once the query shows a change. */
async function expectRefresh(options: QueryObserverOptions, write: () => Promise<unknown>) {
  client = createQueryClient();
  stops.push(keepQueriesLive(client, DATABASE_NAME));
  const observer = new QueryObserver(client, options);
  stops.push(observer.subscribe(() => undefined));
  await vi.waitFor(() => expect(observer.getCurrentResult().isSuccess).toBe(true), { timeout: 15_000 });
  const before = observer.getCurrentResult();
  await write();
  await vi.waitFor(
    () => {
      const now = observer.getCurrentResult();
      expect(now.dataUpdatedAt).toBeGreaterThan(before.dataUpdatedAt);
      expect(JSON.stringify(now.data)).not.toBe(JSON.stringify(before.data));
    },
    { timeout: 15_000 },
  );
}

const magtein = magteinInput();
const planInput = (productId: string) => planInputFor(productId, { startDate: '2026-06-01', targetUnits: 2 });
const walk = dailyRoutine('Walk');
let productId = '';
let planId = '';

beforeAll(async () => {
  await profileRepository.completeOnboarding({
    lifeStage: { ageBand: '31-50', sex: 'female', reproductiveStatus: 'none' },
    timeZone: 'Europe/Berlin',
    weekStart: 1,
    units: 'metric',
  });
});

describe('the table → query-key map', () => {
  it('names an owner root for every table, and only the deletion log has no reader', () => {
    expect(Object.keys(queryRootOf).sort()).toEqual([...allTables].sort());
    expect(allTables.filter((table) => queryRootOf[table] === null)).toEqual(['deletions']);
  });

  it('reads the changed tables of this database only, and "all" as everything', () => {
    const parts = { [`idb://${DATABASE_NAME}/doses/`]: {}, 'idb://other/checkins/': {} };
    expect([...rootsChangedBy(parts as never, DATABASE_NAME)!]).toEqual(['supplement']);
    expect(rootsChangedBy({ all: {} } as never, DATABASE_NAME)).toBeNull();
  });
});

describe('a write on a screen refreshes every mounted query of that table', () => {
  it('profile', () =>
    expectRefresh(profileQueries.profile() as QueryObserverOptions, () =>
      profileRepository.update({
        lifeStage: { ageBand: '31-50', sex: 'female', reproductiveStatus: 'none' },
        timeZone: 'Europe/Berlin',
        weekStart: 7,
        units: 'metric',
      }),
    ));

  it('settings', async () => {
    const current = await settingsRepository.get();
    const { id: _id, updatedAtEpochMs: _at, ...input } = current;
    await expectRefresh(settingsQueries.settings() as QueryObserverOptions, () =>
      settingsRepository.update({ ...input, hideStreaks: !current.hideStreaks }),
    );
  });

  it('routines', () =>
    expectRefresh(routineQueries.list() as QueryObserverOptions, () => routinesRepository.create(walk)));

  it('products', () =>
    expectRefresh(supplementQueries.overview(today) as QueryObserverOptions, async () => {
      productId = (await supplementRepository.saveProduct(magtein)).id;
    }));

  it('titrationPlans, and the dose routine they generate', async () => {
    await expectRefresh(supplementQueries.overview(today) as QueryObserverOptions, async () => {
      planId = (await supplementRepository.savePlan(planInput(productId))).id;
    });
    expect((await routinesRepository.list()).map((r) => r.id)).toContain(routineIdForPlan(planId));
  });

  it('supplementSafety', () =>
    expectRefresh(supplementQueries.overview(today) as QueryObserverOptions, () =>
      supplementRepository.saveSafety(noMedications),
    ));

  it('doses and completions, when the dose is marked done on Today', async () => {
    const occurrence = { routineId: routineIdForPlan(planId), date: today, plannedTime: '08:00' };
    const write = () =>
      completionsRepository.setStatus({ occurrence, status: 'done', timeZone: 'Europe/Berlin' });
    await expectRefresh(supplementQueries.doses(today, today) as QueryObserverOptions, write);
    await completionsRepository.reopen(occurrence);
    await expectRefresh(completionQueries.between(today, today) as QueryObserverOptions, write);
  });

  it('checkins, from Insights and from the supplement screen', async () => {
    await expectRefresh(checkinQueries.between(today, today) as QueryObserverOptions, () =>
      checkinsRepository.saveCheckin({
        date: today,
        focus: 3,
        mood: 4,
        irritability: null,
        restlessness: null,
        sleepQuality: null,
        notes: '',
      }),
    );
    await expectRefresh(checkinQueries.one(today) as QueryObserverOptions, () =>
      checkinsRepository.saveSideEffects({
        date: today,
        diarrhoea: 'mild',
        nausea: 'none',
        cramps: 'none',
        other: 'none',
        otherSideEffect: '',
      }),
    );
  });

  it('customFoods, recipes, mealPlan, mealTemplates and shoppingItems', async () => {
    let foodId = '';
    await expectRefresh(mealsQueries.customFoods() as QueryObserverOptions, async () => {
      foodId = (
        await mealsRepository.addCustomFood({
          name: 'Gran’s oat bake',
          per100g: { kcal: 300, magnesiumMg: 90 },
          portions: [],
        })
      ).id;
    });
    const food = { source: 'custom', id: foodId };
    await expectRefresh(mealsQueries.recipes() as QueryObserverOptions, () =>
      mealsRepository.addRecipe({ name: 'Bake', servings: 2, ingredients: [{ food, grams: 100 }] }),
    );
    await expectRefresh(mealsQueries.planBetween(today, today) as QueryObserverOptions, () =>
      mealsRepository.addItem({ date: today, slot: 'lunch', food, grams: 80, portion: null }),
    );
    await expectRefresh(mealsQueries.magnesiumBetween(today, today) as QueryObserverOptions, () =>
      mealsRepository.addItem({ date: today, slot: 'dinner', food, grams: 50, portion: null }),
    );
    await expectRefresh(mealsQueries.templates() as QueryObserverOptions, () =>
      mealsRepository.saveTemplate({ name: 'Usual week' }, '2026-06-08'),
    );
    await expectRefresh(mealsQueries.shopping('2026-06-08') as QueryObserverOptions, () =>
      mealsRepository.addExtraItem('2026-06-08', { text: 'Oats' }),
    );
  });

  it('sleepLogs and sleepTarget', async () => {
    await expectRefresh(sleepQueries.logs(today, today) as QueryObserverOptions, () =>
      sleepRepository.save(
        { date: today, bedtime: '23:00', wakeTime: '07:00', quality: 4, notes: '' },
        context,
      ),
    );
    await expectRefresh(sleepQueries.target() as QueryObserverOptions, () =>
      sleepRepository.saveTarget({ bedtime: '22:30', wakeTime: '06:30' }),
    );
  });

  it('exerciseLogs and stressLogs', async () => {
    await expectRefresh(exerciseQueries.sessions(today, today) as QueryObserverOptions, () =>
      exerciseRepository.add({ date: today, kind: 'aerobic', minutes: 20, intensity: 'moderate', notes: '' }),
    );
    await expectRefresh(stressQueries.practices(today, today) as QueryObserverOptions, () =>
      stressRepository.add({ date: today, kind: 'breathing', minutes: 5, notes: '' }),
    );
  });
});

describe('an action from the tray or a notification refreshes the screens', () => {
  it('completions, doses and appliedActions, in one write', async () => {
    const occurrence = { routineId: routineIdForPlan(planId), date: '2026-06-11', plannedTime: '08:00' };
    const action = {
      actionId: 'tray-1',
      occurrence,
      action: 'done' as const,
      snoozeMinutes: null,
      atEpochMs: 1,
    };
    await expectRefresh(supplementQueries.doses('2026-06-11', '2026-06-11') as QueryObserverOptions, () =>
      completionsRepository.applyReminderAction(action, 'Europe/Berlin'),
    );
    expect(await db.appliedActions.get('tray-1')).toBeDefined();
  });
});

describe('a write from another window (another connection to the same database)', () => {
  const otherWindow = createDb();
  const keyOf = (table: TableName) => {
    const keyPath = db.table(table).schema.primKey.keyPath;
    return typeof keyPath === 'string' ? keyPath : null;
  };

  // A query that reads each table, chosen here and not from the map, so a wrong map entry fails.
  const readerOf: Record<Exclude<TableName, 'deletions'>, () => QueryObserverOptions> = {
    profile: () => profileQueries.profile() as QueryObserverOptions,
    settings: () => settingsQueries.settings() as QueryObserverOptions,
    routines: () => routineQueries.list() as QueryObserverOptions,
    completions: () => completionQueries.between(today, today) as QueryObserverOptions,
    // Nothing shows the applied-action log; it is written with completions, whose queries are refreshed.
    appliedActions: () => completionQueries.between(today, today) as QueryObserverOptions,
    products: () => supplementQueries.overview(today) as QueryObserverOptions,
    titrationPlans: () => supplementQueries.overview(today) as QueryObserverOptions,
    doses: () => supplementQueries.doses(today, today) as QueryObserverOptions,
    supplementSafety: () => supplementQueries.overview(today) as QueryObserverOptions,
    checkins: () => checkinQueries.between(today, today) as QueryObserverOptions,
    mealPlan: () => mealsQueries.planBetween(today, today) as QueryObserverOptions,
    customFoods: () => mealsQueries.customFoods() as QueryObserverOptions,
    recipes: () => mealsQueries.recipes() as QueryObserverOptions,
    mealTemplates: () => mealsQueries.templates() as QueryObserverOptions,
    shoppingItems: () => mealsQueries.shopping('2026-06-08') as QueryObserverOptions,
    sleepLogs: () => sleepQueries.logs(today, today) as QueryObserverOptions,
    sleepTarget: () => sleepQueries.target() as QueryObserverOptions,
    exerciseLogs: () => exerciseQueries.sessions(today, today) as QueryObserverOptions,
    stressLogs: () => stressQueries.practices(today, today) as QueryObserverOptions,
  };

  it.each(Object.keys(readerOf) as (keyof typeof readerOf)[])('%s', async (table) => {
    client = createQueryClient();
    stops.push(keepQueriesLive(client, DATABASE_NAME));
    const observer = new QueryObserver(client, readerOf[table]());
    stops.push(observer.subscribe(() => undefined));
    await vi.waitFor(() => expect(observer.getCurrentResult().isSuccess).toBe(true));
    const before = observer.getCurrentResult().dataUpdatedAt;
    await vi.waitFor(() => expect(Date.now()).toBeGreaterThan(before));
    const key = keyOf(table)!;
    // A copy of a row under a key no screen asks for, dated long ago: the query is read again all the same.
    const sample = (await otherWindow.table(table).toCollection().first()) ?? {};
    await otherWindow.table(table).put({ ...sample, [key]: `zz-other-window-${table}`, date: '1999-01-01' });
    await vi.waitFor(() => expect(observer.getCurrentResult().dataUpdatedAt).toBeGreaterThan(before));
    await otherWindow.table(table).delete(`zz-other-window-${table}`);
  });
});
