// The settings a person starts with (first run, and until the row is read). Migrations keep frozen copies of their own.
import type { SettingsRow } from '../../db/schema';

export function defaultSettings(): SettingsRow {
  // A default has never been written: nothing newer than any saved row.
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
    freeDays: [6, 7],
    updatedAtEpochMs: 0,
  };
}
