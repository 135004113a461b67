import { describe, expect, it } from 'vitest';
import { parseHash } from './router';

describe('parseHash', () => {
  it.each([
    ['', '/today', ''],
    ['#', '/today', ''],
    ['#/week', '/week', ''],
    ['#/meals/print?week=2026-11-23', '/meals/print', 'week=2026-11-23'],
    // A hash without the leading slash still names the route.
    ['#settings', '/settings', ''],
    ['#/today?item=r1|2026-11-26|08:00', '/today', 'item=r1%7C2026-11-26%7C08%3A00'],
  ])('reads %j as path %s with params %s', (hash, path, params) => {
    const route = parseHash(hash);
    expect(route.path).toBe(path);
    expect(route.params.toString()).toBe(params);
  });
});
