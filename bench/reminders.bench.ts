// Reminder engine figures: tick cost with 200 routines, and lateness over a simulated month with sleeps and DST changes.
import type { ReminderSettings } from '../src/shared/ipc/contract';
import type { ReminderRule } from '../src/shared/routines/schedule';
import { initialEngineState, tick, TICK_INTERVAL_MS } from '../src/shared/reminders/engine';

function mulberry32(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pad = (n: number) => String(n).padStart(2, '0');

function makeRules(count: number, random: () => number): ReminderRule[] {
  const categories = ['supplement', 'meal', 'sleep', 'exercise', 'stress', 'custom'] as const;
  return Array.from({ length: count }, (_, i) => {
    const times = Array.from(
      { length: 1 + Math.floor(random() * 3) },
      () => `${pad(Math.floor(random() * 24))}:${pad(Math.floor(random() * 4) * 15)}`,
    );
    const kind = i % 10 === 9 ? 'times-per-week' : i % 2 === 0 ? 'daily' : 'weekly';
    return {
      routineId: `routine-${i}`,
      title: `Routine ${i}`,
      category: categories[i % categories.length]!,
      schedule:
        kind === 'daily'
          ? { kind: 'daily', times }
          : kind === 'weekly'
            ? { kind: 'weekly', days: [1, 3, 5, 6].filter(() => random() < 0.7).concat([2]), times }
            : { kind: 'times-per-week', count: 3, nudgeTime: '18:00' },
      startDate: '2026-01-01',
      endDate: null,
      paused: false,
      nag: i % 7 === 0 ? { intervalMinutes: 10, maxCount: 3 } : null,
      settledOccurrences: [],
    } satisfies ReminderRule;
  });
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

// 1. Tick cost: 200 routines, a tick every 30 s over three days (day changes included).
{
  const random = mulberry32(42);
  const rules = makeRules(200, random);
  const settings: ReminderSettings = {
    timeZone: 'Europe/Berlin',
    quietHours: { start: '22:30', end: '07:00' },
    snoozeMinutes: 10,
    enabled: true,
  };
  let state = initialEngineState();
  const start = Date.UTC(2026, 2, 27, 0, 0); // across the Berlin spring change
  const durations: number[] = [];
  for (let now = start; now < start + 3 * 86_400_000; now += TICK_INTERVAL_MS) {
    const t0 = performance.now();
    state = tick({ rules, settings, state, nowEpochMs: now }).state;
    durations.push(performance.now() - t0);
  }
  console.log(`reminder_tick_p95_ms: ${percentile(durations.slice(100), 95).toFixed(3)} ms`);
}

// 2. Lateness over a month: wakes at the next due instant (at most 30 s apart) with timer jitter,
// random sleeps, two DST changes (Berlin and New York) and a time-zone change mid-month.
{
  const random = mulberry32(7);
  const rules = makeRules(60, random);
  const berlin: ReminderSettings = {
    timeZone: 'Europe/Berlin',
    quietHours: null,
    snoozeMinutes: 10,
    enabled: true,
  };
  const newYork: ReminderSettings = { ...berlin, timeZone: 'America/New_York' };
  const start = Date.UTC(2026, 9, 10, 0, 0); // 10 Oct → 10 Nov 2026: Berlin 25 Oct, New York 1 Nov
  const end = start + 31 * 86_400_000;
  const switchAt = Date.UTC(2026, 9, 28, 12, 0);
  let state = initialEngineState();
  let now = start;
  let lateMax = 0;
  let fired = 0;
  let missedGroups = 0;
  const seen = new Set<string>();
  let duplicates = 0;
  while (now < end) {
    const settings = now < switchAt ? berlin : newYork;
    const result = tick({ rules, settings, state, nowEpochMs: now });
    state = result.state;
    for (const notice of result.notices) {
      if (notice.kind === 'grouped') {
        missedGroups += 1;
        for (const item of notice.items) {
          if (seen.has(item.id)) duplicates += 1;
          seen.add(item.id);
        }
        continue;
      }
      if (notice.reason !== 'due' && notice.reason !== 'nudge') continue;
      if (seen.has(notice.id)) duplicates += 1;
      seen.add(notice.id);
      fired += 1;
      lateMax = Math.max(lateMax, now - notice.dueEpochMs);
    }
    if (random() < 0.002) {
      now += 5 * 60_000 + Math.floor(random() * 10 * 3_600_000); // asleep: 5 min to 10 h
      continue;
    }
    const next =
      result.nextWakeEpochMs === null
        ? now + TICK_INTERVAL_MS
        : Math.min(now + TICK_INTERVAL_MS, result.nextWakeEpochMs);
    now = Math.max(now + 1, next) + Math.floor(random() * 250); // timers fire a little late
  }
  console.log(`reminder_late_max_ms: ${lateMax} ms`);
  console.log(`reminder_fired_on_time_count: ${fired} count`);
  console.log(`reminder_missed_groups_count: ${missedGroups} count`);
  console.log(`reminder_duplicate_fires_count: ${duplicates} count`);
}
