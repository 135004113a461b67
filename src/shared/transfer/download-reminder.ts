// Web mode keeps no backups of its own: a gentle weekly reminder to download one.

export const DOWNLOAD_REMINDER_DAYS = 7;
const DAY_MS = 86_400_000;

export interface DownloadReminderInput {
  /** When an export was last downloaded; null: never. */
  lastAtEpochMs: number | null;
  /** When the person last said "not now"; null: never. */
  dismissedAtEpochMs: number | null;
  /** When the person started (the profile's creation): a new person is not reminded in their first week. */
  sinceEpochMs: number;
  nowEpochMs: number;
}

/**
 * Due when the last download (or, without one, the start) is over 7 days old and the person has not put
 * it off within the last 7 days. A clock set back (a "last" in the future) counts as just now.
 */
export function downloadReminderDue(input: DownloadReminderInput): boolean {
  const week = DOWNLOAD_REMINDER_DAYS * DAY_MS;
  const last = input.lastAtEpochMs ?? input.sinceEpochMs;
  if (input.nowEpochMs - last <= week) return false;
  if (input.dismissedAtEpochMs !== null && input.nowEpochMs - input.dismissedAtEpochMs <= week) return false;
  return true;
}
