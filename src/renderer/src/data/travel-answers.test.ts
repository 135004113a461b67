// The travel answers as the owners write them: follow moves the profile (and re-checks the plan), keep leaves it.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { travelQuestion } from '@shared/profile/travel';
import { createTestDb } from '../../../../tests/support/test-db';
import { createProfileRepository } from './profile/profile-repository';
import { createSettingsRepository } from './settings/settings-repository';
import { ValidationError } from './validation';

const HOME = 'Europe/Berlin';
const AWAY = 'America/New_York';
const profileInput = {
  lifeStage: { ageBand: '31-50', sex: 'female', reproductiveStatus: 'none' },
  timeZone: HOME,
  weekStart: 1,
  units: 'metric',
};

const dbs: ReturnType<typeof createTestDb>[] = [];
afterEach(() => dbs.splice(0).forEach((db) => db.close()));

async function setup() {
  const db = createTestDb();
  dbs.push(db);
  let nowEpochMs = Date.UTC(2026, 5, 1, 8);
  const now = () => nowEpochMs;
  const recheck = vi.fn(async () => {});
  const profiles = createProfileRepository(db, now, async () => ({ tables: [], recheck }));
  const settings = createSettingsRepository(db, now);
  await profiles.completeOnboarding(profileInput);
  const question = async (systemZone: string) =>
    travelQuestion((await profiles.get())!.timeZone, systemZone, (await settings.get()).travel ?? null);
  return { profiles, settings, recheck, question, later: () => (nowEpochMs += 60_000) };
}

describe('travel answers', () => {
  it('follow moves the profile to the new zone, re-checks the plan and records the answer', async () => {
    const { profiles, settings, recheck, question, later } = await setup();
    const at = later();
    const profile = await profiles.followSystemZone(AWAY);
    expect(profile).toMatchObject({ timeZone: AWAY, weekStart: 1, units: 'metric', updatedAtEpochMs: at });
    expect(recheck).toHaveBeenCalledWith(expect.anything(), profile.lifeStage, at);
    expect((await settings.get()).travel).toEqual({ systemZone: AWAY, answer: 'follow', atEpochMs: at });
    expect(await question(AWAY)).toBeNull();
  });

  it('keep leaves the profile in the home zone and records the answer so the question is not put again', async () => {
    const { profiles, settings, question, later } = await setup();
    const at = later();
    await settings.keepHomeTime({ systemZone: AWAY });
    expect((await profiles.get())!.timeZone).toBe(HOME);
    expect((await settings.get()).travel).toEqual({ systemZone: AWAY, answer: 'keep', atEpochMs: at });
    expect(await question(AWAY)).toBeNull();
    expect(await question('Asia/Tokyo')).toEqual({ homeZone: HOME, systemZone: 'Asia/Tokyo' });
  });

  it('saving the settings form keeps the travel answer', async () => {
    const { settings, question } = await setup();
    await settings.keepHomeTime({ systemZone: AWAY });
    const { id: _id, updatedAtEpochMs: _at, travel: _travel, ...form } = await settings.get();
    await settings.update({ ...form, hideStreaks: true });
    expect(await question(AWAY)).toBeNull();
  });

  it.each([
    ['follow', (s: Awaited<ReturnType<typeof setup>>) => s.profiles.followSystemZone('Mars/Olympus')],
    [
      'keep',
      (s: Awaited<ReturnType<typeof setup>>) => s.settings.keepHomeTime({ systemZone: 'Mars/Olympus' }),
    ],
  ])('%s refuses a zone Intl does not know and changes nothing', async (_, answer) => {
    const s = await setup();
    const before = { profile: await s.profiles.get(), settings: await s.settings.get() };
    await expect(answer(s)).rejects.toBeInstanceOf(ValidationError);
    expect({ profile: await s.profiles.get(), settings: await s.settings.get() }).toEqual(before);
  });
});
