import { describe, expect, it } from 'vitest';
import { downloadReminderDue } from './download-reminder';

const day = 86_400_000;
const now = Date.UTC(2026, 2, 15, 12);

describe('the weekly reminder to download a backup (web mode)', () => {
  it.each([
    {
      name: 'never downloaded, started 3 days ago',
      last: null,
      dismissed: null,
      since: now - 3 * day,
      due: false,
    },
    {
      name: 'never downloaded, started 8 days ago',
      last: null,
      dismissed: null,
      since: now - 8 * day,
      due: true,
    },
    {
      name: 'downloaded 6 days ago',
      last: now - 6 * day,
      dismissed: null,
      since: now - 90 * day,
      due: false,
    },
    {
      name: 'downloaded exactly 7 days ago',
      last: now - 7 * day,
      dismissed: null,
      since: now - 90 * day,
      due: false,
    },
    {
      name: 'downloaded 7 days and a minute ago',
      last: now - 7 * day - 60_000,
      dismissed: null,
      since: now - 90 * day,
      due: true,
    },
    {
      name: 'downloaded 30 days ago, put off yesterday',
      last: now - 30 * day,
      dismissed: now - day,
      since: now - 90 * day,
      due: false,
    },
    {
      name: 'downloaded 30 days ago, put off 8 days ago',
      last: now - 30 * day,
      dismissed: now - 8 * day,
      since: now - 90 * day,
      due: true,
    },
    {
      name: 'a download "in the future" (clock set back)',
      last: now + 2 * day,
      dismissed: null,
      since: now - 90 * day,
      due: false,
    },
  ])('$name → $due', ({ last, dismissed, since, due }) => {
    expect(
      downloadReminderDue({
        lastAtEpochMs: last,
        dismissedAtEpochMs: dismissed,
        sinceEpochMs: since,
        nowEpochMs: now,
      }),
    ).toBe(due);
  });
});
