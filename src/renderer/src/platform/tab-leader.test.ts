import { describe, expect, it, vi } from 'vitest';
import { fakeWebLocks } from '../../../../tests/support/fake-web-locks';
import { leadWhileOpen } from './tab-leader';

const LOCK = 'steadyweek:test-leader';
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('leadWhileOpen', () => {
  it('makes the first tab the leader and keeps the second waiting', async () => {
    const locks = fakeWebLocks();
    const leaders: string[] = [];
    leadWhileOpen(locks, LOCK, () => leaders.push('first'));
    leadWhileOpen(locks, LOCK, () => leaders.push('second'));
    await settle();
    expect(leaders).toEqual(['first']);
  });

  it('hands the lead to the tab that waited longest once the leader lets go, and to no one else', async () => {
    const locks = fakeWebLocks();
    const leaders: string[] = [];
    const stopFirst = leadWhileOpen(locks, LOCK, () => leaders.push('first'));
    leadWhileOpen(locks, LOCK, () => leaders.push('second'));
    leadWhileOpen(locks, LOCK, () => leaders.push('third'));
    await settle();
    stopFirst();
    await settle();
    expect(leaders).toEqual(['first', 'second']);
  });

  it('takes a waiting tab that closes out of the queue', async () => {
    const locks = fakeWebLocks();
    const leaders: string[] = [];
    const stopFirst = leadWhileOpen(locks, LOCK, () => leaders.push('first'));
    const stopSecond = leadWhileOpen(locks, LOCK, () => leaders.push('second'));
    leadWhileOpen(locks, LOCK, () => leaders.push('third'));
    await settle();
    stopSecond();
    stopFirst();
    await settle();
    expect(leaders).toEqual(['first', 'third']);
  });

  it('leads at once, alone, where the browser has no Web Locks', () => {
    const onLead = vi.fn();
    leadWhileOpen(undefined, LOCK, onLead);
    expect(onLead).toHaveBeenCalledTimes(1);
  });
});
