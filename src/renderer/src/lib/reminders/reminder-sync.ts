// App-wide: keeps the reminder engine and tray in step with Dexie, and records Done/Snooze coming back.
import type { QueryClient } from '@tanstack/react-query';
import { liveQuery } from 'dexie';
import { addDays, localDateAt } from '@shared/recurrence/local-days';
import { dayPlan } from '@shared/routines/day-plan';
import { db } from '../../db/db';
import { defaultSettings } from '../../db/defaults';
import { browserPlatform, platform } from '../../platform';
import { BANNER_EVENT } from '../../platform/banner-event';
import { createBrowserReminderEngine } from '../../platform/browser-reminders';
import { routineQueries } from '../routines/routine-queries';
import { buildReminderPayload, buildTraySummary } from './reminder-payload';
import { applyReminderAction } from './reminder-actions';
import { toPlannable } from './plannable';
import { createRefusedRuleReporter } from './refused-rules';

let browserEngineAttached = false;

/** Starts the sync; returns the function that stops it. */
export function startReminderSync(queryClient: QueryClient): () => void {
  {
    if (browserPlatform && !browserEngineAttached) {
      browserEngineAttached = true;
      browserPlatform.attachReminderEngine(createBrowserReminderEngine());
    }
    let lastRules = '';
    let lastSummary = '';
    let latest: Awaited<ReturnType<typeof load>> | null = null;
    // A routine the engine refused is named in a banner; the others' reminders are set regardless.
    const reportRefused = createRefusedRuleReporter((banner) =>
      window.dispatchEvent(new CustomEvent(BANNER_EVENT, { detail: banner })),
    );

    const pushSummary = () => {
      if (!latest?.profile) return;
      const { profile, routines, completions } = latest;
      const now = Date.now();
      const today = localDateAt(now, profile.timeZone);
      const items = dayPlan(
        routines.map(toPlannable),
        completions,
        today,
        profile.timeZone,
        profile.weekStart,
      );
      const summary = buildTraySummary(items, now);
      const text = JSON.stringify(summary);
      if (text === lastSummary) return;
      lastSummary = text;
      void platform.tray.setSummary(summary).catch(() => undefined);
    };

    const subscription = liveQuery(load).subscribe({
      next: (data) => {
        latest = data;
        void queryClient.invalidateQueries({ queryKey: routineQueries.all() });
        void queryClient.invalidateQueries({ queryKey: routineQueries.completionsAll() });
        if (!data.profile) return;
        const payload = buildReminderPayload({ ...data, profile: data.profile });
        const text = JSON.stringify(payload);
        if (text !== lastRules) {
          lastRules = text;
          void platform.reminders
            .sync(payload)
            .then(({ refused }) => reportRefused(refused))
            .catch((error: unknown) => console.warn('[reminders] sync failed', error));
        }
        pushSummary();
      },
      error: (error: unknown) => console.warn('[reminders] could not read routines', error),
    });
    // Items turn due and overdue as time passes, without any data changing.
    const minuteTimer = setInterval(pushSummary, 60_000);

    const offAction = platform.onReminderAction((action) => {
      void applyReminderAction(action)
        .then(() => platform.reminders.ack(action.actionId))
        .catch((error: unknown) =>
          console.warn('[reminders] could not record an action; it will be redelivered', error),
        );
    });
    // Only now is someone listening: main may deliver the actions it kept while no renderer was ready.
    void platform.ready();

    return () => {
      subscription.unsubscribe();
      clearInterval(minuteTimer);
      offAction();
    };
  }
}

async function load() {
  const [profile, settings, routines] = await Promise.all([
    db.profile.get('me'),
    db.settings.get('app'),
    db.routines.toArray(),
  ]);
  const zone = profile?.timeZone ?? 'UTC';
  const today = localDateAt(Date.now(), zone);
  // A week back covers "N times a week" progress; a day ahead covers tomorrow's early reminders.
  const completions = await db.completions
    .where('date')
    .between(addDays(today, -8), addDays(today, 1), true, true)
    .toArray();
  return {
    profile: profile ?? null,
    settings: settings ?? defaultSettings(),
    routines,
    completions,
  };
}
