import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_DESKTOP_SETTINGS, loadDesktopSettings, saveDesktopSettings } from './desktop-settings';

const file = () => join(mkdtempSync(join(tmpdir(), 'steadyweek-settings-')), 'desktop-settings.json');

describe('desktop settings file', () => {
  it('survives a restart', () => {
    const path = file();
    saveDesktopSettings(path, { openAtLogin: true, closeToTray: false });
    expect(loadDesktopSettings(path)).toEqual({ openAtLogin: true, closeToTray: false });
  });

  it.each([
    ['missing', null],
    ['not JSON', '{'],
    // a value of the wrong type must not turn close-to-tray off by accident
    ['the wrong shape', '{"openAtLogin":true,"closeToTray":"no"}'],
    ['truncated', '{"openAtLogin":true,"closeTo'],
  ])('falls back to hide-to-tray when the file is %s, and keeps a bad file aside', (_label, text) => {
    const path = file();
    if (text !== null) writeFileSync(path, text);
    expect(loadDesktopSettings(path, () => 1_700_000_000_000)).toEqual(DEFAULT_DESKTOP_SETTINGS);
    const aside = `${path}.corrupt-20231114T221320Z`;
    expect(existsSync(aside)).toBe(text !== null);
    if (text !== null) expect(readFileSync(aside, 'utf8')).toBe(text);
  });
});
