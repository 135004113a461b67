// Data safety in real Chromium: an emptied store with a row marker offers the newest backup (never the
// onboarding), a store the app cannot open shows the failure screen and is left as it was, and Settings
// lists the backups. The desktop bridge is a page-side fake of the preload API (`window.steadyweek`).
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, onboard, test } from './fixtures';

const backup = {
  id: '20260614T070000000Z-daily.json',
  reason: 'daily',
  createdAtEpochMs: Date.UTC(2026, 5, 14, 7),
  bytes: 52_000,
  envelope: {
    format: 'steadyweek',
    formatVersion: 1,
    appVersion: '1.0.0',
    schemaVersion: 3,
    exportedAt: '2026-06-14T07:00:00.000Z',
    counts: { routines: 4, completions: 310, doses: 120, checkins: 40 },
    dateRange: { first: '2026-01-02', last: '2026-06-14' },
  },
  fewerRowsThanBefore: false,
};
const smaller = {
  ...backup,
  id: '20260615T070000000Z-daily-fewer.json',
  createdAtEpochMs: Date.UTC(2026, 5, 15, 7),
  envelope: { ...backup.envelope, counts: { routines: 4, doses: 10 } },
  fewerRowsThanBefore: true,
};

/** A desktop bridge answering as main would, with the marker and backups given. */
async function fakeDesktop(page: Page, options: { marker: unknown; backups: unknown[] }) {
  await page.addInitScript((answers) => {
    const fixed: Record<string, unknown> = {
      setReminderRules: { refused: [] },
      getReminderPause: { untilEpochMs: null },
      getRowMarker: answers.marker,
      listBackups: answers.backups,
      dueBackups: [],
    };
    (window as unknown as Record<string, unknown>).steadyweek = new Proxy(
      {},
      {
        get: (_target, name: string) =>
          name.startsWith('on') ? () => () => {} : async () => (name in fixed ? fixed[name] : undefined),
      },
    );
  }, options);
}

/** Makes a store on the app's origin before the app has opened it: `version`, with one dose row. */
async function storeBeforeTheApp(
  page: Page,
  version: number,
  options: { profileWithoutKeyPath?: boolean } = {},
) {
  await page.goto('./icon.svg');
  await page.evaluate(
    ({ version, profileWithoutKeyPath }) =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('steadyweek', version);
        request.onupgradeneeded = () => {
          request.result.createObjectStore('doses', { keyPath: 'id' }).put({ id: 'd1', mg: 100 });
          if (profileWithoutKeyPath)
            request.result.createObjectStore('profile').put({ timeZone: 'Europe/Berlin' }, 'me');
        };
        request.onsuccess = () => {
          request.result.close();
          resolve();
        };
        request.onerror = () => reject(request.error);
      }),
    { version, profileWithoutKeyPath: options.profileWithoutKeyPath ?? false },
  );
}

/** The store as plain IndexedDB sees it: its version, its tables and the dose row. */
const storedDose = (page: Page) =>
  page.evaluate(
    () =>
      new Promise((resolve) => {
        const request = indexedDB.open('steadyweek');
        request.onsuccess = () => {
          const db = request.result;
          const get = db.transaction('doses').objectStore('doses').get('d1');
          get.onsuccess = () => {
            resolve({ version: db.version, stores: [...db.objectStoreNames], row: get.result as unknown });
            db.close();
          };
        };
      }),
  );

async function expectNoSeriousAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} theme`, () => {
    test.use({ colorScheme });

    test('an empty store with a row marker offers the newest backup, not the onboarding', async ({
      page,
      consoleErrors,
    }) => {
      await fakeDesktop(page, {
        marker: { counts: { routines: 4, doses: 120 }, atEpochMs: Date.UTC(2026, 5, 15, 8) },
        backups: [smaller, backup],
      });
      await page.goto('./');
      await expect(page.getByRole('heading', { name: /Your data is missing/ })).toBeVisible();
      await expect(page.getByRole('heading', { name: 'Welcome to Steadyweek' })).toBeHidden();
      await expect(page.getByText(/Daily backup · 474 rows from 2026-01-02 to 2026-06-14/)).toBeVisible();
      await expect(page.getByRole('button', { name: 'Restore this backup' })).toBeVisible();
      await expectNoSeriousAxeViolations(page);
      await page.screenshot({ path: `/tmp/data-safety-restore-offer-${colorScheme}.png`, fullPage: true });
      await page.getByRole('button', { name: 'Start fresh' }).click();
      await expect(page.getByRole('heading', { name: 'Welcome to Steadyweek' })).toBeVisible();
      expect(consoleErrors).toEqual([]);
    });

    test('a store the app cannot open shows the failure screen, and is left as it was', async ({ page }) => {
      // A store written by a newer version (IndexedDB version 90 = Dexie 9), with one row in it.
      await storeBeforeTheApp(page, 90);
      await page.goto('./');
      await expect(
        page.getByRole('heading', {
          name: 'Your data was saved by a newer version of Steadyweek than this one.',
        }),
      ).toBeVisible();
      await expect(page.getByText('Your data is kept.')).toBeVisible();
      await expect(page.getByRole('button', { name: 'Save a raw copy…' })).toBeVisible();
      await expectNoSeriousAxeViolations(page);
      await page.screenshot({ path: `/tmp/data-safety-failure-${colorScheme}.png`, fullPage: true });
      expect(await storedDose(page)).toEqual({ version: 90, stores: ['doses'], row: { id: 'd1', mg: 100 } });
    });

    test('a migration that throws shows the failure screen and leaves the store as it was', async ({
      page,
    }) => {
      // A v2 store (IndexedDB 20) whose profile table has no key path: the upgrade cannot rewrite it.
      await storeBeforeTheApp(page, 20, { profileWithoutKeyPath: true });
      await page.goto('./');
      await expect(
        page.getByRole('heading', { name: 'Steadyweek could not update your data to this version.' }),
      ).toBeVisible();
      await expect(page.getByText('Your data is kept.')).toBeVisible();
      await expect(page.getByRole('heading', { name: 'Welcome to Steadyweek' })).toBeHidden();
      expect(await storedDose(page)).toEqual({
        version: 20,
        stores: ['doses', 'profile'],
        row: { id: 'd1', mg: 100 },
      });
    });

    test('Settings lists the backups with their preview and the far-fewer-rows note', async ({
      page,
      consoleErrors,
    }) => {
      await fakeDesktop(page, { marker: null, backups: [smaller, backup] });
      await onboard(page);
      await page.goto('./#/settings');
      const section = page.getByRole('region', { name: 'Backups' });
      await expect(section.getByRole('listitem')).toHaveCount(2);
      await expect(section.getByText(/far fewer rows than the one before it/)).toHaveCount(1);
      await section.getByRole('button', { name: 'Restore…' }).first().click();
      await expect(section.getByRole('group', { name: 'Confirm the restore' })).toBeVisible();
      await expectNoSeriousAxeViolations(page);
      await section.screenshot({ path: `/tmp/data-safety-settings-${colorScheme}.png` });
      expect(consoleErrors).toEqual([]);
    });
  });
}
