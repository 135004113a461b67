// The shared reminder engine running in the page (web mode): ticks every 30 s and on visibility change, shows Web Notifications or the in-app banner.
import type { OccurrenceRef, ReminderBanner, ReminderRulesPayload } from '@shared/ipc/contract';
import {
  initialEngineState,
  pauseReminders,
  tick,
  TICK_INTERVAL_MS,
  type ReminderEngineState,
  type ReminderNotice,
} from '@shared/reminders/engine';
import { todayItemRoute } from '@shared/reminders/item-route';
import type { BrowserReminderEngine } from './browser';

import { BANNER_EVENT } from './banner-event';
import { ENGINE_STATE_KEY } from './engine-state-key';

export interface BrowserReminderDeps {
  win?: Window;
  now?: () => number;
  storage?: Pick<Storage, 'getItem' | 'setItem'>;
}

export function createBrowserReminderEngine(deps: BrowserReminderDeps = {}): BrowserReminderEngine & {
  tickNow(): ReminderNotice[];
  dispose(): void;
} {
  const win = deps.win ?? window;
  const now = deps.now ?? Date.now;
  const storage = deps.storage ?? win.localStorage;
  let payload: ReminderRulesPayload | null = null;
  let state = load(storage);
  let timer: ReturnType<typeof setTimeout> | null = null;
  const notifications = new Set<Notification>();

  function save() {
    try {
      storage.setItem(ENGINE_STATE_KEY, JSON.stringify(state));
    } catch {
      // Storage full or blocked: the engine keeps running from memory.
    }
  }

  function show(notice: ReminderNotice) {
    const occurrence: OccurrenceRef | null = notice.kind === 'due' ? notice.occurrence : null;
    const route = occurrence ? todayItemRoute(occurrence) : '#/today';
    const NotificationApi = (win as Window & typeof globalThis).Notification as
      typeof Notification | undefined;
    if (NotificationApi && NotificationApi.permission === 'granted') {
      const notification = new NotificationApi(notice.title, {
        body: notice.body,
        tag: notice.kind === 'due' ? notice.id : 'grouped',
      });
      notifications.add(notification);
      notification.onclick = () => {
        win.focus();
        win.location.hash = route.slice(1);
        notification.close();
        notifications.delete(notification);
      };
      notification.onclose = () => notifications.delete(notification);
      return;
    }
    const detail: ReminderBanner = { title: notice.title, body: notice.body, route, occurrence };
    win.dispatchEvent(new CustomEvent(BANNER_EVENT, { detail }));
  }

  function runTick(): ReminderNotice[] {
    if (!payload) return [];
    const result = tick({ rules: payload.rules, settings: payload.settings, state, nowEpochMs: now() });
    state = result.state;
    // Saved before showing: a crash between the two loses a notice rather than doubling it.
    save();
    for (const notice of result.notices) show(notice);
    schedule(result.nextWakeEpochMs);
    return result.notices;
  }

  function schedule(nextWakeEpochMs: number | null) {
    if (timer !== null) clearTimeout(timer);
    const untilNext = nextWakeEpochMs === null ? TICK_INTERVAL_MS : nextWakeEpochMs - now();
    timer = setTimeout(runTick, Math.max(0, Math.min(TICK_INTERVAL_MS, untilNext)));
  }

  const onVisibility = () => {
    if (win.document.visibilityState === 'visible') runTick();
  };
  win.document.addEventListener('visibilitychange', onVisibility);

  return {
    sync(next) {
      payload = next;
      runTick();
    },
    pause(untilEpochMs) {
      state = pauseReminders(state, untilEpochMs);
      save();
      runTick();
    },
    tickNow: runTick,
    dispose() {
      if (timer !== null) clearTimeout(timer);
      win.document.removeEventListener('visibilitychange', onVisibility);
    },
  };
}

function load(storage: Pick<Storage, 'getItem'>): ReminderEngineState {
  try {
    const raw = storage.getItem(ENGINE_STATE_KEY);
    const parsed = raw ? (JSON.parse(raw) as ReminderEngineState) : null;
    return parsed?.version === 1 ? parsed : initialEngineState();
  } catch {
    return initialEngineState();
  }
}
