import { describe, expect, it } from 'vitest';
import { doneOccurrencesOn } from './activity';

const walk = { area: 'exercise', kind: 'aerobic', minutes: 30, intensity: 'moderate' } as const;
const routines = [
  { id: 'walk', title: 'Brisk walk', activity: walk },
  { id: 'plain', title: 'Stretch', activity: null },
  { id: 'lights', title: 'Lights out', activity: { area: 'sleep', mark: 'lights-out' } as const },
];
const completion = (routineId: string, date: string, status: string, atEpochMs: number) => ({
  id: `${routineId}|${date}|18:00`,
  routineId,
  date,
  status,
  atEpochMs,
});

describe('done occurrences of routines that log themselves', () => {
  it('lists only done ones, of the area asked, on that date, in the order they were done', () => {
    const completions = [
      completion('walk', '2026-06-10', 'done', 2),
      completion('walk', '2026-06-09', 'done', 1),
      completion('plain', '2026-06-10', 'done', 3),
      completion('lights', '2026-06-10', 'done', 4),
      completion('walk', '2026-06-10', 'skipped', 5),
      completion('gone', '2026-06-10', 'done', 6), // a deleted routine
    ];
    expect(doneOccurrencesOn(routines, completions, '2026-06-10', 'exercise')).toEqual([
      { occurrenceId: 'walk|2026-06-10|18:00', title: 'Brisk walk', activity: walk, atEpochMs: 2 },
    ]);
    expect(doneOccurrencesOn(routines, completions, '2026-06-10', 'sleep').map((o) => o.title)).toEqual([
      'Lights out',
    ]);
  });
});
