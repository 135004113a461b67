// Every bound on the shared input schemas, at its edge and one past it (the text and date fields
// themselves are covered in text-fields.test.ts and dates/local-date.test.ts).
import { describe, expect, it } from 'vitest';
import { checkinInputSchema } from './wellbeing/checkin-trends';
import { exerciseLogInputSchema } from './wellbeing/exercise';
import { sleepLogInputSchema } from './wellbeing/sleep';
import { stressLogInputSchema } from './wellbeing/stress';
import { sideEffectsInputSchema } from './magnesium/side-effects-input';
import { planInputSchema } from './magnesium/plan-input';
import { productInputSchema } from './magnesium/product-input';
import { profileInputSchema } from './profile/profile';
import { reminderRuleSchema } from './routines/schedule';

const today = '2026-06-12';
const notes = (length: number) => 'n'.repeat(length);

const exercise = { date: today, kind: 'aerobic', minutes: 30, intensity: 'moderate', notes: '' };
const stress = { date: today, kind: 'breathing', minutes: 5, notes: '' };
const sleep = { date: today, bedtime: '23:00', wakeTime: '07:00', quality: 3, notes: '' };
const checkin = {
  date: today,
  focus: 3,
  mood: null,
  irritability: null,
  restlessness: null,
  sleepQuality: null,
  notes: '',
};
const sideEffects = {
  date: today,
  diarrhoea: 'none',
  nausea: 'none',
  cramps: 'none',
  other: 'mild',
  otherSideEffect: '',
};
const product = {
  name: 'Brand',
  form: 'l-threonate',
  unit: 'capsule',
  unitsPerServing: 3,
  compoundMgPerServing: 2000,
  elementalMgPerServing: 144,
  thirdPartyTested: true,
  stockUnits: 90,
};
const splitPlan = (times: string[]) => ({
  productId: 'p1',
  startDate: '2026-05-04',
  startUnits: times.length,
  targetUnits: times.length,
  stepUnits: 0,
  stepDays: 7,
  timing: 'split',
  times,
  fullDoseUnitsPerTime: times.map(() => 1),
  upperLimitAcknowledged: false,
});
const rule = {
  routineId: 'r1',
  title: 'Magnesium',
  category: 'supplement',
  schedule: { kind: 'daily', times: ['20:00'] },
  startDate: '2026-05-04',
  endDate: null,
  paused: false,
  nag: null,
  settledOccurrences: [],
};
const profile = {
  lifeStage: { ageBand: '31-50', sex: 'female', reproductiveStatus: 'none' },
  timeZone: 'Europe/Berlin',
  weekStart: 1,
  units: 'metric',
};
const times = (count: number) => Array.from({ length: count }, (_, i) => `${String(i).padStart(2, '0')}:00`);

type Schema = {
  safeParse(input: unknown): { success: boolean; error?: { issues: { path: PropertyKey[] }[] } };
};

describe('bounds on the shared input schemas', () => {
  it.each<[string, Schema, unknown, string | null]>([
    // [what, schema, input, the field refused (null: accepted)]
    ['exercise today', exerciseLogInputSchema(today), exercise, null],
    ['exercise tomorrow', exerciseLogInputSchema(today), { ...exercise, date: '2026-06-13' }, 'date'],
    ['exercise notes at 5,000', exerciseLogInputSchema(today), { ...exercise, notes: notes(5000) }, null],
    ['exercise notes at 5,001', exerciseLogInputSchema(today), { ...exercise, notes: notes(5001) }, 'notes'],
    ['exercise of 600 minutes', exerciseLogInputSchema(today), { ...exercise, minutes: 600 }, null],
    ['exercise of 601 minutes', exerciseLogInputSchema(today), { ...exercise, minutes: 601 }, 'minutes'],
    ['practice of 600 minutes', stressLogInputSchema(today), { ...stress, minutes: 600 }, null],
    ['practice of 601 minutes', stressLogInputSchema(today), { ...stress, minutes: 601 }, 'minutes'],
    ['practice today', stressLogInputSchema(today), stress, null],
    ['practice tomorrow', stressLogInputSchema(today), { ...stress, date: '2026-06-13' }, 'date'],
    ['practice in 9999', stressLogInputSchema('9999-12-31'), { ...stress, date: '9999-12-31' }, 'date'],
    ['practice notes at 5,001', stressLogInputSchema(today), { ...stress, notes: notes(5001) }, 'notes'],
    ['night ending today', sleepLogInputSchema('Europe/Berlin', today), sleep, null],
    [
      'night ending tomorrow',
      sleepLogInputSchema('Europe/Berlin', today),
      { ...sleep, date: '2026-06-13' },
      'date',
    ],
    [
      'sleep notes at 5,000',
      sleepLogInputSchema('Europe/Berlin', today),
      { ...sleep, notes: notes(5000) },
      null,
    ],
    [
      'sleep notes at 5,001',
      sleepLogInputSchema('Europe/Berlin', today),
      { ...sleep, notes: notes(5001) },
      'notes',
    ],
    ['check-in today', checkinInputSchema(today), checkin, null],
    ['check-in tomorrow', checkinInputSchema(today), { ...checkin, date: '2026-06-13' }, 'date'],
    ['check-in notes at 5,001', checkinInputSchema(today), { ...checkin, notes: notes(5001) }, 'notes'],
    ['side effects today', sideEffectsInputSchema(today), sideEffects, null],
    ['side effects tomorrow', sideEffectsInputSchema(today), { ...sideEffects, date: '2026-06-13' }, 'date'],
    [
      'other side effect at 200',
      sideEffectsInputSchema(today),
      { ...sideEffects, otherSideEffect: notes(200) },
      null,
    ],
    [
      'other side effect at 201',
      sideEffectsInputSchema(today),
      { ...sideEffects, otherSideEffect: notes(201) },
      'otherSideEffect',
    ],
    ['product name at 120', productInputSchema, { ...product, name: notes(120) }, null],
    ['product name at 121', productInputSchema, { ...product, name: notes(121) }, 'name'],
    [
      'plan starting 2100-12-31',
      planInputSchema(1),
      { ...splitPlan(times(2)), startDate: '2100-12-31' },
      null,
    ],
    [
      'plan starting 2101-01-01',
      planInputSchema(1),
      { ...splitPlan(times(2)), startDate: '2101-01-01' },
      'startDate',
    ],
    ['plan at 4 times a day', planInputSchema(1), splitPlan(times(4)), null],
    ['plan at 5 times a day', planInputSchema(1), splitPlan(times(5)), 'times'],
    ['plan product id at 100', planInputSchema(1), { ...splitPlan(times(2)), productId: notes(100) }, null],
    [
      'plan product id at 101',
      planInputSchema(1),
      { ...splitPlan(times(2)), productId: notes(101) },
      'productId',
    ],
    [
      'rule at 12 times a day',
      reminderRuleSchema,
      { ...rule, schedule: { kind: 'daily', times: times(12) } },
      null,
    ],
    [
      'rule at 13 times a day',
      reminderRuleSchema,
      { ...rule, schedule: { kind: 'daily', times: times(13) } },
      'schedule.times',
    ],
    ['rule title at 200', reminderRuleSchema, { ...rule, title: notes(200) }, null],
    ['rule title at 201', reminderRuleSchema, { ...rule, title: notes(201) }, 'title'],
    ['rule id at 101', reminderRuleSchema, { ...rule, routineId: notes(101) }, 'routineId'],
    ['rule ending 2101-01-01', reminderRuleSchema, { ...rule, endDate: '2101-01-01' }, 'endDate'],
    [
      'snooze to the last instant',
      reminderRuleSchema,
      { ...rule, snoozed: [{ key: 'k', untilEpochMs: 8.64e15 }] },
      null,
    ],
    [
      'snooze past it',
      reminderRuleSchema,
      { ...rule, snoozed: [{ key: 'k', untilEpochMs: 8.64e15 + 1 }] },
      'snoozed.0.untilEpochMs',
    ],
    ['profile in Europe/Berlin', profileInputSchema, profile, null],
    ['profile in Mars/Olympus', profileInputSchema, { ...profile, timeZone: 'Mars/Olympus' }, 'timeZone'],
  ])('%s', (_what, schema, input, refusedField) => {
    const result = schema.safeParse(input);
    const fields = (result.error?.issues ?? []).map((issue) => issue.path.join('.'));
    if (refusedField === null) expect(fields).toEqual([]);
    else expect(fields).toContain(refusedField);
  });
});
