// Applies reminder actions in the renderer: Done/Snooze from main (then acknowledged), from the banner, or from Today.
import type { OccurrenceRef, ReminderAction } from '@shared/ipc/contract';
import { completionsRepository } from '../../data/completions/completions-api';
import { profileRepository } from '../../data/profile/profile-api';
import { settingsRepository } from '../../data/settings/settings-api';

/** Records the action once (deduplicated by actionId) and returns whether it was new. */
export async function applyReminderAction(action: ReminderAction): Promise<'applied' | 'duplicate'> {
  const profile = await profileRepository.get();
  const timeZone = profile?.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
  return completionsRepository.applyReminderAction(action, timeZone);
}

/** Done / Snooze pressed on the in-app banner: the same path as an action from main. */
export async function applyBannerAction(occurrence: OccurrenceRef, action: 'done' | 'snooze'): Promise<void> {
  const settings = await settingsRepository.get();
  await applyReminderAction({
    actionId: crypto.randomUUID(),
    occurrence,
    action,
    snoozeMinutes: action === 'snooze' ? settings.reminders.snoozeMinutes : null,
    atEpochMs: Date.now(),
  });
}
