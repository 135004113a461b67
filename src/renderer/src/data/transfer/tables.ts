// The tables an export carries, and each row's key: the transfer owner's one list of them.
import type { TableName } from '../../db/schema';

export type DataTable = Exclude<TableName, 'deletions'>;

/** Every table but the deletion log, in the order they are written on import (what rows refer to comes first). */
export const DATA_TABLES = [
  'profile',
  'settings',
  'products',
  'titrationPlans',
  'routines',
  'completions',
  'appliedActions',
  'doses',
  'supplementSafety',
  'checkins',
  'customFoods',
  'recipes',
  'mealPlan',
  'mealTemplates',
  'shoppingItems',
  'sleepLogs',
  'sleepTarget',
  'exerciseLogs',
  'stressLogs',
] as const satisfies readonly DataTable[];

/** The field that keys a row: its id, its date where there is one row a day, the action's id. */
export const KEY_OF: Record<DataTable, string> = {
  profile: 'id',
  settings: 'id',
  products: 'id',
  titrationPlans: 'id',
  routines: 'id',
  completions: 'id',
  appliedActions: 'actionId',
  doses: 'id',
  supplementSafety: 'id',
  checkins: 'date',
  customFoods: 'id',
  recipes: 'id',
  mealPlan: 'id',
  mealTemplates: 'id',
  shoppingItems: 'id',
  sleepLogs: 'date',
  sleepTarget: 'id',
  exerciseLogs: 'id',
  stressLogs: 'id',
};

/** The tables whose rows are about a day (`date`): their range is the file's date range. */
export const DATED_TABLES = [
  'completions',
  'doses',
  'checkins',
  'mealPlan',
  'sleepLogs',
  'exerciseLogs',
  'stressLogs',
] as const satisfies readonly DataTable[];

export type Row = Record<string, unknown>;
export type Tables = Record<DataTable, Row[]>;

export const keyOfRow = (table: DataTable, row: Row) => String(row[KEY_OF[table]]);
