import { describe, expect, it } from 'vitest';
import { parseCsv } from '../foods/csv';
import { inertCell, spreadsheets, type SpreadsheetTables } from './spreadsheets';

const tables: SpreadsheetTables = {
  doses: [
    {
      date: '2026-03-14',
      plannedTime: '21:00',
      status: 'taken',
      units: 1,
      elementalMg: 70,
      takenAtEpochMs: Date.UTC(2026, 2, 14, 20, 5),
      productId: 'p1',
      planId: 'plan1',
    },
  ],
  products: [{ id: 'p1', name: 'Calm "Mag", glycinate' }],
  completions: [],
  routines: [],
  mealPlan: [
    {
      date: '2026-03-16',
      slot: 'lunch',
      food: { source: 'usda', id: '11457' },
      grams: 30,
      portion: { amount: 1, description: 'cup' },
    },
    { date: '2026-03-15', slot: 'dinner', food: { source: 'custom', id: 'gone' }, grams: 80, portion: null },
  ],
  sleepLogs: [
    { date: '2026-03-14', bedtime: '23:00', wakeTime: '07:00', quality: 4, notes: 'line one\nline two' },
  ],
  exerciseLogs: [
    { date: '2026-03-13', kind: 'aerobic', minutes: 30, intensity: 'moderate', notes: '=HYPERLINK("x")' },
  ],
  stressLogs: [],
  checkins: [],
};

describe('spreadsheets (CSV per log)', () => {
  const files = spreadsheets(tables, (food) => (food.id === '11457' ? 'Spinach, raw' : null));
  const read = (name: string) => parseCsv(files.find((f) => f.name === name)!.text.replace(/\r\n$/, ''));

  it('writes the seven logs, RFC 4180 with CRLF, quoting commas, quotes and line breaks', () => {
    expect(files.map((f) => f.name)).toEqual([
      'doses.csv',
      'completions.csv',
      'meal-plan.csv',
      'sleep.csv',
      'exercise.csv',
      'stress-practices.csv',
      'check-ins.csv',
    ]);
    expect(files[0]!.text).toContain('\r\n');
    expect(read('doses.csv')[1]).toEqual([
      '2026-03-14',
      '21:00',
      'taken',
      '1',
      '70',
      '2026-03-14T20:05:00.000Z',
      'Calm "Mag", glycinate',
      'plan1',
    ]);
    expect(read('sleep.csv')[1]![4]).toBe('line one\nline two');
    expect(read('completions.csv')).toHaveLength(1);
  });

  it('puts the USDA number and name on meal rows, by date', () => {
    expect(read('meal-plan.csv').slice(1)).toEqual([
      ['2026-03-15', 'dinner', 'custom', '', '(removed food)', '80', '', ''],
      ['2026-03-16', 'lunch', 'usda', '11457', 'Spinach, raw', '30', '1', 'cup'],
    ]);
  });

  it('keeps typed text from running as a spreadsheet formula', () => {
    expect(read('exercise.csv')[1]![4]).toBe('\'=HYPERLINK("x")');
    expect(inertCell('-3 kg')).toBe("'-3 kg");
    expect(inertCell('fine')).toBe('fine');
  });
});
