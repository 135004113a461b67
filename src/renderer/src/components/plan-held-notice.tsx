// Why the supplement plan is held, and the two ways out: confirm the new figure or lower the plan.
import { useId } from 'react';
import './plan-held-notice.css';
import type { PlanHeld } from '@shared/magnesium/plan-standing';
import { upperLimitScope } from '@shared/magnesium/reference-values';
import { useAcknowledgeUpperLimit } from '../data/supplement/supplement-queries';

export interface PlanHeldNoticeProps {
  standing: PlanHeld;
  /** Store `acknowledgementFor(standing, now)` for this very standing, the figure the person read. */
  onAcknowledge: () => void;
  onLowerPlan: () => void;
  /** While the acknowledgement is being written: the button waits, so a double click writes once. */
  acknowledging?: boolean;
}

/**
 * A labelled region rather than role="alert": it holds buttons, which an alert does not announce
 * well, and it shows on every visit to Today while the plan is held, where an alert would interrupt.
 */
export function PlanHeldNotice({
  standing,
  onAcknowledge,
  onLowerPlan,
  acknowledging = false,
}: PlanHeldNoticeProps) {
  const headingId = useId();
  return (
    <section className="plan-held" aria-labelledby={headingId}>
      <h2 id={headingId} className="plan-held-title">
        Your supplement plan is paused
      </h2>
      <p>{standing.message}</p>
      {standing.reason === 'above-limit' ? (
        <>
          <p>
            {upperLimitScope} The limit is set to avoid diarrhoea from magnesium salts. Talk to your doctor
            before going above it.
          </p>
          <div className="row">
            <button type="button" onClick={onAcknowledge} disabled={acknowledging}>
              I have read this: keep {standing.peakMgPerDay} mg a day
            </button>
            <button type="button" className="secondary" onClick={onLowerPlan}>
              Lower the plan
            </button>
          </div>
        </>
      ) : (
        // No amount is allowed at this life stage, so neither confirming nor lowering would lift the hold.
        <p>If the age band is wrong, correct it in Settings; the plan starts again once it is right.</p>
      )}
    </section>
  );
}

/** The notice for a held plan, with "keep" wired to the supplement owner: it confirms the figure shown. */
export function HeldPlanNotice({
  planId,
  standing,
  onLowerPlan,
}: {
  planId: string;
  standing: PlanHeld;
  onLowerPlan: () => void;
}) {
  const acknowledge = useAcknowledgeUpperLimit();
  return (
    <PlanHeldNotice
      standing={standing}
      acknowledging={acknowledge.isPending}
      onAcknowledge={() =>
        standing.reason === 'above-limit' &&
        acknowledge.mutate({
          planId,
          shown: { peakMgPerDay: standing.peakMgPerDay, limitMg: standing.limitMg },
        })
      }
      onLowerPlan={onLowerPlan}
    />
  );
}
