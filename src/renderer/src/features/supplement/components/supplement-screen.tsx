// Supplement: the product from its label, the titration plan, today's doses, side effects, daily magnesium and refill.
import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { localDateAt, localTimeAt } from '@shared/dates/calendar';
import { doseConsistency } from '@shared/magnesium/consistency';
import { elementalMgPerUnit, roundMg } from '@shared/magnesium/elemental';
import { magnesiumFormLabels } from '@shared/magnesium/forms';
import { stepsForPlan } from '@shared/magnesium/plan-steps';
import { rdaFor, upperLimitFor } from '@shared/magnesium/reference-values';
import { suggestStepBack } from '@shared/magnesium/step-back';
import { stockOutlook } from '@shared/magnesium/stock';
import { stepOn } from '@shared/magnesium/titration';
import { Page } from '../../../components/page';
import { useProfile } from '../../../data/profile/profile-queries';
import { addDays } from '@shared/dates/calendar';
import { checkinQueries } from '../../../data/checkins/checkins-queries';
import { mealsQueries } from '../../../data/meals/meals-queries';
import { supplementQueries } from '../../../data/supplement/supplement-queries';
import { standingOf } from '../../../data/supplement/supplement-repository';
import { HeldPlanNotice } from '../../../components/plan-held-notice';
import { useNow } from '../hooks/use-now';
import { DailyMagnesium } from './daily-magnesium';
import { ElementalEstimate } from './elemental-estimate';
import { EvidenceCard } from './evidence-card';
import { formatDate } from './form-values';
import { CautionSummary, MedicationQuestion } from './medication-caution';
import { PlanForm } from './plan-form';
import { ProductForm } from './product-form';
import { RefillCard } from './refill-card';
import { SideEffectsForm } from './side-effects-form';
import { StepBackCard } from './step-back-card';
import { StepTable } from './step-table';
import { TodayDoses } from './today-doses';
import './supplement.css';

export function SupplementScreen() {
  const profile = useProfile();
  const timeZone = profile.data?.timeZone ?? 'UTC';
  const nowEpochMs = useNow();
  const today = localDateAt(nowEpochMs, timeZone);
  const overview = useQuery({ ...supplementQueries.overview(today), enabled: Boolean(profile.data) });
  const food = useQuery({
    ...mealsQueries.magnesiumBetween(today, today),
    enabled: Boolean(overview.data?.plan),
  });
  const checkinsQuery = useQuery(checkinQueries.between(addDays(today, -6), today));
  const [editingProduct, setEditingProduct] = useState(false);
  const [editingPlan, setEditingPlan] = useState(false);
  const [editingSafety, setEditingSafety] = useState(false);

  if (profile.isPending || overview.isPending || checkinsQuery.isPending)
    return <p role="status">Loading your supplement plan…</p>;
  if (profile.isError) throw profile.error;
  if (overview.isError) throw overview.error;
  if (checkinsQuery.isError) throw checkinsQuery.error;
  if (!profile.data) return null;

  const lifeStage = profile.data.lifeStage;
  const upperLimit = upperLimitFor(lifeStage);
  const rda = rdaFor(lifeStage);
  const { products, plan, safety, doses } = overview.data;
  const checkins = checkinsQuery.data;

  if (!upperLimit.established) {
    return (
      <Page title="Supplement" lead="Your magnesium supplement plan.">
        <section className="card" aria-labelledby="no-plan-heading">
          <h2 id="no-plan-heading">No supplement plan for babies</h2>
          <p>{upperLimit.reason}</p>
          <p className="source-note">
            <span className="source-label">Source:</span> {upperLimit.source}
          </p>
        </section>
        <EvidenceCard />
      </Page>
    );
  }

  const product = (plan && products.find((p) => p.id === plan.productId)) ?? products.at(-1) ?? null;
  const steps = plan && product ? stepsForPlan(plan, product) : [];
  const standing = plan && product ? standingOf(plan, product, lifeStage) : null;
  const todayStep = stepOn(steps, today);
  const perUnit = product ? elementalMgPerUnit(product) : null;
  const suggestion = plan
    ? suggestStepBack({
        steps,
        today,
        days: checkins.map((c) => ({ date: c.date, ...c.sideEffects })),
      })
    : null;
  const takenToday = doses.filter((d) => d.date === today && d.status !== 'skipped');
  const showPlanForm = product && (!plan || editingPlan);

  return (
    <Page
      title="Supplement"
      lead="Your magnesium supplement plan: start low, step up slowly, and listen to your stomach."
    >
      {!safety || editingSafety ? (
        <section className="card" aria-labelledby="caution-heading">
          <h2 id="caution-heading">Before you start: a medication check</h2>
          <MedicationQuestion safety={safety} onDone={() => setEditingSafety(false)} />
        </section>
      ) : null}

      {safety && !editingSafety && !plan ? (
        <section className="card" aria-labelledby="caution-summary-heading">
          <h2 id="caution-summary-heading">Medication check</h2>
          <div className="plan-caution">
            <CautionSummary safety={safety} />
            <button type="button" className="secondary" onClick={() => setEditingSafety(true)}>
              Change medication answers
            </button>
          </div>
        </section>
      ) : null}

      {plan && standing?.kind === 'held' ? (
        // First on the page: while the plan is held its doses are not offered, and this says why.
        <HeldPlanNotice planId={plan.id} standing={standing} onLowerPlan={() => setEditingPlan(true)} />
      ) : null}

      {plan && product && suggestion ? (
        <StepBackCard
          suggestion={suggestion}
          planId={plan.id}
          unit={product.unit}
          elementalMgPerUnit={perUnit?.mg ?? 0}
        />
      ) : null}

      {plan && product ? (
        <div className="grid-2">
          {standing?.kind === 'held' ? null : (
            <TodayDoses
              plan={plan}
              product={product}
              today={today}
              step={todayStep}
              doses={doses}
              nowTime={localTimeAt(nowEpochMs, timeZone)}
              timeZone={timeZone}
              consistency={doseConsistency({ steps, doses, today, nowEpochMs, timeZone })}
            />
          )}
          <DailyMagnesium
            // A held plan's doses are paused: nothing is planned from it today.
            supplementPlannedMg={standing?.kind === 'held' ? 0 : (todayStep?.elementalMgPerDay ?? 0)}
            supplementTakenMg={roundMg(takenToday.reduce((sum, d) => sum + d.elementalMg, 0))}
            food={food.isError ? 'unavailable' : (food.data?.[today] ?? null)}
            rda={rda}
            upperLimit={upperLimit}
          />
          <section className="card" aria-labelledby="side-effects-heading">
            <h2 id="side-effects-heading">Side effects</h2>
            <SideEffectsForm today={today} checkins={checkins} />
          </section>
          <RefillCard
            outlook={stockOutlook({
              steps,
              today,
              stockUnits: product.stockUnits,
              takenTodayUnits: takenToday.reduce((sum, d) => sum + d.units, 0),
            })}
            stockUnits={product.stockUnits}
            unit={product.unit}
          />
        </div>
      ) : null}

      {plan && product && !editingPlan ? (
        <section className="card" aria-labelledby="plan-heading">
          <div className="card-header">
            <h2 id="plan-heading">Your plan</h2>
            <button type="button" className="secondary" onClick={() => setEditingPlan(true)}>
              Edit plan
            </button>
          </div>
          <StepTable
            steps={steps}
            unit={product.unit}
            upperLimitMg={upperLimit.mg}
            caption={`${product.name}, from ${formatDate(plan.startDate)}`}
            elementalSource={perUnit?.source ?? 'not known'}
          />
          {standing?.kind !== 'held' && plan.upperLimitAcknowledgement !== null ? (
            <p className="warning">
              This plan reaches {plan.upperLimitAcknowledgement.mgPerDay} mg a day, above the {upperLimit.mg}{' '}
              mg upper limit; you confirmed that figure on{' '}
              {formatDate(localDateAt(plan.upperLimitAcknowledgement.atEpochMs, timeZone))}.
            </p>
          ) : null}
          {safety ? (
            <div className="plan-caution">
              <CautionSummary safety={safety} />
              <button type="button" className="secondary" onClick={() => setEditingSafety(true)}>
                Change medication answers
              </button>
            </div>
          ) : null}
          {plan.edits && plan.edits.length > 0 ? (
            <details>
              <summary>Plan history</summary>
              <ul>
                {plan.edits.map((edit) => (
                  <li key={edit.atEpochMs}>
                    {formatDate(localDateAt(edit.atEpochMs, timeZone))}: {edit.summary}
                  </li>
                ))}
              </ul>
            </details>
          ) : null}
        </section>
      ) : null}

      {showPlanForm && product ? (
        <section className="card" aria-labelledby="plan-form-heading">
          <h2 id="plan-form-heading">{plan ? 'Edit your plan' : 'Plan your doses'}</h2>
          <PlanForm
            key={plan?.updatedAtEpochMs ?? 'new'}
            product={product}
            plan={plan}
            today={today}
            upperLimit={upperLimit}
            onDone={() => setEditingPlan(false)}
          />
          {plan ? (
            <button type="button" className="secondary" onClick={() => setEditingPlan(false)}>
              Cancel
            </button>
          ) : null}
        </section>
      ) : null}

      <section className="card" aria-labelledby="product-heading">
        <div className="card-header">
          <h2 id="product-heading">{product ? 'Your product' : 'Your product, from the label'}</h2>
          {product && !editingProduct ? (
            <button type="button" className="secondary" onClick={() => setEditingProduct(true)}>
              Edit product
            </button>
          ) : null}
        </div>
        {!product || editingProduct ? (
          <ProductForm
            key={product?.updatedAtEpochMs ?? 'new'}
            product={product}
            onDone={() => setEditingProduct(false)}
          />
        ) : (
          <>
            <p>
              <strong>{product.name}</strong> · {magnesiumFormLabels[product.form]} ·{' '}
              {product.thirdPartyTested ? 'third-party tested' : 'not third-party tested'}
            </p>
            <ElementalEstimate
              product={product}
              unit={product.unit}
              unitsPerServing={product.unitsPerServing}
            />
          </>
        )}
      </section>

      <EvidenceCard />
      <p className="hint">
        Figures: NIH Office of Dietary Supplements magnesium fact sheet (from IOM 1997) and the reference
        table of elemental fractions shipped with the app (resources/reference/magnesium-reference.md). Not
        medical advice.
      </p>
    </Page>
  );
}
