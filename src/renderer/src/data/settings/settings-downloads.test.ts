import { describe, expect, it } from 'vitest';
import { createTestDb } from '../../../../../tests/support/test-db';
import { createSettingsRepository } from './settings-repository';

describe('the web-mode download record in the settings row', () => {
  it('remembers the last download and the last "not now", and a saved settings form keeps them', async () => {
    const db = createTestDb();
    let now = 1_000;
    const settings = createSettingsRepository(db, () => now);
    await settings.recordDownload('downloaded');
    now = 2_000;
    await settings.recordDownload('dismissed');
    expect((await settings.get()).downloads).toEqual({
      lastAtEpochMs: 1_000,
      reminderDismissedAtEpochMs: 2_000,
    });

    now = 3_000;
    const current = await settings.get();
    await settings.update({
      reminders: current.reminders,
      launchAtLogin: current.launchAtLogin,
      closeToTray: current.closeToTray,
      hideStreaks: true,
    });
    expect(await settings.get()).toMatchObject({
      hideStreaks: true,
      downloads: { lastAtEpochMs: 1_000, reminderDismissedAtEpochMs: 2_000 },
      updatedAtEpochMs: 3_000,
    });
  });
});
