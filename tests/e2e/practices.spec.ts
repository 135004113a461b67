// The stress screen's guided practices in real Chromium, on Playwright's fake clock: a 4-7-8 session announces each
// phase once and logs itself with stress before and after; reduced motion keeps the circle still; a bad custom
// pattern starts nothing; a meditation ends on time after a jump; axe in light and dark.
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { expect, onboard, test } from './fixtures';

/** Lets the page run its pending tasks (React renders on a message-channel task, which the fake clock leaves real). */
async function settle(page: Page) {
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve();
        channel.port2.postMessage(null);
      }),
  );
}

/** Advances the paused page clock by `ms` in steps of `stepMs`, letting the page render after each step. */
async function advance(page: Page, ms: number, stepMs = 500) {
  for (let done = 0; done < ms; done += stepMs) {
    await page.clock.runFor(stepMs);
    await settle(page);
  }
}

/** Records every text the element takes, in the page, from now on. */
async function recordTexts(live: Locator) {
  await live.evaluate((element) => {
    const seen: string[] = [];
    (window as unknown as { liveTexts: string[] }).liveTexts = seen;
    new MutationObserver(() => seen.push(element.textContent ?? '')).observe(element, {
      childList: true,
      characterData: true,
      subtree: true,
    });
  });
}

const recordedTexts = (page: Page) =>
  page.evaluate(() => (window as unknown as { liveTexts: string[] }).liveTexts);

async function pauseClock(page: Page) {
  const pageNow = await page.evaluate(() => Date.now());
  await page.clock.pauseAt(pageNow + 1000);
}

/** Counts what the page asks of Web Audio (contexts made, oscillators started); call before the page loads. */
async function countAudio(page: Page) {
  await page.addInitScript(() => {
    const counts = { contexts: 0, tones: 0 };
    (window as unknown as { audioCounts: typeof counts }).audioCounts = counts;
    const Original = window.AudioContext;
    window.AudioContext = class extends Original {
      constructor(options?: AudioContextOptions) {
        super(options);
        counts.contexts += 1;
      }
      override createOscillator() {
        counts.tones += 1;
        return super.createOscillator();
      }
    };
  });
  return () =>
    page.evaluate(
      () => (window as unknown as { audioCounts: { contexts: number; tones: number } }).audioCounts,
    );
}

async function openStress(page: Page) {
  await page.clock.install();
  await onboard(page);
  await page.goto('./#/stress');
  await expect(page.getByRole('heading', { level: 1, name: 'Stress' })).toBeVisible();
  return {
    breathing: page.getByRole('region', { name: 'Guided breathing' }),
    meditation: page.getByRole('region', { name: 'Meditation timer' }),
    week: page.getByRole('region', { name: /This week/ }),
  };
}

test('a 4-7-8 session announces each phase once, ends on time and appears in the stress log with stress before and after', async ({
  page,
  consoleErrors,
}) => {
  test.setTimeout(60_000);
  const { breathing, week } = await openStress(page);
  await breathing.getByRole('radio', { name: '4-7-8' }).check();
  await breathing.getByLabel('Length').selectOption('1');
  await breathing
    .getByRole('group', { name: 'How stressed do you feel before? (optional)' })
    .getByRole('radio', { name: '4', exact: true })
    .check();
  const live = breathing.getByTestId('breath-announcement');
  await recordTexts(live);

  await pauseClock(page);
  await breathing.getByRole('button', { name: 'Start breathing' }).click();
  await settle(page);
  await expect(breathing.getByTestId('breath-cue')).toHaveText('Breathe in… 4');
  await advance(page, 2000);
  await expect(breathing.getByTestId('breath-cue')).toHaveText('Breathe in… 2'); // the visible count goes down
  await advance(page, 59_000);

  // One minute of 4-7-8 (19 s a cycle): in at 0, 19, 38 and 57 s; hold at 4, 23, 42; out at 11, 30, 49; then the end.
  // The live region changed once per phase, never with the seconds.
  const cycle = ['Breathe in for 4 seconds.', 'Hold for 7 seconds.', 'Breathe out for 8 seconds.'];
  expect(await recordedTexts(page)).toEqual([...cycle, ...cycle, ...cycle, cycle[0], 'Finished.']);

  await page.clock.resume(); // the screens' scheduled updates run on timers too
  await expect(breathing.getByRole('status').filter({ hasText: 'Logged 1 min of breathing.' })).toBeVisible();
  const entry = week.getByRole('listitem').filter({ hasText: 'Breathing' });
  await expect(entry).toContainText('1 min · 4-7-8 · stress 4 → –');

  await breathing
    .getByRole('group', { name: /How stressed do you feel now\?/ })
    .getByRole('radio', { name: '2', exact: true })
    .check();
  await breathing.getByRole('button', { name: 'Save rating' }).click();
  await expect(breathing.getByRole('status').filter({ hasText: 'Saved: stress 4 → 2.' })).toBeVisible();
  await expect(entry).toContainText('stress 4 → 2');
  await expect(week.getByTestId('stress-change')).toContainText('4.0 → 2.0');
  await expect(week.getByTestId('stress-change')).toContainText('A link, not a cause');

  await page.reload();
  await expect(page.getByRole('listitem').filter({ hasText: 'Breathing' })).toContainText(
    '4-7-8 · stress 4 → 2',
  );
  expect(consoleErrors).toEqual([]);
});

test('reduced motion shows a still circle with a counting cue; otherwise the circle grows on the breath in', async ({
  page,
}) => {
  const { breathing } = await openStress(page);
  const circle = breathing.getByTestId('breath-circle');
  await breathing.getByRole('radio', { name: 'Box 4-4-4-4' }).check();

  await page.emulateMedia({ reducedMotion: 'reduce' });
  await pauseClock(page);
  await breathing.getByRole('button', { name: 'Start breathing' }).click();
  await advance(page, 2000);
  await expect(breathing.getByTestId('breath-cue')).toHaveText('Breathe in… 2');
  await expect(circle).toHaveCSS('transform', 'none');
  await advance(page, 3000);
  await expect(breathing.getByTestId('breath-cue')).toHaveText('Hold… 3');
  await expect(circle).toHaveCSS('transform', 'none');

  await page.emulateMedia({ reducedMotion: 'no-preference' });
  await advance(page, 4000); // breathing out now: the circle is scaled down from full size
  await expect(breathing.getByTestId('breath-cue')).toHaveText('Breathe out… 3');
  await expect(circle).not.toHaveCSS('transform', 'none');
  await breathing.getByRole('button', { name: 'Stop breathing' }).click();
});

test('a custom pattern with a phase of 0 s or over 60 s gets a clear message and nothing starts or is saved', async ({
  page,
}) => {
  const { breathing, week } = await openStress(page);
  await breathing.getByRole('radio', { name: 'Custom' }).check();
  await breathing.getByLabel('Breathe in (seconds)').fill('0');
  await breathing.getByLabel('Hold after in (seconds)').fill('61');
  await breathing.getByRole('button', { name: 'Start breathing' }).click();
  await expect(breathing.getByLabel('Breathe in (seconds)')).toHaveAccessibleDescription(
    /Breathe in for 1 to 60 seconds\. 0 seconds would skip the breath\./,
  );
  await expect(breathing.getByLabel('Hold after in (seconds)')).toHaveAccessibleDescription(
    /Hold for 0 to 60 seconds\. Longer than a minute is not a comfortable phase\./,
  );
  await expect(breathing.getByText('Fix the pattern above; the session did not start.')).toBeVisible();
  await expect(breathing.getByRole('button', { name: 'Start breathing' })).toBeVisible();
  await expect(breathing.getByTestId('breath-cue')).toHaveText(' ');
  await page.clock.runFor(70_000);
  await expect(week.getByTestId('stress-total')).toHaveText('0 min');

  // Put right, it starts.
  await breathing.getByLabel('Breathe in (seconds)').fill('3');
  await breathing.getByLabel('Hold after in (seconds)').fill('0');
  await breathing.getByRole('button', { name: 'Start breathing' }).click();
  await expect(breathing.getByTestId('breath-cue')).toHaveText(/Breathe in… \d/);
  await expect(breathing.getByText('Fix the pattern above; the session did not start.')).toBeHidden();
});

test('a meditation still ends on time after a 30-second jump (a hidden window) and logs itself', async ({
  page,
}) => {
  const { meditation, week } = await openStress(page);
  await meditation.getByLabel('Sit for').fill('1');
  await pauseClock(page);
  await meditation.getByRole('button', { name: 'Start meditation' }).click();
  await advance(page, 40_000, 1000);
  await expect(meditation.getByTestId('meditation-left')).toHaveText('0:20 left');
  // The window is hidden: no timer runs for 30 s, then the clock has jumped past the end.
  await page.clock.fastForward(30_000);
  await settle(page);
  await expect(meditation.getByTestId('meditation-left')).toHaveText(' ');
  await page.clock.resume();
  await expect(
    meditation.getByRole('status').filter({ hasText: 'Logged 1 min of meditation.' }),
  ).toBeVisible();
  await expect(week.getByRole('listitem').filter({ hasText: 'Meditation' })).toContainText('1 min');

  // A bell interval as long as the sitting is refused; nothing starts.
  await meditation.getByLabel('Sit for').fill('2');
  await meditation.getByLabel('Interval bell').selectOption('2');
  await meditation.getByRole('button', { name: 'Start meditation' }).click();
  await expect(meditation.getByLabel('Interval bell')).toHaveAccessibleDescription(
    /shorter than the sitting/,
  );
  await expect(meditation.getByRole('button', { name: 'Start meditation' })).toBeVisible();
});

test('tones are off by default; turned on, the audio starts from the Start press and sounds once per phase', async ({
  page,
}) => {
  const audioCounts = await countAudio(page);
  const { breathing } = await openStress(page);
  await breathing.getByRole('radio', { name: '4 in, 6 out' }).check();
  await pauseClock(page);
  await breathing.getByRole('button', { name: 'Start breathing' }).click();
  await advance(page, 12_000);
  expect(await audioCounts()).toEqual({ contexts: 0, tones: 0 }); // off by default: no audio at all
  await breathing.getByRole('button', { name: 'Stop breathing' }).click();
  await breathing.getByRole('button', { name: 'Don’t log' }).click();

  await breathing.getByRole('checkbox', { name: 'Soft tone at each phase' }).check();
  expect((await audioCounts()).contexts).toBe(0); // not even on ticking the box: only Start makes the sound
  await breathing.getByRole('button', { name: 'Start breathing' }).click();
  await settle(page);
  await advance(page, 12_000); // in at 0, out at 4, in at 10: three phases
  expect(await audioCounts()).toEqual({ contexts: 1, tones: 3 });
  await breathing.getByRole('button', { name: 'Stop breathing' }).click();
});

test('interval bells ring at their minutes, a pause never rings one again, and the end has its own sound', async ({
  page,
}) => {
  test.setTimeout(60_000);
  const audioCounts = await countAudio(page);
  const { meditation } = await openStress(page);
  const heard = meditation.locator('[aria-live="polite"]');
  await meditation.getByLabel('Sit for').fill('3');
  await meditation.getByLabel('Interval bell').selectOption('1');
  await pauseClock(page);
  await meditation.getByRole('button', { name: 'Start meditation' }).click();
  await advance(page, 59_000, 1000);
  expect((await audioCounts()).tones).toBe(0);
  await advance(page, 2000, 1000);
  await expect(heard).toHaveText('Bell: 1:00 in.');
  expect((await audioCounts()).tones).toBe(3); // one bell: a fundamental and two partials

  await meditation.getByRole('button', { name: 'Pause meditation' }).click();
  await advance(page, 5 * 60_000, 10_000); // a long pause
  await meditation.getByRole('button', { name: 'Resume meditation' }).click();
  await advance(page, 5000, 1000);
  expect((await audioCounts()).tones).toBe(3); // the first bell does not ring again
  await advance(page, 60_000, 1000);
  await expect(heard).toHaveText('Bell: 2:00 in.');
  expect((await audioCounts()).tones).toBe(6);
  await advance(page, 60_000, 1000);
  await expect(heard).toHaveText('Finished.');
  expect((await audioCounts()).tones).toBe(12); // the end: two bells, not a third interval bell
  await page.clock.resume();
  await expect(
    meditation.getByRole('status').filter({ hasText: 'Logged 3 min of meditation.' }),
  ).toBeVisible();
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the stress screen has no serious or critical axe violation in the ${colorScheme} theme, idle and in a session`, async ({
    page,
  }) => {
    test.setTimeout(60_000);
    await page.emulateMedia({ colorScheme });
    const { breathing } = await openStress(page);
    await breathing.getByRole('radio', { name: 'Custom' }).check();
    await breathing.getByLabel('Breathe out (seconds)').fill('0');
    await breathing.getByRole('button', { name: 'Start breathing' }).click(); // the error state is checked too
    await breathing.getByLabel('Breathe out (seconds)').fill('6');
    await breathing.getByLabel('Length').selectOption('1');
    await breathing.getByRole('button', { name: 'Start breathing' }).click();
    await page.clock.runFor(5_000);
    const scan = async (where: string) => {
      const results = await new AxeBuilder({ page }).analyze();
      const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      expect(
        serious.map((v) => `${where} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
      ).toEqual([]);
    };
    await scan('running');
    await page.clock.runFor(60_000);
    await expect(breathing.getByRole('button', { name: 'Save rating' })).toBeVisible();
    await scan('logged');
  });
}
