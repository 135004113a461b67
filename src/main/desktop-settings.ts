// Close-to-tray and launch-at-login, kept in userData so closing behaves as chosen from the first moment after a restart.
import { existsSync, readFileSync } from 'node:fs';
import { desktopSettingsSchema, type DesktopSettings } from '@shared/ipc/contract';
import { writeAtomically } from './outbox';

export const DEFAULT_DESKTOP_SETTINGS: DesktopSettings = { openAtLogin: false, closeToTray: true };

export function loadDesktopSettings(filePath: string): DesktopSettings {
  try {
    if (!existsSync(filePath)) return DEFAULT_DESKTOP_SETTINGS;
    return desktopSettingsSchema.parse(JSON.parse(readFileSync(filePath, 'utf8')));
  } catch {
    // Unreadable settings fall back to the defaults; the renderer sends its own copy again when changed.
    return DEFAULT_DESKTOP_SETTINGS;
  }
}

export function saveDesktopSettings(filePath: string, settings: DesktopSettings): void {
  try {
    writeAtomically(filePath, JSON.stringify(desktopSettingsSchema.parse(settings)));
  } catch (error) {
    console.error('[settings] could not save desktop settings', error);
  }
}
