// Generates five years of one person's realistic history, row for row in the Dexie table shapes.
import type {
  CheckinRow,
  CompletionRow,
  DoseRow,
  ExerciseLogRow,
  MealPlanRow,
  ProductRow,
  RoutineRow,
  SleepLogRow,
  StressLogRow,
  TitrationPlanRow,
} from '../src/renderer/src/db/schema';
import type { Profile } from '../src/shared/profile/profile';

/** Deterministic PRNG (mulberry32) so every run measures the same data. */
function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function isoDate(epochDay: number): string {
  return new Date(epochDay * 86_400_000).toISOString().slice(0, 10);
}

export interface History {
  profile: Profile[];
  routines: RoutineRow[];
  completions: CompletionRow[];
  products: ProductRow[];
  titrationPlans: TitrationPlanRow[];
  doses: DoseRow[];
  checkins: CheckinRow[];
  mealPlan: MealPlanRow[];
  sleepLogs: SleepLogRow[];
  exerciseLogs: ExerciseLogRow[];
  stressLogs: StressLogRow[];
}

const foods = [
  ['11457', 30, 'breakfast'],
  ['12061', 28.35, 'snack'],
  ['12014', 28.35, 'snack'],
  ['19904', 28.35, 'snack'],
  ['16015', 172, 'dinner'],
  ['20137', 185, 'lunch'],
  ['09040', 118, 'breakfast'],
  ['01077', 244, 'breakfast'],
  ['11233', 67, 'lunch'],
  ['12006', 28.35, 'breakfast'],
] as const;

export function generateHistory(options: { endDate: string; years?: number; seed?: number }): History {
  const rand = random(options.seed ?? 7);
  const endDay = Math.floor(Date.parse(`${options.endDate}T00:00:00Z`) / 86_400_000);
  const days = Math.round((options.years ?? 5) * 365.25);
  const startDay = endDay - days + 1;
  const at = startDay * 86_400_000;

  const routineSpecs: [RoutineRow['category'], string, string[]][] = [
    ['supplement', 'Magnesium L-threonate', ['08:00', '20:00']],
    ['meal', 'Breakfast with seeds', ['07:30']],
    ['meal', 'Lunch', ['12:30']],
    ['sleep', 'Wind down, screens off', ['22:00']],
    ['sleep', 'Lights out', ['22:45']],
    ['sleep', 'Wake up', ['07:00']],
    ['exercise', 'Brisk walk', ['17:30']],
    ['exercise', 'Strength training', ['18:00']],
    ['stress', 'Breathing, 5 minutes', ['13:00']],
    ['stress', 'Evening journal', ['21:30']],
    ['custom', 'Plan tomorrow', ['21:00']],
    ['custom', 'Water bottle refill', ['10:00']],
  ];
  const routines: RoutineRow[] = routineSpecs.map(([category, title, times], i) => ({
    id: `routine-${i}`,
    category,
    title,
    notes: '',
    schedule:
      title === 'Strength training' ? { kind: 'weekly', days: [2, 5], times } : { kind: 'daily', times },
    startDate: isoDate(startDay),
    endDate: null,
    paused: false,
    reminder: { enabled: true, nag: null },
    source: category === 'supplement' ? { kind: 'titration-plan', planId: 'plan-1' } : null,
    createdAtEpochMs: at,
    updatedAtEpochMs: at,
  }));

  const products: ProductRow[] = [
    {
      id: 'product-1',
      name: 'Magtein L-threonate',
      form: 'l-threonate',
      unit: 'capsule',
      compoundMgPerUnit: 666.7,
      elementalMgPerUnit: 48,
      unitsPerServing: 3,
      thirdPartyTested: true,
      stockUnits: 90,
      archived: false,
      createdAtEpochMs: at,
      updatedAtEpochMs: at,
    },
  ];
  const titrationPlans: TitrationPlanRow[] = [
    {
      id: 'plan-1',
      productId: 'product-1',
      startDate: isoDate(startDay),
      startUnits: 1,
      targetUnits: 3,
      stepUnits: 1,
      stepDays: 7,
      timing: 'split',
      times: ['08:00', '20:00'],
      overrides: [],
      upperLimitAcknowledgement: null,
      active: true,
      createdAtEpochMs: at,
      updatedAtEpochMs: at,
    },
  ];

  const completions: CompletionRow[] = [];
  const doses: DoseRow[] = [];
  const checkins: CheckinRow[] = [];
  const mealPlan: MealPlanRow[] = [];
  const sleepLogs: SleepLogRow[] = [];
  const exerciseLogs: ExerciseLogRow[] = [];
  const stressLogs: StressLogRow[] = [];
  const scale = () => 1 + Math.floor(rand() * 5);

  for (let day = startDay; day <= endDay; day += 1) {
    const date = isoDate(day);
    const dayAt = day * 86_400_000;
    for (const routine of routines) {
      const schedule = routine.schedule;
      if (schedule.kind === 'weekly' && !schedule.days.includes(((((day + 3) % 7) + 7) % 7) + 1)) continue;
      const times = schedule.kind === 'times-per-week' ? [] : schedule.times;
      for (const time of times) {
        const roll = rand();
        if (roll > 0.85) continue; // not recorded at all
        completions.push({
          id: `${routine.id}|${date}|${time}`,
          routineId: routine.id,
          date,
          plannedTime: time,
          status: roll > 0.78 ? 'skipped' : 'done',
          atEpochMs: dayAt + 8 * 3_600_000,
          snoozedUntilEpochMs: null,
          updatedAtEpochMs: dayAt + 8 * 3_600_000,
        });
        if (routine.category === 'supplement') {
          doses.push({
            id: `dose-${date}-${time}`,
            planId: 'plan-1',
            productId: 'product-1',
            date,
            plannedTime: time,
            status: roll > 0.78 ? 'skipped' : roll > 0.7 ? 'late' : 'taken',
            takenAtEpochMs: roll > 0.78 ? null : dayAt + 8 * 3_600_000,
            units: 1,
            elementalMg: 48,
            createdAtEpochMs: dayAt,
            updatedAtEpochMs: dayAt,
          });
        }
      }
    }
    for (const [index, [foodId, grams, slot]] of foods.entries()) {
      if (rand() < 0.2) continue;
      mealPlan.push({
        id: `meal-${date}-${index}`,
        date,
        slot,
        food: { source: 'usda', id: foodId },
        grams,
        portion: null,
        order: index,
        createdAtEpochMs: dayAt,
        updatedAtEpochMs: dayAt,
      });
    }
    sleepLogs.push({
      date,
      bedtime: rand() > 0.3 ? '22:45' : '23:30',
      wakeTime: '07:00',
      quality: scale(),
      notes: '',
      updatedAtEpochMs: dayAt,
    });
    if (rand() < 0.6) {
      exerciseLogs.push({
        id: `exercise-${date}`,
        date,
        kind: rand() < 0.6 ? 'aerobic' : 'strength',
        minutes: 20 + Math.floor(rand() * 40),
        intensity: 'moderate',
        notes: '',
        updatedAtEpochMs: dayAt,
      });
    }
    if (rand() < 0.7) {
      stressLogs.push({
        id: `stress-${date}`,
        date,
        kind: 'breathing',
        minutes: 5,
        notes: '',
        updatedAtEpochMs: dayAt,
      });
    }
    checkins.push({
      date,
      focus: scale(),
      mood: scale(),
      irritability: scale(),
      restlessness: scale(),
      sleepQuality: scale(),
      sideEffects: {
        diarrhoea: rand() < 0.03 ? 'mild' : 'none',
        nausea: 'none',
        cramps: 'none',
        other: 'none',
      },
      otherSideEffect: '',
      notes: rand() < 0.1 ? 'Busy day, slept late.' : '',
      updatedAtEpochMs: dayAt,
    });
  }

  const profile: Profile = {
    id: 'me',
    lifeStage: { ageBand: '31-50', sex: 'female', reproductiveStatus: 'none' },
    timeZone: 'Europe/Berlin',
    weekStart: 1,
    units: 'metric',
    disclaimerAcceptedAtEpochMs: at,
    createdAtEpochMs: at,
    updatedAtEpochMs: at,
  };

  return {
    profile: [profile],
    routines,
    completions,
    products,
    titrationPlans,
    doses,
    checkins,
    mealPlan,
    sleepLogs,
    exerciseLogs,
    stressLogs,
  };
}

export function countRows(history: History): number {
  return Object.values(history).reduce((sum, rows) => sum + rows.length, 0);
}
