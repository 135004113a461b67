// Today's travel question: the system's clock is in another zone; reminders follow it, or keep home time.
import { useId } from 'react';
import { localTimeAt } from '@shared/dates/calendar';
import type { TravelQuestion } from '@shared/profile/travel';
import { useFollowSystemZone } from '../../../data/profile/profile-queries';
import { useKeepHomeTime } from '../../../data/settings/settings-queries';

/** A labelled region with two buttons (not an alert: it waits for an answer rather than interrupting). */
export default function TravelNotice({ question, now }: { question: TravelQuestion; now: number }) {
  const headingId = useId();
  const follow = useFollowSystemZone();
  const keep = useKeepHomeTime();
  const busy = follow.isPending || keep.isPending;
  const error = follow.error ?? keep.error;
  const { homeZone, systemZone } = question;
  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>This computer is in another time zone</h2>
      <p>
        Your reminders use {homeZone} (now {localTimeAt(now, homeZone)}). This computer is set to {systemZone}{' '}
        (now {localTimeAt(now, systemZone)}). Should reminders follow the new zone?
      </p>
      <div className="row">
        <button type="button" disabled={busy} onClick={() => follow.mutate(systemZone)}>
          Follow {systemZone}
        </button>
        <button
          type="button"
          className="secondary"
          disabled={busy}
          onClick={() => keep.mutate({ systemZone })}
        >
          Keep home time ({homeZone})
        </button>
      </div>
      {error ? (
        <p className="field-error" role="alert">
          Could not save: {error.message}. Nothing was changed.
        </p>
      ) : null}
    </section>
  );
}
