// Server-rendered markup (react-dom, no DOM library): what the notice says and offers; clicks are tested in Chromium.
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { planStanding, type PlanHeld } from '@shared/magnesium/plan-standing';
import type { LifeStage } from '@shared/profile/profile';
import { PlanHeldNotice } from './plan-held-notice';

const noop = () => {};
function heldFor(elementalMgPerUnit: number, lifeStage: LifeStage): PlanHeld {
  const standing = planStanding({
    plan: {
      startDate: '2026-05-04',
      startUnits: 1,
      targetUnits: 6,
      stepUnits: 1,
      stepDays: 7,
      timing: 'evening',
      times: ['20:00'],
      overrides: [],
    },
    product: { form: 'l-threonate', unit: 'capsule', compoundMgPerUnit: null, elementalMgPerUnit },
    lifeStage,
    acknowledgement: null,
  });
  if (standing.kind !== 'held') throw new Error('expected a held plan');
  return standing;
}
const aboveLimit = heldFor(141, { ageBand: '19-30', sex: 'female', reproductiveStatus: 'none' });
const infant = heldFor(48, { ageBand: '0-6m', sex: 'male', reproductiveStatus: 'none' });
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
