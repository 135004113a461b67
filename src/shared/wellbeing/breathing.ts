// Breathing patterns as data, and the phase at any instant as a pure function of the pattern, the start and now.
import { z } from 'zod';
import { maxBreathPhaseSeconds, minBreathMoveSeconds } from '../bounds';

export const breathPhaseKinds = ['in', 'holdIn', 'out', 'holdOut'] as const;
export type BreathPhaseKind = (typeof breathPhaseKinds)[number];

/** Seconds of each phase, in order: in, hold (lungs full), out, hold (lungs empty). */
export type BreathTimings = Record<BreathPhaseKind, number>;

export const breathingPatternIds = ['box', '4-7-8', 'coherent', '4-6', 'custom'] as const;
export type BreathingPatternId = (typeof breathingPatternIds)[number];
export type PresetPatternId = Exclude<BreathingPatternId, 'custom'>;

export const presetTimings: Record<PresetPatternId, BreathTimings> = {
  box: { in: 4, holdIn: 4, out: 4, holdOut: 4 },
  '4-7-8': { in: 4, holdIn: 7, out: 8, holdOut: 0 },
  coherent: { in: 5.5, holdIn: 0, out: 5.5, holdOut: 0 },
  '4-6': { in: 4, holdIn: 0, out: 6, holdOut: 0 },
};

export const patternNames: Record<BreathingPatternId, string> = {
  box: 'Box 4-4-4-4',
  '4-7-8': '4-7-8',
  coherent: 'Coherent 5.5 in, 5.5 out',
  '4-6': '4 in, 6 out',
  custom: 'Custom',
};

const phaseLabels: Record<BreathPhaseKind, string> = {
  in: 'Breathe in',
  holdIn: 'Hold',
  out: 'Breathe out',
  holdOut: 'Hold',
};

function phaseSeconds(label: string, minSeconds: number) {
  const range = `${label} for ${minSeconds} to ${maxBreathPhaseSeconds} seconds.`;
  return z
    .number({ error: `Enter the seconds to ${label.toLowerCase()} as a number.` })
    .min(
      minSeconds,
      minSeconds > 0 ? `${range} 0 seconds would skip the breath.` : `${range} 0 means no hold.`,
    )
    .max(maxBreathPhaseSeconds, `${range} Longer than a minute is not a comfortable phase.`);
}

/** A custom pattern as the form sends it. */
export const customTimingsSchema = z.object({
  in: phaseSeconds('Breathe in', minBreathMoveSeconds),
  holdIn: phaseSeconds('Hold', 0),
  out: phaseSeconds('Breathe out', minBreathMoveSeconds),
  holdOut: phaseSeconds('Hold', 0),
});

/** The phases a pattern actually has (holds of 0 s are skipped), in milliseconds. */
export function phasesOf(timings: BreathTimings): { kind: BreathPhaseKind; ms: number }[] {
  return breathPhaseKinds
    .map((kind) => ({ kind, ms: Math.round(timings[kind] * 1000) }))
    .filter((phase) => phase.ms > 0);
}

export interface BreathPhase {
  kind: BreathPhaseKind;
  /** Counts phases from the start (0, 1, 2 …): it changes exactly once per phase. */
  phaseNumber: number;
  /** Whole cycles already breathed. */
  cycle: number;
  phaseMs: number;
  /** How far into this phase, 0 to just under 1. */
  progress: number;
  /** Whole seconds left in this phase, as counted aloud (4, 3, 2, 1). */
  secondsLeft: number;
}

/**
 * The phase at `nowEpochMs` of a pattern started at `startEpochMs`. Computed from the wall clock alone, so a
 * hidden window or a busy machine never stretches a phase: after a jump the breath is where the clock says.
 */
export function phaseAt(timings: BreathTimings, startEpochMs: number, nowEpochMs: number): BreathPhase {
  const phases = phasesOf(timings);
  const cycleMs = phases.reduce((sum, phase) => sum + phase.ms, 0);
  if (cycleMs <= 0) throw new RangeError('A breathing pattern needs a breath in and a breath out.');
  const elapsedMs = Math.max(0, nowEpochMs - startEpochMs);
  const cycle = Math.floor(elapsedMs / cycleMs);
  let intoCycleMs = elapsedMs - cycle * cycleMs;
  for (const [index, phase] of phases.entries()) {
    if (intoCycleMs < phase.ms) {
      return {
        kind: phase.kind,
        phaseNumber: cycle * phases.length + index,
        cycle,
        phaseMs: phase.ms,
        progress: intoCycleMs / phase.ms,
        secondsLeft: Math.ceil((phase.ms - intoCycleMs) / 1000),
      };
    }
    intoCycleMs -= phase.ms;
  }
  /* c8 ignore next: intoCycleMs < cycleMs, so a phase always matches. */
  throw new RangeError('unreachable');
}

function secondsText(ms: number): string {
  const seconds = Math.round(ms / 100) / 10;
  return `${seconds} ${seconds === 1 ? 'second' : 'seconds'}`;
}

/** The visible cue, counting down: "Breathe in… 4". */
export function phaseCue(phase: BreathPhase): string {
  return `${phaseLabels[phase.kind]}… ${phase.secondsLeft}`;
}

/** What a screen reader hears, once per phase: "Breathe in for 4 seconds." */
export function phaseAnnouncement(phase: Pick<BreathPhase, 'kind' | 'phaseMs'>): string {
  return `${phaseLabels[phase.kind]} for ${secondsText(phase.phaseMs)}.`;
}

/** The circle's size for a phase and its progress: grows on in, stays full on hold, shrinks on out. */
export function circleScale(phase: Pick<BreathPhase, 'kind' | 'progress'>, smallest = 0.55): number {
  const span = 1 - smallest;
  switch (phase.kind) {
    case 'in':
      return smallest + span * phase.progress;
    case 'holdIn':
      return 1;
    case 'out':
      return 1 - span * phase.progress;
    case 'holdOut':
      return smallest;
  }
}

/** "4-7-8" style timings for a log note: in, hold, out, hold. */
export function timingsText(timings: BreathTimings): string {
  return breathPhaseKinds.map((kind) => timings[kind]).join('-');
}

export type TimingsChoice =
  { ok: true; timings: BreathTimings } | { ok: false; fieldErrors: Partial<Record<BreathPhaseKind, string>> };

/** The timings to start with: a preset's, or a custom pattern's once every phase is within bounds (else nothing starts). */
export function chooseTimings(patternId: BreathingPatternId, custom: unknown): TimingsChoice {
  if (patternId !== 'custom') return { ok: true, timings: presetTimings[patternId] };
  const parsed = customTimingsSchema.safeParse(custom);
  if (parsed.success) return { ok: true, timings: parsed.data };
  const fieldErrors: Partial<Record<BreathPhaseKind, string>> = {};
  for (const issue of parsed.error.issues) {
    const kind = issue.path[0] as BreathPhaseKind;
    fieldErrors[kind] ??= issue.message;
  }
  return { ok: false, fieldErrors };
}
