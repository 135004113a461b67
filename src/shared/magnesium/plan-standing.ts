// Whether a supplement plan is in force or held, against the supplemental upper limit of the current life stage.
import { ageBandLabels, type AgeBand, type LifeStage } from '../profile/profile';
import { stepsForPlan, type PlanLike, type ProductLike } from './plan-steps';
import { upperLimitFor } from './reference-values';

/** What the person confirmed: this daily figure, against this limit, for this age band. */
export interface UpperLimitAcknowledgement {
  /** The plan's peak elemental mg a day from supplements, as shown to the person. */
  mgPerDay: number;
  limitMg: number;
  ageBand: AgeBand;
  atEpochMs: number;
}

export type PlanInForce = { kind: 'in-force'; peakMgPerDay: number; limitMg: number };
export type PlanHeldAboveLimit = {
  kind: 'held';
  reason: 'above-limit';
  peakMgPerDay: number;
  limitMg: number;
  ageBand: AgeBand;
  /** The sentence that tells the person why, for the Supplement screen and Today. */
  message: string;
};
export type PlanHeldNoLimit = { kind: 'held'; reason: 'no-limit-for-life-stage'; message: string };
export type PlanHeld = PlanHeldAboveLimit | PlanHeldNoLimit;
/** A held plan's doses and reminders pause until it is in force again. */
export type PlanStanding = PlanInForce | PlanHeld;

export interface PlanStandingInput {
  plan: PlanLike;
  product: ProductLike;
  lifeStage: LifeStage;
  acknowledgement: UpperLimitAcknowledgement | null;
}

/**
 * The most elemental mg a day any step of the plan gives, step-backs applied. Every step counts,
 * past ones too, so the figure does not change as days pass: it changes only when the plan, the
 * product or the life stage is written, which is when the owner checks it.
 */
export function planPeakMgPerDay(plan: PlanLike, product: ProductLike): number {
  return Math.max(0, ...stepsForPlan(plan, product).map((step) => step.elementalMgPerDay));
}

/**
 * Decides the plan's standing. Equal figures are compared as they are shown (0.1 mg, `roundMg`),
 * and acknowledgements are built from a standing, so they carry exactly that figure.
 */
export function planStanding({ plan, product, lifeStage, acknowledgement }: PlanStandingInput): PlanStanding {
  const limit = upperLimitFor(lifeStage);
  // No plan may exist for a life stage without an upper limit (infants): whatever was acknowledged, it is held.
  if (!limit.established) return { kind: 'held', reason: 'no-limit-for-life-stage', message: limit.reason };
  const peakMgPerDay = planPeakMgPerDay(plan, product);
  // The limit is a ceiling: a plan that reaches it exactly is not above it.
  if (peakMgPerDay <= limit.mg) return { kind: 'in-force', peakMgPerDay, limitMg: limit.mg };
  // A plan above the supplemental upper limit for the current life stage stays in force only if the
  // person acknowledged that very figure (mg a day, the plan's peak) for that life stage (same age band,
  // same limit); otherwise it is held. The age band is compared even where two bands share a limit
  // (14–18 and 19–30 are both 350 mg): the issue asks for "that life stage", and a birthday into a new
  // band or a changed entry is a new situation the person should see and confirm afresh. The limit is
  // compared too, so a revised reference table asks again.
  const acknowledged =
    acknowledgement !== null &&
    acknowledgement.mgPerDay === peakMgPerDay &&
    acknowledgement.limitMg === limit.mg &&
    acknowledgement.ageBand === lifeStage.ageBand;
  if (acknowledged) return { kind: 'in-force', peakMgPerDay, limitMg: limit.mg };
  return {
    kind: 'held',
    reason: 'above-limit',
    peakMgPerDay,
    limitMg: limit.mg,
    ageBand: lifeStage.ageBand,
    message: `Your plan now reaches ${peakMgPerDay} mg of elemental magnesium a day, above the upper limit of ${limit.mg} mg for ages ${ageBandLabels[lifeStage.ageBand]}. Its doses and reminders are paused until you confirm this figure or lower the plan.`,
  };
}

/**
 * The acknowledgement of a held plan's figure. Build it from the standing the person was shown, not
 * from one read again at write time: if the plan changed meanwhile, the figure stored is the one the
 * person read, so the new figure stays held.
 */
export function acknowledgementFor(
  standing: PlanHeldAboveLimit,
  atEpochMs: number,
): UpperLimitAcknowledgement {
  return {
    mgPerDay: standing.peakMgPerDay,
    limitMg: standing.limitMg,
    ageBand: standing.ageBand,
    atEpochMs,
  };
}
