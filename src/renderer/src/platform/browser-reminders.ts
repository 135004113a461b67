// The shared reminder engine running in the page (web mode): one tab leads (Web Locks) and ticks every 30 s
// and on visibility change, showing Web Notifications or the in-app banner; the other tabs wait their turn.
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
import { ENGINE_STATE_KEY, pauseInStoredState } from './engine-state-key';
import { leadWhileOpen, type LockRequester } from './tab-leader';

/** The Web Lock held by the tab that runs the engine. */
export const ENGINE_LEADER_LOCK = 'steadyweek:reminder-engine-leader';

export interface BrowserReminderDeps {
  win?: Window;
  now?: () => number;
  storage?: Pick<Storage, 'getItem' | 'setItem'>;
  /** The election between tabs; `navigator.locks` by default, null to lead alone. */
  locks?: LockRequester | null;
}

export function createBrowserReminderEngine(deps: BrowserReminderDeps = {}): BrowserReminderEngine & {
  dispose(): void;
} {
  const win = deps.win ?? window;
  const now = deps.now ?? Date.now;
  const storage = deps.storage ?? win.localStorage;
  let payload: ReminderRulesPayload | null = null;
  let state = initialEngineState();
  let leading = false;
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

  function runTick(): void {
    // A waiting tab keeps the latest rules (every tab reads the same database) but shows nothing.
    if (!leading || !payload) return;
    const result = tick({ rules: payload.rules, settings: payload.settings, state, nowEpochMs: now() });
    state = result.state;
    // Saved before showing: a crash between the two loses a notice rather than doubling it.
    save();
    for (const notice of result.notices) show(notice);
    schedule(result.nextWakeEpochMs);
  }

  function schedule(nextWakeEpochMs: number | null) {
    if (timer !== null) clearTimeout(timer);
    const untilNext = nextWakeEpochMs === null ? TICK_INTERVAL_MS : nextWakeEpochMs - now();
    timer = setTimeout(runTick, Math.max(0, Math.min(TICK_INTERVAL_MS, untilNext)));
  }

  const onVisibility = () => {
    if (win.document.visibilityState === 'visible') runTick();
  };
  // Another tab paused or resumed: it wrote the pause into the stored state (see `storePause`).
  const onStorage = (event: StorageEvent) => {
    if (event.key !== ENGINE_STATE_KEY || event.newValue === null) return;
    const until = pauseInStoredState(event.newValue);
    if (until === state.pausedUntilEpochMs) return;
    state = pauseReminders(state, until);
    save();
    runTick();
  };

  const stopLeading = leadWhileOpen(
    deps.locks === undefined ? win.navigator?.locks : (deps.locks ?? undefined),
    ENGINE_LEADER_LOCK,
    () => {
      leading = true;
      // What the previous leader fired, snoozed and paused, up to its last tick.
      state = load(storage);
      win.document.addEventListener('visibilitychange', onVisibility);
      win.addEventListener('storage', onStorage);
      runTick();
    },
  );

  return {
    sync(next) {
      payload = next;
      runTick();
    },
    pause(untilEpochMs) {
      if (!leading) return; // the leader hears of it through the stored state
      state = pauseReminders(state, untilEpochMs);
      save();
      runTick();
    },
    dispose() {
      stopLeading();
      leading = false;
      if (timer !== null) clearTimeout(timer);
      win.document.removeEventListener('visibilitychange', onVisibility);
      win.removeEventListener('storage', onStorage);
    },
  };
}

function load(storage: Pick<Storage, 'getItem'>): ReminderEngineState {
  try {
    const raw = storage.getItem(ENGINE_STATE_KEY);
    const parsed = raw ? (JSON.parse(raw) as Partial<ReminderEngineState>) : null;
    // A state written only by `storePause` holds the pause alone; the rest starts empty.
    if (parsed?.version !== 1) return initialEngineState();
    return { ...initialEngineState(), ...parsed, pausedUntilEpochMs: pauseInStoredState(raw) };
  } catch {
    return initialEngineState();
  }
}
