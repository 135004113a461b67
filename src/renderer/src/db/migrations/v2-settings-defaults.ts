// v2: adds templates, shopping items, supplement safety answers and applied reminder actions,
// and gives databases from v1 the settings row every later version can rely on.
import type { Transaction } from 'dexie';

/** The settings row as v2 defined it, frozen: later changes to the app's defaults must not rewrite history. */
const v2DefaultSettings = {
  id: 'app',
  reminders: {
    enabled: true,
    quietHours: { start: '22:30', end: '07:00' },
    snoozeMinutes: 10,
    nagIntervalMinutes: 10,
    nagMaxCount: 3,
  },
  launchAtLogin: false,
  closeToTray: true,
  hideStreaks: false,
} as const;

export async function upgradeToV2(tx: Transaction): Promise<void> {
  const settings = tx.table('settings');
  const defaults = structuredClone(v2DefaultSettings);
  const existing = await settings.get('app');
  if (!existing) {
    await settings.put(defaults);
    return;
  }
  // v1 rows may lack fields added to the settings shape; keep what the person chose.
  await settings.put({
    ...defaults,
    ...existing,
    reminders: { ...defaults.reminders, ...(existing.reminders ?? {}) },
  });
}
