import { describe, expect, it } from 'vitest';
import { countRows, generateHistory } from './history';

describe('generateHistory', () => {
  const history = generateHistory({ endDate: '2026-11-26' });

  it('covers five years of days, ending on the given date', () => {
    expect(history.checkins).toHaveLength(1826);
    expect(history.checkins.at(-1)?.date).toBe('2026-11-26');
    expect(history.checkins[0]?.date).toBe('2021-11-27');
  });

  it('is large enough to stress a cold load (tens of thousands of rows)', () => {
    expect(countRows(history)).toBeGreaterThan(40_000);
  });

  it('is the same on every run for the same seed', () => {
    expect(generateHistory({ endDate: '2026-11-26' }).completions.slice(0, 50)).toEqual(
      history.completions.slice(0, 50),
    );
  });

  it('keeps primary keys unique per table', () => {
    for (const [table, rows] of Object.entries(history)) {
      const keys = rows.map((row: Record<string, unknown>) => String(row.id ?? row.date));
      expect(new Set(keys).size, table).toBe(keys.length);
    }
  });
});
