import { describe, expect, it } from 'vitest';
import { habitStats, type DayOutcome } from './habit';

const days = (outcomes: DayOutcome[]) =>
  outcomes.map((outcome, index) => ({ date: `2026-06-${String(index + 1).padStart(2, '0')}`, outcome }));

describe('habitStats', () => {
  it.each<[string, DayOutcome[], number, number | null]>([
    ['nothing yet', [], 0, null],
    // today still open does not count against anything
    ['only today, open', ['open'], 0, null],
    ['three done', ['done', 'done', 'done'], 3, 1],
    ['three done and today open', ['done', 'done', 'done', 'open'], 3, 1],
    // a miss breaks the streak
    [
      'miss then two done',
      ['done', 'missed', 'done', 'done'],
      2,
      (1 + 0.9 + 0.9 ** 3) / (1 + 0.9 + 0.81 + 0.729),
    ],
    // a skipped day is neutral: neither breaks the streak nor lowers strength
    ['skip in the middle', ['done', 'skipped', 'done'], 2, 1],
    ['all missed', ['missed', 'missed'], 0, 0],
  ])('%s', (_name, outcomes, streak, strength) => {
    const stats = habitStats(days(outcomes));
    expect(stats.streakDays).toBe(streak);
    if (strength === null) expect(stats.strength).toBeNull();
    else expect(stats.strength).toBeCloseTo(strength, 10);
  });

  it('does not wipe out a long habit after one missed day', () => {
    const month: DayOutcome[] = [...Array<DayOutcome>(29).fill('done'), 'missed'];
    const stats = habitStats(days(month));
    expect(stats.streakDays).toBe(0);
    expect(stats.strength!).toBeGreaterThan(0.85);
  });
});
