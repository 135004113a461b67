// Close-to-tray and launch-at-login, kept in userData so closing behaves as chosen from the first moment after a restart.
import { desktopSettingsSchema, type DesktopSettings } from '@shared/ipc/contract';
import { writeAtomically } from './files/atomic-write';
import { readJsonFile } from './files/json-file';

export const DEFAULT_DESKTOP_SETTINGS: DesktopSettings = { openAtLogin: false, closeToTray: true };

export function loadDesktopSettings(filePath: string, now: () => number = Date.now): DesktopSettings {
  // Unreadable settings are kept aside and fall back to the defaults; the renderer sends its own copy again when changed.
  return readJsonFile(filePath, desktopSettingsSchema, { now }) ?? DEFAULT_DESKTOP_SETTINGS;
}

export function saveDesktopSettings(filePath: string, settings: DesktopSettings): void {
  try {
    writeAtomically(filePath, JSON.stringify(desktopSettingsSchema.parse(settings)));
  } catch (error) {
    console.error('[settings] could not save desktop settings', error);
  }
}
