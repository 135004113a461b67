import { describe, expect, it } from 'vitest';
import {
  chooseTimings,
  circleScale,
  phaseAnnouncement,
  phaseAt,
  phaseCue,
  presetTimings,
  type BreathPhaseKind,
  type BreathTimings,
} from './breathing';

const start = Date.UTC(2026, 5, 10, 8, 0, 0);

/** The kind at each sampled second of two cycles, read from a fake clock ticking one second at a time. */
function kindsEverySecond(timings: BreathTimings, seconds: number): BreathPhaseKind[] {
  const kinds: BreathPhaseKind[] = [];
  for (let s = 0; s < seconds; s += 1) kinds.push(phaseAt(timings, start, start + s * 1000).kind);
  return kinds;
}

/** Consecutive repeats folded: the phase sequence. */
const sequence = (kinds: BreathPhaseKind[]) => kinds.filter((kind, i) => kind !== kinds[i - 1]);

describe('phaseAt: each pattern’s phases in order on a fake clock', () => {
  it.each([
    // pattern, [phase, starts at ms] for one cycle, then the second cycle's first phase
    [
      'box',
      [
        ['in', 0],
        ['holdIn', 4000],
        ['out', 8000],
        ['holdOut', 12000],
        ['in', 16000],
      ],
    ],
    [
      '4-7-8',
      [
        ['in', 0],
        ['holdIn', 4000],
        ['out', 11000],
        ['in', 19000],
      ],
    ],
    // coherent: 5.5 s each way, no holds
    [
      'coherent',
      [
        ['in', 0],
        ['out', 5500],
        ['in', 11000],
      ],
    ],
    [
      '4-6',
      [
        ['in', 0],
        ['out', 4000],
        ['in', 10000],
      ],
    ],
  ] as const)('%s', (id, boundaries) => {
    const timings = presetTimings[id];
    boundaries.forEach(([kind, atMs], index) => {
      const phase = phaseAt(timings, start, start + atMs);
      expect(phase.kind).toBe(kind);
      expect(phase.phaseNumber).toBe(index);
      expect(phase.progress).toBe(0);
      // the last millisecond before a boundary still belongs to the phase before it
      if (index > 0) expect(phaseAt(timings, start, start + atMs - 1).kind).toBe(boundaries[index - 1]![0]);
    });
  });

  it('4-7-8 sampled every second over two cycles reads in, hold, out, in, hold, out', () => {
    const kinds = kindsEverySecond(presetTimings['4-7-8'], 38);
    expect(sequence(kinds)).toEqual(['in', 'holdIn', 'out', 'in', 'holdIn', 'out']);
    expect(kinds.filter((k) => k === 'holdIn')).toHaveLength(14); // 7 s held, twice
  });

  it('counts the seconds left down within a phase: 4, 3, 2, 1 then the hold’s 7', () => {
    const counts = [0, 1000, 2000, 3000, 3999, 4000].map(
      (ms) => phaseAt(presetTimings['4-7-8'], start, start + ms).secondsLeft,
    );
    expect(counts).toEqual([4, 3, 2, 1, 1, 7]);
  });

  it('a time before the start is the start', () => {
    expect(phaseAt(presetTimings.box, start, start - 5000)).toMatchObject({ kind: 'in', phaseNumber: 0 });
  });
});

describe('phaseAt: a 30-second clock jump (a hidden window) lands in the right phase and cycle', () => {
  it.each([
    // pattern, jump from (ms after start), expected phase, cycle, phase number, seconds left
    ['box', 0, 'holdOut', 1, 7, 2], // 30 s = one 16 s cycle + 14 s: the last hold, 2 s left
    ['box', 5000, 'in', 2, 8, 1], // 35 s = 2 × 16 + 3: the last second of a breath in
    ['4-7-8', 0, 'out', 1, 5, 8], // 30 s = 19 + 11: the out-breath's very first millisecond
    ['4-7-8', 10_000, 'in', 2, 6, 2], // 40 s = 2 × 19 + 2
    ['coherent', 0, 'out', 2, 5, 3], // 30 s = 2 × 11 + 8: 2.5 s into the out-breath
    ['4-6', 0, 'in', 3, 6, 4], // 30 s = 3 × 10 exactly: a new breath in
  ] as const)('%s, jumping from +%i ms', (id, fromMs, kind, cycle, phaseNumber, secondsLeft) => {
    const timings = presetTimings[id];
    const before = phaseAt(timings, start, start + fromMs);
    const after = phaseAt(timings, start, start + fromMs + 30_000);
    expect(after).toMatchObject({ kind, cycle, phaseNumber, secondsLeft });
    expect(after.phaseNumber).toBeGreaterThan(before.phaseNumber);
    // the same as a clock that ticked every 250 ms through the gap: nothing was stretched
    let ticked = before;
    for (let ms = fromMs; ms <= fromMs + 30_000; ms += 250) ticked = phaseAt(timings, start, start + ms);
    expect(ticked).toEqual(after);
  });
});

describe('cues', () => {
  it.each([
    [presetTimings['4-7-8'], 0, 'Breathe in… 4', 'Breathe in for 4 seconds.'],
    [presetTimings['4-7-8'], 4000, 'Hold… 7', 'Hold for 7 seconds.'],
    [presetTimings['4-7-8'], 11_000, 'Breathe out… 8', 'Breathe out for 8 seconds.'],
    [presetTimings.coherent, 0, 'Breathe in… 6', 'Breathe in for 5.5 seconds.'],
    [{ in: 1, holdIn: 0, out: 2, holdOut: 0 }, 0, 'Breathe in… 1', 'Breathe in for 1 second.'],
  ])('%j at +%i ms shows %s and announces %s', (timings, ms, cue, announcement) => {
    const phase = phaseAt(timings, start, start + ms);
    expect(phaseCue(phase)).toBe(cue);
    expect(phaseAnnouncement(phase)).toBe(announcement);
  });

  it.each([
    ['in', 0, 0.55],
    ['in', 0.5, 0.775],
    ['holdIn', 0.3, 1],
    ['out', 0.5, 0.775],
    ['holdOut', 0.9, 0.55],
  ] as const)('the circle on %s at %f is scaled %f', (kind, progress, scale) => {
    expect(circleScale({ kind, progress })).toBeCloseTo(scale);
  });
});

describe('chooseTimings: a custom pattern starts only within bounds', () => {
  const ok = { in: 4, holdIn: 2, out: 6, holdOut: 0 };
  it.each([
    [ok, null],
    [{ ...ok, in: 60, out: 60, holdIn: 60, holdOut: 60 }, null], // every phase at the limit
    [{ ...ok, in: 1, out: 1 }, null],
    [{ ...ok, in: 0 }, 'in'], // 0 s would skip the breath
    [{ ...ok, out: 0 }, 'out'],
    [{ ...ok, in: 61 }, 'in'],
    [{ ...ok, holdIn: 61 }, 'holdIn'],
    [{ ...ok, holdOut: 90 }, 'holdOut'],
    [{ ...ok, holdIn: -1 }, 'holdIn'],
    [{ ...ok, out: Number.NaN }, 'out'], // an empty box
  ] as [BreathTimings, BreathPhaseKind | null][])('%j is refused at %s', (custom, field) => {
    const choice = chooseTimings('custom', custom);
    if (field === null) {
      expect(choice).toEqual({ ok: true, timings: custom });
      return;
    }
    expect(choice.ok).toBe(false);
    if (choice.ok) return;
    expect(Object.keys(choice.fieldErrors)).toEqual([field]);
    expect(choice.fieldErrors[field]).toMatch(/for (0|1) to 60 seconds\.|as a number/);
  });

  it('names the rule in the message', () => {
    const zero = chooseTimings('custom', { ...ok, in: 0 });
    const long = chooseTimings('custom', { ...ok, out: 75 });
    expect(zero).toEqual({
      ok: false,
      fieldErrors: { in: 'Breathe in for 1 to 60 seconds. 0 seconds would skip the breath.' },
    });
    expect(long).toEqual({
      ok: false,
      fieldErrors: {
        out: 'Breathe out for 1 to 60 seconds. Longer than a minute is not a comfortable phase.',
      },
    });
  });

  it('a preset ignores the custom boxes', () => {
    expect(chooseTimings('box', { in: 0 })).toEqual({ ok: true, timings: presetTimings.box });
  });
});
