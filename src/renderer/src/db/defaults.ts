// Default rows, used on first run and by migrations.
import type { SettingsRow } from './schema';

export function defaultSettings(): SettingsRow {
  return {
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
  };
}
