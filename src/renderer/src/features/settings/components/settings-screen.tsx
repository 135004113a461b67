// Settings: the profile, reminder preferences, desktop behaviour, and the disclaimer to read again.
import { useEffect, useState, type FormEvent } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { formErrorsFrom } from '../../../lib/form-errors';
import { Disclaimer } from '../../../components/disclaimer';
import { Field, FieldSet } from '../../../components/field';
import { Page } from '../../../components/page';
import {
  ProfileForm,
  profileFieldErrors,
  profileInputFromValues,
  valuesFromProfile,
  type ProfileFormValues,
} from '../../../components/profile-form';
import type { SettingsRow } from '../../../db/schema';
import { ValidationError } from '../../../data/validation';
import { useProfile, useUpdateProfile } from '../../../data/profile/profile-queries';
import { useSettings, useUpdateSettings } from '../../../data/settings/settings-queries';
import { platform } from '../../../platform';
import { BackupsSection } from './backups-section';
import { YourDataSection } from './your-data-section';
import { addDays, instantOfLocalTime, localDateAt, localTimeAt, weekdayNames } from '@shared/dates/calendar';
import { defaultFreeDays } from '@shared/wellbeing/sleep-regularity';

export function SettingsScreen() {
  const profile = useProfile();
  const settings = useSettings();
  return (
    <Page title="Settings" lead="Your answers set targets and reminders. Changes apply as soon as you save.">
      {profile.data ? <ProfileSection /> : null}
      {profile.data ? <PauseRemindersSection timeZone={profile.data.timeZone} /> : null}
      {settings.data ? <AppSettingsSection initial={settings.data} /> : null}
      <YourDataSection />
      <BackupsSection />
      <section className="card" aria-labelledby="about-heading">
        <h2 id="about-heading">About and disclaimer</h2>
        <Disclaimer />
        {profile.data ? (
          <p className="muted">
            You accepted this on {new Date(profile.data.disclaimerAcceptedAtEpochMs).toLocaleDateString()}.
          </p>
        ) : null}
      </section>
    </Page>
  );
}

function ProfileSection() {
  const profile = useProfile();
  const update = useUpdateProfile();
  const [errors, setErrors] = useState<Partial<Record<keyof ProfileFormValues | 'form', string>>>({});
  const [saved, setSaved] = useState(false);
  const submit = (values: ProfileFormValues) => {
    setSaved(false);
    update.mutate(profileInputFromValues(values), {
      onSuccess: () => {
        setErrors({});
        setSaved(true);
      },
      onError: (error) =>
        setErrors(
          error instanceof ValidationError
            ? { ...profileFieldErrors(error.fieldErrors), form: error.message }
            : { form: `Could not save: ${error.message}. Your previous answers are kept.` },
        ),
    });
  };
  return (
    <section className="card" aria-labelledby="profile-heading">
      <h2 id="profile-heading">You</h2>
      <ProfileForm
        initial={valuesFromProfile(profile.data ?? null)}
        submitLabel="Save profile"
        errors={errors}
        busy={update.isPending}
        onSubmit={submit}
      />
      {saved ? (
        <p role="status" className="ok">
          Profile saved.
        </p>
      ) : null}
    </section>
  );
}

function AppSettingsSection({ initial }: { initial: SettingsRow }) {
  const update = useUpdateSettings();
  const [draft, setDraft] = useState({
    enabled: initial.reminders.enabled,
    quietEnabled: initial.reminders.quietHours !== null,
    quietStart: initial.reminders.quietHours?.start ?? '22:30',
    quietEnd: initial.reminders.quietHours?.end ?? '07:00',
    snoozeMinutes: String(initial.reminders.snoozeMinutes),
    nagIntervalMinutes: String(initial.reminders.nagIntervalMinutes),
    nagMaxCount: String(initial.reminders.nagMaxCount),
    launchAtLogin: initial.launchAtLogin,
    closeToTray: initial.closeToTray,
    hideStreaks: initial.hideStreaks,
    freeDays: initial.freeDays ?? [...defaultFreeDays],
  });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saved, setSaved] = useState(false);
  const set = <K extends keyof typeof draft>(key: K, value: (typeof draft)[K]) =>
    setDraft((d) => ({ ...d, [key]: value }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    const input = {
      reminders: {
        enabled: draft.enabled,
        quietHours: draft.quietEnabled ? { start: draft.quietStart, end: draft.quietEnd } : null,
        snoozeMinutes: Number(draft.snoozeMinutes),
        nagIntervalMinutes: draft.nagIntervalMinutes.trim() === '' ? NaN : Number(draft.nagIntervalMinutes),
        nagMaxCount: draft.nagMaxCount.trim() === '' ? NaN : Number(draft.nagMaxCount),
      },
      launchAtLogin: draft.launchAtLogin,
      closeToTray: draft.closeToTray,
      hideStreaks: draft.hideStreaks,
      freeDays: draft.freeDays,
    };
    update.mutate(input, {
      onSuccess: (row) => {
        setErrors({});
        setSaved(true);
        void platform.setDesktopSettings({ openAtLogin: row.launchAtLogin, closeToTray: row.closeToTray });
      },
      onError: (error) => setErrors(formErrorsFrom(error, 'Your previous settings are kept.')),
    });
  };

  return (
    <section className="card" aria-labelledby="app-settings-heading">
      <h2 id="app-settings-heading">Reminders and app</h2>
      <form className="form" onSubmit={submit} noValidate>
        {errors.form ? (
          <p className="form-error" role="alert">
            {errors.form}
          </p>
        ) : null}
        <label className="choice">
          <input type="checkbox" checked={draft.enabled} onChange={(e) => set('enabled', e.target.checked)} />
          Send reminders
        </label>
        <label className="choice">
          <input
            type="checkbox"
            checked={draft.quietEnabled}
            onChange={(e) => set('quietEnabled', e.target.checked)}
          />
          Quiet hours (no reminders)
        </label>
        {draft.quietEnabled ? (
          <div className="row">
            <Field
              label="Quiet from"
              error={errors['reminders.quietHours.start'] ?? errors['reminders.quietHours']}
            >
              <input
                type="time"
                value={draft.quietStart}
                onChange={(e) => set('quietStart', e.target.value)}
              />
            </Field>
            <Field label="Quiet until" error={errors['reminders.quietHours.end']}>
              <input type="time" value={draft.quietEnd} onChange={(e) => set('quietEnd', e.target.value)} />
            </Field>
          </div>
        ) : null}
        <Field label="Default snooze" error={errors['reminders.snoozeMinutes']}>
          <select value={draft.snoozeMinutes} onChange={(e) => set('snoozeMinutes', e.target.value)}>
            <option value="5">5 minutes</option>
            <option value="10">10 minutes</option>
            <option value="30">30 minutes</option>
          </select>
        </Field>
        <div className="row">
          <Field
            label="Repeat unacknowledged reminders every (minutes)"
            hint="Only for routines that ask to be repeated."
            error={errors['reminders.nagIntervalMinutes']}
          >
            <input
              inputMode="numeric"
              value={draft.nagIntervalMinutes}
              onChange={(e) => set('nagIntervalMinutes', e.target.value)}
            />
          </Field>
          <Field label="At most (times)" error={errors['reminders.nagMaxCount']}>
            <input
              inputMode="numeric"
              value={draft.nagMaxCount}
              onChange={(e) => set('nagMaxCount', e.target.value)}
            />
          </Field>
        </div>
        <FieldSet
          legend="Desktop"
          hint={platform.kind === 'browser' ? 'These apply to the desktop app only.' : undefined}
        >
          <label className="choice">
            <input
              type="checkbox"
              checked={draft.launchAtLogin}
              onChange={(e) => set('launchAtLogin', e.target.checked)}
            />
            Start Steadyweek at login, hidden in the tray
          </label>
          <label className="choice">
            <input
              type="checkbox"
              checked={draft.closeToTray}
              onChange={(e) => set('closeToTray', e.target.checked)}
            />
            Closing the window keeps reminders running in the tray
          </label>
        </FieldSet>
        <label className="choice">
          <input
            type="checkbox"
            checked={draft.hideStreaks}
            onChange={(e) => set('hideStreaks', e.target.checked)}
          />
          Hide streaks
        </label>
        <FieldSet
          legend="Free days"
          hint="Days without work or school. Sleep compares your nights before these days with the rest (social jet lag)."
          error={errors.freeDays}
        >
          {weekdayNames.map((name, index) => (
            <label key={name} className="choice">
              <input
                type="checkbox"
                checked={draft.freeDays.includes(index + 1)}
                onChange={(e) =>
                  set(
                    'freeDays',
                    e.target.checked
                      ? [...draft.freeDays, index + 1]
                      : draft.freeDays.filter((d) => d !== index + 1),
                  )
                }
              />
              {name}
            </label>
          ))}
        </FieldSet>
        <div className="row">
          <button type="submit" disabled={update.isPending}>
            {update.isPending ? 'Saving…' : 'Save settings'}
          </button>
        </div>
        {saved ? (
          <p role="status" className="ok">
            Settings saved.
          </p>
        ) : null}
      </form>
    </section>
  );
}

const pauseQueryKey = ['reminders', 'paused-until'] as const;

/** "Reminders are paused until 14:30 tomorrow." for a pause that ends at `untilEpochMs`. */
function pausedMessage(untilEpochMs: number, timeZone: string): string {
  const tomorrow = localDateAt(untilEpochMs, timeZone) !== localDateAt(Date.now(), timeZone);
  return `Reminders are paused until ${localTimeAt(untilEpochMs, timeZone)}${tomorrow ? ' tomorrow' : ''}.`;
}

/** Pause every reminder for a while (the tray has the same menu in the desktop app). */
function PauseRemindersSection({ timeZone }: { timeZone: string }) {
  const queryClient = useQueryClient();
  // The pause in force, as the reminder engine has it: set here, from the tray or another tab, or before
  // a restart. Its truth lives outside the page, so it is read again whenever the section opens…
  const current = useQuery({
    queryKey: pauseQueryKey,
    queryFn: () => platform.reminders.pausedUntil(),
    staleTime: 0,
  });
  // …and followed while it is open, including when the pause ends.
  useEffect(
    () =>
      platform.reminders.onPauseChanged((untilEpochMs) =>
        queryClient.setQueryData(pauseQueryKey, untilEpochMs),
      ),
    [queryClient],
  );
  // What the last button here did, shown only while the pause is still the one it set.
  const [outcome, setOutcome] = useState<{ untilEpochMs: number | null; text: string } | null>(null);
  const pause = (untilEpochMs: number | null) => {
    void platform.reminders.pause(untilEpochMs).then(
      () => {
        setOutcome({
          untilEpochMs,
          text:
            untilEpochMs === null
              ? 'Reminders are on again.'
              : `${pausedMessage(untilEpochMs, timeZone)} Anything due before then is skipped, not saved up.`,
        });
      },
      (error: unknown) =>
        setOutcome({
          untilEpochMs: current.data ?? null,
          text: `Could not pause reminders: ${error instanceof Error ? error.message : String(error)}.`,
        }),
    );
  };
  const pausedUntil = current.data ?? null;
  const shown =
    outcome && outcome.untilEpochMs === pausedUntil
      ? outcome.text
      : pausedUntil !== null
        ? pausedMessage(pausedUntil, timeZone)
        : null;
  const startOfTomorrow = () =>
    instantOfLocalTime(addDays(localDateAt(Date.now(), timeZone), 1), '00:00', timeZone);
  return (
    <section className="card" aria-labelledby="pause-heading">
      <h2 id="pause-heading">Pause reminders</h2>
      <p className="muted">For a break, a meeting or a sick day. Today still lists everything.</p>
      <div className="row">
        <button type="button" className="secondary" onClick={() => pause(Date.now() + 60 * 60 * 1000)}>
          Pause for 1 hour
        </button>
        <button type="button" className="secondary" onClick={() => pause(startOfTomorrow())}>
          Pause until tomorrow
        </button>
        <button type="button" className="secondary" onClick={() => pause(null)}>
          Resume reminders
        </button>
      </div>
      {shown ? (
        <p role="status" className="ok">
          {shown}
        </p>
      ) : null}
    </section>
  );
}
