// Server-rendered markup (react-dom, no DOM library): what the notice says and offers; clicks are tested in Chromium.
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { PlanHeld } from '@shared/magnesium/plan-standing';
import { PlanHeldNotice } from './plan-held-notice';

const noop = () => {};
// Standings as planStanding returns them (its own test covers the rule and the wording).
const aboveLimit: PlanHeld = {
  kind: 'held',
  reason: 'above-limit',
  peakMgPerDay: 846,
  limitMg: 350,
  ageBand: '19-30',
  message: 'Your plan now reaches 846 mg of elemental magnesium a day, above the upper limit of 350 mg.',
};
const infant: PlanHeld = {
  kind: 'held',
  reason: 'no-limit-for-life-stage',
  message: 'No supplement upper limit has been set for babies under 12 months.',
};
const buttons = (html: string) => [...html.matchAll(/<button[^>]*>(.*?)<\/button>/g)].map((m) => m[1]);

describe('the held-plan notice', () => {
  it('is a region named by its heading that says why the plan is held', () => {
    const html = renderToStaticMarkup(
      <PlanHeldNotice standing={aboveLimit} onAcknowledge={noop} onLowerPlan={noop} />,
    );
    const labelledBy = /<section[^>]*aria-labelledby="([^"]+)"/.exec(html)?.[1];
    expect(html).toContain(`<h2 id="${labelledBy}"`);
    expect(html).toContain(aboveLimit.message);
  });

  it('offers to keep the very figure shown, or to lower the plan', () => {
    const html = renderToStaticMarkup(
      <PlanHeldNotice standing={aboveLimit} onAcknowledge={noop} onLowerPlan={noop} />,
    );
    expect(buttons(html)).toEqual(['I have read this: keep 846 mg a day', 'Lower the plan']);
  });

  it('holds the keep button while the acknowledgement is written', () => {
    const html = renderToStaticMarkup(
      <PlanHeldNotice standing={aboveLimit} onAcknowledge={noop} onLowerPlan={noop} acknowledging />,
    );
    expect(html).toMatch(/<button type="button" disabled="">I have read this/);
    expect(html).not.toMatch(/<button[^>]*disabled=""[^>]*>Lower the plan/);
  });

  it('offers no way to keep or lower a plan for a baby, only the reason', () => {
    const html = renderToStaticMarkup(
      <PlanHeldNotice standing={infant} onAcknowledge={noop} onLowerPlan={noop} />,
    );
    expect(buttons(html)).toEqual([]);
    expect(html).toContain(infant.message);
  });
});
