import { describe, expect, it } from 'vitest';
import { navigateSchema } from '../ipc/contract';
import { parseItemParam, todayItemRoute } from './item-route';

describe('todayItemRoute', () => {
  it.each([
    [{ routineId: 'r-1', date: '2026-06-15', plannedTime: '08:00' }],
    // flexible routines have no planned time
    [{ routineId: 'walk', date: '2026-06-15', plannedTime: null }],
  ])('round-trips %o and passes the navigate schema', (occurrence) => {
    const route = todayItemRoute(occurrence);
    expect(navigateSchema.safeParse({ route }).success).toBe(true);
    const item = new URLSearchParams(route.split('?')[1]).get('item');
    expect(parseItemParam(item)).toEqual(occurrence);
  });

  it('rejects a malformed item', () => {
    expect(parseItemParam('nonsense')).toBeNull();
  });
});
