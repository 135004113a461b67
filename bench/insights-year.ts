// Node half of insights.bench.ts (run with the web tsconfig for the app's path aliases): the year view's reads
// through the owners' repositories on fake-indexeddb with five years of history, and the cost of a week's reads.
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { addDays } from '../src/shared/dates/calendar';
import { createCheckinsRepository } from '../src/renderer/src/data/checkins/checkins-repository';
import { createCompletionsRepository } from '../src/renderer/src/data/completions/completions-repository';
import { createExerciseRepository } from '../src/renderer/src/data/exercise/exercise-repository';
import { foodMagnesiumByDate } from '../src/renderer/src/data/meals/food-magnesium';
import { createRoutinesRepository } from '../src/renderer/src/data/routines/routines-repository';
import { createSleepRepository } from '../src/renderer/src/data/sleep/sleep-repository';
import { createStressRepository } from '../src/renderer/src/data/stress/stress-repository';
import { supplementMagnesiumByDate } from '../src/renderer/src/data/supplement/supplement-magnesium';
import { createSupplementRepository } from '../src/renderer/src/data/supplement/supplement-repository';
import { createDb, type SteadyweekDb } from '../src/renderer/src/db/schema';
import {
  insightsView,
  weekFigures,
  weekFiguresFrom,
  type InsightsRows,
} from '../src/renderer/src/features/insights/hooks/insights-view';
import { median } from './browser';
import { generateHistory, type History } from './history';

const today = new Date().toISOString().slice(0, 10);
let dbCount = 0;

async function seeded(history: History): Promise<SteadyweekDb> {
  dbCount += 1;
  const db = createDb({ name: `bench-insights-${dbCount}`, indexedDB: new IDBFactory(), IDBKeyRange });
  await db.open();
  for (const [table, rows] of Object.entries(history)) await db.table(table).bulkPut(rows);
  return db;
}

/** Every owner read the Insights screen makes for [from, to] (completions once the routines are known). */
async function reads(db: SteadyweekDb, from: string, to: string) {
  const unused = () => Promise.reject(new Error('no writes here'));
  const routines = createRoutinesRepository(db).list();
  const completions = routines.then((list) =>
    createCompletionsRepository(db, unused).listForRoutines(
      list.map((r) => r.id),
      from,
      to,
    ),
  );
  return Promise.all([
    routines,
    completions,
    createSupplementRepository(db).dosesBetween(from, to),
    createCheckinsRepository(db).checkinsBetween(from, to),
    createSleepRepository(db).listBetween(from, to),
    createExerciseRepository(db).listBetween(from, to),
    createStressRepository(db).listBetween(from, to),
    supplementMagnesiumByDate(db, from, to),
    foodMagnesiumByDate(db, from, to),
  ]);
}

async function timed(run: () => Promise<unknown>, times: number): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < times; i += 1) {
    const start = performance.now();
    await run();
    out.push(performance.now() - start);
  }
  return out;
}

const fiveYears = generateHistory({ endDate: today });
const db5y = await seeded(fiveYears);
const profile = fiveYears.profile[0]!;
const from = addDays(today, -364);

async function rowsFor(from: string): Promise<InsightsRows> {
  const [routines, completions, doses, checkins, sleepLogs, exercise, stress, supplementMagnesium, food] =
    await reads(db5y, from, today);
  return {
    routines,
    completions,
    doses,
    checkins,
    sleepLogs,
    exercise,
    stress,
    foodMagnesium: food,
    supplementMagnesium,
  };
}

/** The screen's two views: the year's sections and the weekly card (its own last 14 days), read at once. */
async function yearView() {
  const [yearRows, weekRows] = await Promise.all([rowsFor(from), rowsFor(weekFiguresFrom(today))]);
  return [
    insightsView(yearRows, {
      today,
      from,
      timeZone: profile.timeZone,
      weekStart: profile.weekStart,
      lifeStage: profile.lifeStage,
    }),
    weekFigures(weekRows, { today, timeZone: profile.timeZone }),
  ];
}

// Warm-up: the food table loads once per app session, and the JIT settles.
await timed(yearView, 3);
const year = await timed(yearView, 15);
console.error(`  (insights_year_ms runs: ${year.map((t) => t.toFixed(1)).join(', ')})`);
console.log(`insights_year_ms: ${median(year).toFixed(1)} ms`);

// One week's reads with five years of history against with one month: ranges read by index, not by scan.
const oneMonth = Object.fromEntries(
  Object.entries(fiveYears).map(([table, rows]) => [
    table,
    (rows as { date?: string }[]).filter((r) => r.date === undefined || r.date >= addDays(today, -29)),
  ]),
) as unknown as History;
const db1m = await seeded(oneMonth);
const weekFrom = addDays(today, -6);
const week5y: number[] = [];
const week1m: number[] = [];
await timed(() => reads(db5y, weekFrom, today), 5);
await timed(() => reads(db1m, weekFrom, today), 5);
for (let i = 0; i < 40; i += 1) {
  // Interleaved, so machine load falls on both alike.
  week5y.push(...(await timed(() => reads(db5y, weekFrom, today), 1)));
  week1m.push(...(await timed(() => reads(db1m, weekFrom, today), 1)));
}
console.error(
  `  (week reads: 5 years ${median(week5y).toFixed(2)} ms, 1 month ${median(week1m).toFixed(2)} ms)`,
);
console.log(`week_query_ratio_5y_vs_1m: ${(median(week5y) / median(week1m)).toFixed(2)} ratio`);
