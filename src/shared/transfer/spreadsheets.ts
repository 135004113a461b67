// One CSV per log, for spreadsheets: RFC 4180 (csv-stringify: quoted where needed, CRLF), a header row,
// ISO dates and instants, the food's USDA number and name on meal rows.
import { stringify } from 'csv-stringify/browser/esm/sync';

type Cell = string | number | null;

/** The rows the spreadsheets read, as the owners store them (only the fields used). */
export interface SpreadsheetTables {
  doses: {
    date: string;
    plannedTime: string | null;
    status: string;
    units: number;
    elementalMg: number;
    takenAtEpochMs: number | null;
    productId: string;
    planId: string | null;
  }[];
  products: { id: string; name: string }[];
  completions: {
    date: string;
    plannedTime: string | null;
    routineId: string;
    status: string;
    atEpochMs: number;
    snoozedUntilEpochMs: number | null;
  }[];
  routines: { id: string; title: string; category: string }[];
  mealPlan: {
    date: string;
    slot: string;
    food: { source: string; id: string };
    grams: number;
    portion: { amount: number; description: string } | null;
  }[];
  sleepLogs: {
    date: string;
    bedtime: string | null;
    wakeTime: string | null;
    quality: number | null;
    notes: string;
  }[];
  exerciseLogs: { date: string; kind: string; minutes: number; intensity: string; notes: string }[];
  stressLogs: { date: string; kind: string; minutes: number; notes: string }[];
  checkins: {
    date: string;
    focus: number | null;
    mood: number | null;
    irritability: number | null;
    restlessness: number | null;
    sleepQuality: number | null;
    sideEffects: { diarrhoea: string; nausea: string; cramps: string; other: string };
    otherSideEffect: string;
    notes: string;
  }[];
}

const iso = (epochMs: number | null) => (epochMs === null ? null : new Date(epochMs).toISOString());

/**
 * Text a person typed, made safe to open in a spreadsheet: a cell starting with =, +, -, @, a tab or a
 * carriage return would run as a formula in Excel or LibreOffice, so it gets a leading apostrophe.
 */
export const inertCell = (text: string) => (/^[=+\-@\t\r]/.test(text) ? `'${text}` : text);

function csv(columns: string[], rows: Cell[][]): string {
  // A bare line break inside a field is not the record delimiter, so the library would leave it
  // unquoted; `quoted_match` quotes it, as RFC 4180 requires.
  return stringify([columns, ...rows], { record_delimiter: 'windows', quoted_match: /[\r\n]/ });
}

const byDate = <T extends { date: string }>(rows: readonly T[]) =>
  [...rows].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));

/** The seven logs as CSV files; `foodName` names a meal item's food (USDA, own food or recipe), or null. */
export function spreadsheets(
  tables: SpreadsheetTables,
  foodName: (food: { source: string; id: string }) => string | null,
): { name: string; text: string }[] {
  const products = new Map(tables.products.map((p) => [p.id, p.name]));
  const routines = new Map(tables.routines.map((r) => [r.id, r]));
  return [
    {
      name: 'doses.csv',
      text: csv(
        ['date', 'planned_time', 'status', 'units', 'elemental_mg', 'taken_at', 'product', 'plan_id'],
        byDate(tables.doses).map((d) => [
          d.date,
          d.plannedTime,
          d.status,
          d.units,
          d.elementalMg,
          iso(d.takenAtEpochMs),
          inertCell(products.get(d.productId) ?? d.productId),
          d.planId,
        ]),
      ),
    },
    {
      name: 'completions.csv',
      text: csv(
        ['date', 'planned_time', 'routine', 'area', 'status', 'at', 'snoozed_until'],
        byDate(tables.completions).map((c) => [
          c.date,
          c.plannedTime,
          inertCell(routines.get(c.routineId)?.title ?? c.routineId),
          routines.get(c.routineId)?.category ?? null,
          c.status,
          iso(c.atEpochMs),
          iso(c.snoozedUntilEpochMs),
        ]),
      ),
    },
    {
      name: 'meal-plan.csv',
      text: csv(
        ['date', 'meal', 'food_source', 'usda_ndb_number', 'food', 'grams', 'portion_amount', 'portion'],
        byDate(tables.mealPlan).map((m) => [
          m.date,
          m.slot,
          m.food.source,
          m.food.source === 'usda' ? m.food.id : null,
          inertCell(foodName(m.food) ?? '(removed food)'),
          m.grams,
          m.portion?.amount ?? null,
          m.portion ? inertCell(m.portion.description) : null,
        ]),
      ),
    },
    {
      name: 'sleep.csv',
      text: csv(
        ['date_woke', 'bedtime', 'wake_time', 'quality_1_to_5', 'notes'],
        byDate(tables.sleepLogs).map((s) => [s.date, s.bedtime, s.wakeTime, s.quality, inertCell(s.notes)]),
      ),
    },
    {
      name: 'exercise.csv',
      text: csv(
        ['date', 'kind', 'minutes', 'intensity', 'notes'],
        byDate(tables.exerciseLogs).map((e) => [e.date, e.kind, e.minutes, e.intensity, inertCell(e.notes)]),
      ),
    },
    {
      name: 'stress-practices.csv',
      text: csv(
        ['date', 'kind', 'minutes', 'notes'],
        byDate(tables.stressLogs).map((s) => [s.date, s.kind, s.minutes, inertCell(s.notes)]),
      ),
    },
    {
      name: 'check-ins.csv',
      text: csv(
        [
          'date',
          'focus',
          'mood',
          'irritability',
          'restlessness',
          'sleep_quality',
          'diarrhoea',
          'nausea',
          'cramps',
          'other_side_effect_severity',
          'other_side_effect',
          'notes',
        ],
        byDate(tables.checkins).map((c) => [
          c.date,
          c.focus,
          c.mood,
          c.irritability,
          c.restlessness,
          c.sleepQuality,
          c.sideEffects.diarrhoea,
          c.sideEffects.nausea,
          c.sideEffects.cramps,
          c.sideEffects.other,
          inertCell(c.otherSideEffect),
          inertCell(c.notes),
        ]),
      ),
    },
  ];
}
