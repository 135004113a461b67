// v2: adds templates, shopping items, supplement safety answers and applied reminder actions,
// and gives databases from v1 the settings row every later version can rely on.
import type { Transaction } from 'dexie';
import { defaultSettings } from '../defaults';

export async function upgradeToV2(tx: Transaction): Promise<void> {
  const settings = tx.table('settings');
  const existing = await settings.get('app');
  if (!existing) {
    await settings.put(defaultSettings());
    return;
  }
  // v1 rows may lack fields added to the settings shape; keep what the person chose.
  const defaults = defaultSettings();
  await settings.put({
    ...defaults,
    ...existing,
    reminders: { ...defaults.reminders, ...(existing.reminders ?? {}) },
  });
}
