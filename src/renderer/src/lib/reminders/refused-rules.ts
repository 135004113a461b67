// Names on screen each routine whose reminder the engine refused, once per refusal, as an in-app banner.
import type { RefusedReminderRule, ReminderBanner } from '@shared/ipc/contract';

export function refusedRuleBanner(rule: RefusedReminderRule): ReminderBanner {
  const name = rule.title ?? rule.routineId ?? 'a routine';
  return {
    title: `This routine's reminder could not be set: ${name}`.slice(0, 200),
    body: `${rule.reason}. The routine itself is kept and the other reminders are set; edit this routine to fix it.`,
    route: null,
    occurrence: null,
  };
}

/**
 * Returns the function to call with each sync's refused rules. A refusal shows once; it shows again
 * only if the rule was accepted in between (fixed, then broken again), not on every data change.
 */
export function createRefusedRuleReporter(
  show: (banner: ReminderBanner) => void,
): (refused: readonly RefusedReminderRule[]) => void {
  let shown = new Set<string>();
  return (refused) => {
    const current = new Set<string>();
    for (const rule of refused) {
      const key = JSON.stringify([rule.routineId, rule.title, rule.reason]);
      current.add(key);
      if (!shown.has(key)) show(refusedRuleBanner(rule));
    }
    shown = current;
  };
}
