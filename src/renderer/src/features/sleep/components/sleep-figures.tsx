// The three figures about the last 14 nights, each explained in one plain sentence: regularity (the midpoint
// spread), social jet lag (free days against work days) and time in bed against the target.
import { formatDuration, type Night } from '@shared/wellbeing/sleep';
import {
  durationAgainstTarget,
  sleepRegularityMinutes,
  socialJetLag,
} from '@shared/wellbeing/sleep-regularity';
import type { SleepTarget } from '../../../data/sleep/sleep-repository';

/** "15 min" under an hour, else "1 h 05 min". */
const span = (minutes: number) => (minutes < 60 ? `${minutes} min` : formatDuration(minutes));
const signed = (minutes: number) =>
  minutes === 0 ? 'the same' : `${span(Math.abs(minutes))} ${minutes > 0 ? 'later' : 'earlier'}`;

export function SleepFigures({
  nights,
  today,
  timeZone,
  target,
  freeDays,
}: {
  nights: Night[];
  today: string;
  timeZone: string;
  target: SleepTarget;
  freeDays: readonly number[];
}) {
  const regularity = sleepRegularityMinutes(nights, today, timeZone);
  const jetLag = socialJetLag(nights, today, timeZone, freeDays);
  const duration = durationAgainstTarget(nights, today, timeZone, target);
  return (
    <dl className="sleep-explained">
      <div>
        <dt>Regularity</dt>
        <dd data-testid="midpoint-variability">
          {regularity === null ? 'needs 3 nights' : `± ${regularity} min`}
        </dd>
        <dd className="muted">
          How far the middle of your sleep moves from night to night (its standard deviation); lower is
          steadier. We use this spread rather than the Sleep Regularity Index because it needs only the
          bedtime and wake time you log, and a missed night does not break it.
        </dd>
      </div>
      <div>
        <dt>Social jet lag</dt>
        <dd data-testid="social-jet-lag">
          {jetLag === null ? 'needs a free night and a work night' : signed(jetLag.minutes)}
        </dd>
        <dd className="muted">
          The middle of your sleep before free days compared with before work days: a large shift is like
          flying a few time zones every weekend. Free days are set in Settings.
        </dd>
      </div>
      <div>
        <dt>Time in bed against your target</dt>
        <dd data-testid="duration-against-target">
          {duration === null
            ? 'no nights yet'
            : duration.differenceMinutes === 0
              ? `${formatDuration(duration.averageMinutes)}, on target`
              : `${formatDuration(duration.averageMinutes)}, ${span(Math.abs(duration.differenceMinutes))} ${
                  duration.differenceMinutes < 0 ? 'short of' : 'over'
                } your ${formatDuration(duration.targetMinutes)}`}
        </dd>
        <dd className="muted">
          Your average night in bed over these nights, beside the night your target sets.
        </dd>
      </div>
    </dl>
  );
}
