import { afterEach, describe, expect, it } from 'vitest';
import { createTestDb } from '../../../../../tests/support/test-db';
import { createProfileRepository } from './profile-repository';
import { createSettingsRepository } from '../settings/settings-repository';
import { ValidationError } from '../validation';
import { defaultSettings } from '../settings/default-settings';

const validInput = {
  lifeStage: { ageBand: '31-50', sex: 'female', reproductiveStatus: 'none' },
  timeZone: 'Europe/Berlin',
  weekStart: 1,
  units: 'metric',
};

const dbs: ReturnType<typeof createTestDb>[] = [];
function setup(now = () => 1_700_000_000_000) {
  const db = createTestDb();
  dbs.push(db);
  return { db, profiles: createProfileRepository(db, now), settings: createSettingsRepository(db) };
}
afterEach(() => dbs.splice(0).forEach((db) => db.close()));

describe('profile repository', () => {
  it('has no profile before onboarding', async () => {
    const { profiles } = setup();
    expect(await profiles.get()).toBeNull();
  });

  it('saves the profile with the disclaimer accepted now, and default settings, on onboarding', async () => {
    const { profiles, settings } = setup(() => 42);
    const saved = await profiles.completeOnboarding(validInput);
    expect(saved).toMatchObject({ id: 'me', timeZone: 'Europe/Berlin', disclaimerAcceptedAtEpochMs: 42 });
    expect(await profiles.get()).toEqual(saved);
    expect(await settings.get()).toEqual({ ...defaultSettings(), updatedAtEpochMs: 42 });
  });

  it.each([
    [
      'a missing age band',
      { ...validInput, lifeStage: { ...validInput.lifeStage, ageBand: undefined } },
      'lifeStage.ageBand',
    ],
    ['an unknown time zone', { ...validInput, timeZone: 'Mars/Olympus' }, 'timeZone'],
    ['a week starting on Wednesday', { ...validInput, weekStart: 3 }, 'weekStart'],
    ['imperial units spelt wrong', { ...validInput, units: 'imperial' }, 'units'],
    // Pregnancy values exist only for the female reference values aged 14–50.
    [
      'pregnancy with male reference values',
      { ...validInput, lifeStage: { ageBand: '31-50', sex: 'male', reproductiveStatus: 'pregnant' } },
      'lifeStage.reproductiveStatus',
    ],
    [
      'pregnancy at 51+',
      { ...validInput, lifeStage: { ageBand: '51+', sex: 'female', reproductiveStatus: 'pregnant' } },
      'lifeStage.reproductiveStatus',
    ],
  ])('rejects %s with a message on that field and saves nothing', async (_name, input, field) => {
    const { profiles } = setup();
    const error = await profiles.completeOnboarding(input).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect(Object.keys((error as ValidationError).fieldErrors)).toContain(field);
    expect(await profiles.get()).toBeNull();
  });

  it('updates a saved profile and keeps when the disclaimer was accepted', async () => {
    let now = 10;
    const { profiles } = setup(() => now);
    await profiles.completeOnboarding(validInput);
    now = 20;
    const updated = await profiles.update({ ...validInput, timeZone: 'America/New_York', weekStart: 7 });
    expect(updated).toMatchObject({
      timeZone: 'America/New_York',
      weekStart: 7,
      disclaimerAcceptedAtEpochMs: 10,
      updatedAtEpochMs: 20,
    });
  });

  it('keeps the old profile when an update is invalid', async () => {
    const { profiles } = setup();
    const before = await profiles.completeOnboarding(validInput);
    await expect(profiles.update({ ...validInput, units: 'cubits' })).rejects.toBeInstanceOf(ValidationError);
    expect(await profiles.get()).toEqual(before);
  });
});

describe('settings repository', () => {
  it('returns defaults before anything is saved', async () => {
    const { settings } = setup();
    expect(await settings.get()).toEqual(defaultSettings());
  });

  it.each([
    [
      'a snooze of 7 minutes',
      { reminders: { ...defaultSettings().reminders, snoozeMinutes: 7 } },
      'reminders.snoozeMinutes',
    ],
    [
      'a nag interval of 0',
      { reminders: { ...defaultSettings().reminders, nagIntervalMinutes: 0 } },
      'reminders.nagIntervalMinutes',
    ],
    [
      'a nag count that is not a number',
      { reminders: { ...defaultSettings().reminders, nagMaxCount: Number.NaN } },
      'reminders.nagMaxCount',
    ],
    [
      'quiet hours starting and ending at once',
      { reminders: { ...defaultSettings().reminders, quietHours: { start: '22:00', end: '22:00' } } },
      'reminders.quietHours',
    ],
    [
      'quiet hours at 25:00',
      { reminders: { ...defaultSettings().reminders, quietHours: { start: '25:00', end: '07:00' } } },
      'reminders.quietHours.start',
    ],
  ])('rejects %s and keeps the saved settings', async (_name, patch, field) => {
    const { settings } = setup();
    const saved = await settings.update({ ...defaultSettings(), hideStreaks: true });
    const error = await settings.update({ ...defaultSettings(), ...patch }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect(Object.keys((error as ValidationError).fieldErrors)).toContain(field);
    expect(await settings.get()).toEqual(saved);
  });
});
