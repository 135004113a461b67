// App-wide: keeps the reminder engine and tray in step with Dexie, and records Done/Snooze coming back.
import { QueriesObserver, type QueryClient, type QueryObserverOptions } from '@tanstack/react-query';
import { addDays, localDateAt } from '@shared/dates/calendar';
import { dayPlan } from '@shared/routines/day-plan';
import type { CompletionRow, Profile, RoutineRow, SettingsRow } from '../../db/schema';
import { profileQueries } from '../../data/profile/profile-queries';
import { settingsQueries } from '../../data/settings/settings-queries';
import { browserPlatform, platform } from '../../platform';
import { BANNER_EVENT } from '../../platform/banner-event';
import { createBrowserReminderEngine } from '../../platform/browser-reminders';
import { routineQueries } from '../../data/routines/routine-queries';
import { completionQueries } from '../../data/completions/completion-queries';
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
    let latest: {
      profile: Profile | null;
      settings: SettingsRow;
      routines: RoutineRow[];
      completions: CompletionRow[];
    } | null = null;
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

    // The same owner queries the screens read, so the sync follows every write through data/live.ts.
    let zone = 'UTC';
    const queries = () => {
      const today = localDateAt(Date.now(), zone);
      // A week back covers "N times a week" progress; a day ahead covers tomorrow's early reminders.
      return [
        profileQueries.profile(),
        settingsQueries.settings(),
        routineQueries.list(),
        completionQueries.between(addDays(today, -8), addDays(today, 1)),
      ] as QueryObserverOptions[];
    };
    const observer = new QueriesObserver(queryClient, queries());
    const onResults = (results: ReturnType<typeof observer.getCurrentResult>) => {
      const failed = results.find((r) => r.isError);
      if (failed) return console.warn('[reminders] could not read routines', failed.error);
      if (!results.every((r) => r.isSuccess)) return;
      const [profile, settings, routines, completions] = results.map((r) => r.data) as [
        Profile | null,
        SettingsRow,
        RoutineRow[],
        CompletionRow[],
      ];
      // The completions window follows the profile's day; when it moves, the observer reports again.
      if (profile && profile.timeZone !== zone) {
        zone = profile.timeZone;
        observer.setQueries(queries());
      }
      latest = { profile, settings, routines, completions };
      if (!profile) return;
      const payload = buildReminderPayload({ profile, settings, routines, completions });
      const text = JSON.stringify(payload);
      if (text !== lastRules) {
        lastRules = text;
        void platform.reminders
          .sync(payload)
          .then(({ refused }) => reportRefused(refused))
          .catch((error: unknown) => console.warn('[reminders] sync failed', error));
      }
      pushSummary();
    };
    const unsubscribe = observer.subscribe(onResults);
    onResults(observer.getCurrentResult());
    // Items turn due and overdue as time passes, without any data changing; a new day moves the window.
    const minuteTimer = setInterval(() => {
      observer.setQueries(queries());
      pushSummary();
    }, 60_000);

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
      unsubscribe();
      clearInterval(minuteTimer);
      offAction();
    };
  }
}
