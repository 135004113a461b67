import { describe, expect, it } from 'vitest';
import { createTestDb } from '../../../../../tests/support/test-db';
import { ValidationError } from '../validation';
import { defaultSettings } from './default-settings';
import { createSettingsRepository } from './settings-repository';

const form = () => {
  const { id: _id, updatedAtEpochMs: _at, travel: _travel, ...rest } = defaultSettings();
  return rest;
};

describe('free days (for social jet lag)', () => {
  it('are Saturday and Sunday until chosen, also for a form that does not send them', async () => {
    const settings = createSettingsRepository(createTestDb(), () => 1);
    expect((await settings.get()).freeDays).toEqual([6, 7]);
    const { freeDays: _freeDays, ...older } = form();
    expect((await settings.update(older)).freeDays).toEqual([6, 7]);
  });

  it.each([
    [
      [7, 5],
      [5, 7],
    ],
    [[], []],
  ])('saves %j as %j', async (freeDays, saved) => {
    const settings = createSettingsRepository(createTestDb(), () => 1);
    expect((await settings.update({ ...form(), freeDays })).freeDays).toEqual(saved);
    expect((await settings.get()).freeDays).toEqual(saved);
  });

  it.each([[[0]], [[8]], [[6, 6]]])('refuses %j and keeps what was there', async (freeDays) => {
    const settings = createSettingsRepository(createTestDb(), () => 1);
    await settings.update({ ...form(), freeDays: [5, 6] });
    const error = await settings.update({ ...form(), freeDays }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((await settings.get()).freeDays).toEqual([5, 6]);
  });
});
