// A database with one row in every table (as the owners write them), for the export and import tests.
import { defaultSettings } from '../../src/renderer/src/data/settings/default-settings';
import { recheckPlans } from '../../src/renderer/src/data/supplement/supplement-repository';
import type { SteadyweekDb } from '../../src/renderer/src/db/schema';

/** 2026-03-15 12:00 UTC: every log in the fixture is on or before this day in Berlin. */
export const FIXTURE_NOW = Date.UTC(2026, 2, 15, 12);
const T = Date.UTC(2026, 2, 10, 9);

export function fixtureRows(): Record<string, Record<string, unknown>[]> {
  return {
    profile: [
      {
        id: 'me',
        lifeStage: { ageBand: '31-50', sex: 'female', reproductiveStatus: 'none' },
        timeZone: 'Europe/Berlin',
        weekStart: 1,
        units: 'metric',
        disclaimerAcceptedAtEpochMs: T,
        createdAtEpochMs: T,
        updatedAtEpochMs: T,
      },
    ],
    settings: [{ ...defaultSettings(), travel: null, updatedAtEpochMs: T }],
    products: [
      {
        id: 'p1',
        name: 'Calm Mag',
        form: 'glycinate',
        unit: 'capsule',
        compoundMgPerUnit: 500,
        elementalMgPerUnit: 70,
        unitsPerServing: 2,
        thirdPartyTested: true,
        stockUnits: 60,
        archived: false,
        createdAtEpochMs: T,
        updatedAtEpochMs: T,
      },
    ],
    titrationPlans: [
      {
        id: 'plan1',
        productId: 'p1',
        startDate: '2026-03-01',
        startUnits: 1,
        targetUnits: 2,
        stepUnits: 1,
        stepDays: 7,
        timing: 'evening',
        times: ['21:00'],
        overrides: [],
        upperLimitAcknowledgement: null,
        fullDoseUnitsPerTime: null,
        edits: [{ atEpochMs: T, summary: 'Created: 1 → 2 capsules a day' }],
        active: true,
        createdAtEpochMs: T,
        updatedAtEpochMs: T,
      },
    ],
    routines: [
      {
        id: 'r1',
        category: 'exercise',
        title: 'Walk <b>outside</b>',
        notes: '<script>alert(1)</script> kept as text',
        schedule: { kind: 'weekly', days: [1, 3, 5], times: ['18:00'] },
        startDate: '2026-01-01',
        endDate: null,
        paused: false,
        reminder: { enabled: true, nag: { intervalMinutes: 10, maxCount: 3 } },
        source: null,
        activity: { area: 'exercise', kind: 'aerobic', minutes: 30, intensity: 'moderate' },
        createdAtEpochMs: T,
        updatedAtEpochMs: T,
      },
      {
        id: 'titration-plan-plan1',
        category: 'supplement',
        title: 'Magnesium glycinate: Calm Mag',
        notes: '',
        schedule: { kind: 'daily', times: ['21:00'] },
        startDate: '2026-03-01',
        endDate: null,
        paused: false,
        reminder: { enabled: true, nag: null },
        source: { kind: 'titration-plan', planId: 'plan1' },
        activity: null,
        createdAtEpochMs: T,
        updatedAtEpochMs: T,
      },
    ],
    completions: [
      {
        id: 'r1|2026-03-13|18:00',
        routineId: 'r1',
        date: '2026-03-13',
        plannedTime: '18:00',
        status: 'done',
        atEpochMs: T,
        snoozedUntilEpochMs: null,
        updatedAtEpochMs: T,
      },
    ],
    appliedActions: [{ actionId: 'a1', appliedAtEpochMs: T, updatedAtEpochMs: T }],
    doses: [
      {
        id: 'plan1|2026-03-14|21:00',
        planId: 'plan1',
        productId: 'p1',
        date: '2026-03-14',
        plannedTime: '21:00',
        status: 'taken',
        takenAtEpochMs: T,
        units: 1,
        elementalMg: 70,
        createdAtEpochMs: T,
        updatedAtEpochMs: T,
      },
    ],
    supplementSafety: [
      { id: 'me', answers: { heart: false, kidney: false }, answeredAtEpochMs: T, updatedAtEpochMs: T },
    ],
    checkins: [
      {
        date: '2026-03-14',
        focus: 3,
        mood: 4,
        irritability: null,
        restlessness: 2,
        sleepQuality: 4,
        sideEffects: { diarrhoea: 'none', nausea: 'mild', cramps: 'none', other: 'none' },
        otherSideEffect: '',
        notes: 'Slept well',
        updatedAtEpochMs: T,
      },
    ],
    customFoods: [
      {
        id: 'cf1',
        name: 'Oat bake',
        group: 'My foods',
        per100g: {
          kcal: 320,
          magnesiumMg: 110,
          proteinG: 9,
          fiberG: 6,
          calciumMg: null,
          potassiumMg: null,
          zincMg: null,
          vitaminB6Mg: null,
        },
        portions: [{ amount: 1, description: 'slice', grams: 80 }],
        createdAtEpochMs: T,
        updatedAtEpochMs: T,
      },
    ],
    recipes: [
      {
        id: 'rc1',
        name: 'Spinach bowl',
        servings: 2,
        ingredients: [{ food: { source: 'usda', id: '11457' }, grams: 100, portion: null }],
        createdAtEpochMs: T,
        updatedAtEpochMs: T,
      },
    ],
    mealPlan: [
      {
        id: 'm1',
        date: '2026-03-16',
        slot: 'lunch',
        food: { source: 'usda', id: '11457' },
        grams: 30,
        portion: { amount: 1, description: 'cup' },
        order: 0,
        createdAtEpochMs: T,
        updatedAtEpochMs: T,
      },
    ],
    mealTemplates: [
      {
        id: 'mt1',
        name: 'Usual week',
        items: [
          {
            dayOffset: 0,
            slot: 'breakfast',
            food: { source: 'custom', id: 'cf1' },
            grams: 80,
            portion: null,
          },
        ],
        createdAtEpochMs: T,
        updatedAtEpochMs: T,
      },
    ],
    shoppingItems: [
      {
        id: 'sh1',
        weekStart: '2026-03-16',
        key: 'extra:x1',
        text: 'Oats',
        checked: false,
        updatedAtEpochMs: T,
      },
    ],
    sleepLogs: [
      { date: '2026-03-14', bedtime: '23:00', wakeTime: '07:00', quality: 4, notes: '', updatedAtEpochMs: T },
    ],
    sleepTarget: [{ id: 'me', bedtime: '23:00', wakeTime: '07:00', updatedAtEpochMs: T }],
    exerciseLogs: [
      {
        id: 'e1',
        date: '2026-03-13',
        kind: 'aerobic',
        minutes: 30,
        intensity: 'moderate',
        notes: '',
        // The walk's Done of 13 March wrote this session (routines that log themselves).
        occurrenceId: 'r1|2026-03-13|18:00',
        updatedAtEpochMs: T,
      },
    ],
    stressLogs: [
      {
        id: 's1',
        date: '2026-03-12',
        kind: 'breathing',
        minutes: 5,
        notes: '',
        occurrenceId: null,
        pattern: '4-7-8',
        stressBefore: 4,
        stressAfter: 2,
        updatedAtEpochMs: T,
      },
    ],
    deletions: [{ table: 'exerciseLogs', id: 'e0', deletedAtEpochMs: T }],
  };
}

/** Writes the fixture into `db` and settles the plan's standing, as the owners leave it. */
export async function writeFixture(db: SteadyweekDb, rows = fixtureRows()): Promise<void> {
  await db.transaction('rw', db.tables, async () => {
    for (const [table, list] of Object.entries(rows)) await db.table(table).bulkPut(list);
    await recheckPlans(db, (rows.profile![0] as { lifeStage: never }).lifeStage, T);
  });
}
