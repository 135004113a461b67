// A one-page summary to take to a doctor's visit: the plan, doses, side effects, magnesium against the RDA and UL, sleep, exercise, stress, check-ins, the medication answers and the disclaimer.
import { useEffect, useMemo, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { localDateSchema, type LocalDate } from '@shared/dates/local-date';
import { datesBetween, localDateAt, longDayLabel, shortDayLabel } from '@shared/dates/calendar';
import { doctorSummary, type DoctorSummary } from '@shared/insights/doctor-summary';
import { defaultSummaryRange, summaryRangeError } from '@shared/insights/summary-range';
import { roundMg } from '@shared/magnesium/elemental';
import { magnesiumFormLabels, unitWord } from '@shared/magnesium/forms';
import { medicationCautionSource, medicationQuestions } from '@shared/magnesium/medication-caution';
import { stepsForPlan } from '@shared/magnesium/plan-steps';
import { rdaFor, upperLimitFor, upperLimitScope } from '@shared/magnesium/reference-values';
import { activityGuidelinesSource } from '@shared/wellbeing/exercise-targets';
import { countingWords, insightExerciseTarget } from '@shared/insights/pillar-figures';
import { formatClock, formatDuration } from '@shared/wellbeing/sleep';
import { adherenceByDay } from '@shared/wellbeing/adherence';
import type { RatingField } from '@shared/wellbeing/checkin-trends';
import { Field } from '../../../components/field';
import { checkinQueries } from '../../../data/checkins/checkins-queries';
import { completionQueries } from '../../../data/completions/completion-queries';
import { exerciseQueries } from '../../../data/exercise/exercise-queries';
import { mealsQueries } from '../../../data/meals/meals-queries';
import { useProfile } from '../../../data/profile/profile-queries';
import { routineQueries } from '../../../data/routines/routine-queries';
import { sleepQueries } from '../../../data/sleep/sleep-queries';
import { stressQueries } from '../../../data/stress/stress-queries';
import { supplementQueries } from '../../../data/supplement/supplement-queries';
import type { ProductRow, SupplementSafetyRow, TitrationPlanRow } from '../../../db/schema';
import { navigate, useRoute } from '../../../lib/router';
import { platform } from '../../../platform';
import './doctor-summary.css';

const ratingLabels: Record<RatingField, string> = {
  focus: 'Focus',
  mood: 'Mood',
  irritability: 'Irritability',
  restlessness: 'Restlessness',
  sleepQuality: 'Sleep quality',
};
/** More days than this would push the summary past one page; the latest ones are shown. */
const maxSideEffectDays = 20;
const trendWords = { up: 'rising', down: 'falling', level: 'about level' } as const;

export function DoctorSummaryScreen() {
  const profile = useProfile();
  const route = useRoute();
  const timeZone = profile.data?.timeZone ?? 'UTC';
  const [today] = useState(() => localDateAt(Date.now(), timeZone));
  const fallback = defaultSummaryRange(today);
  const from = route.params.get('from') ?? fallback.from;
  const to = route.params.get('to') ?? fallback.to;
  const isDate = (value: string) => localDateSchema.safeParse(value).success;
  const error = !isDate(from) || !isDate(to) ? 'Enter both days as dates.' : summaryRangeError(from, to);

  return (
    <article className="doctor-summary">
      <RangeControls from={from} to={to} error={error} />
      {error || !profile.data ? null : (
        <SummaryView key={`${from}|${to}`} from={from} to={to} today={today} timeZone={timeZone} />
      )}
    </article>
  );
}

function RangeControls({ from, to, error }: { from: string; to: string; error: string | null }) {
  const [draftFrom, setDraftFrom] = useState(from);
  const [draftTo, setDraftTo] = useState(to);
  const [message, setMessage] = useState('');
  const print = async (target: 'printer' | 'pdf') => {
    setMessage('Preparing the summary…');
    const result = await platform.print({ page: { kind: 'doctor-summary', from, to }, target });
    setMessage(result.message ?? (result.status === 'failed' ? 'Printing failed.' : ''));
  };
  return (
    <div className="no-print summary-controls">
      <p>
        <button type="button" className="secondary" onClick={() => navigate('#/insights')}>
          ← Back to Insights
        </button>
      </p>
      <form
        className="summary-range"
        onSubmit={(e) => {
          e.preventDefault();
          navigate(`#/insights/summary?from=${draftFrom}&to=${draftTo}`);
        }}
      >
        <Field label="From">
          <input type="date" value={draftFrom} onChange={(e) => setDraftFrom(e.target.value)} />
        </Field>
        <Field label="To">
          <input type="date" value={draftTo} onChange={(e) => setDraftTo(e.target.value)} />
        </Field>
        <button type="submit" className="secondary">
          Show these days
        </button>
      </form>
      {error ? (
        <p className="field-error" role="alert">
          {error} Nothing is shown; choose another range.
        </p>
      ) : (
        <p className="summary-actions">
          <button type="button" onClick={() => void print('printer')}>
            Print
          </button>{' '}
          {platform.kind === 'browser' ? null : (
            <button type="button" className="secondary" onClick={() => void print('pdf')}>
              Save as PDF
            </button>
          )}{' '}
          <span role="status">{message}</span>
        </p>
      )}
    </div>
  );
}

function SummaryView({
  from,
  to,
  today,
  timeZone,
}: {
  from: LocalDate;
  to: LocalDate;
  today: LocalDate;
  timeZone: string;
}) {
  const profile = useProfile();
  const overview = useQuery(supplementQueries.overview(today));
  const doses = useQuery(supplementQueries.doses(from, to));
  const supplementMg = useQuery(supplementQueries.magnesiumBetween(from, to));
  const foodMg = useQuery(mealsQueries.magnesiumBetween(from, to));
  const routines = useQuery(routineQueries.list());
  const completions = useQuery(completionQueries.between(from, to));
  const checkins = useQuery(checkinQueries.between(from, to));
  const sleepLogs = useQuery(sleepQueries.logs(from, to));
  const exercise = useQuery(exerciseQueries.sessions(from, to));
  const practices = useQuery(stressQueries.practices(from, to));
  const lifeStage = profile.data?.lifeStage;

  const summary = useMemo(() => {
    if (!lifeStage || !doses.data || !supplementMg.data || !foodMg.data || !routines.data) return null;
    if (!completions.data || !checkins.data || !sleepLogs.data || !exercise.data || !practices.data)
      return null;
    const limit = upperLimitFor(lifeStage);
    const doseRoutines = routines.data.filter((r) => r.source?.kind === 'titration-plan');
    return doctorSummary({
      from,
      to,
      timeZone,
      doseRoutine: adherenceByDay(doseRoutines, completions.data, datesBetween(from, to)),
      doses: doses.data,
      checkins: checkins.data,
      foodMagnesium: foodMg.data,
      supplementMagnesium: supplementMg.data,
      rdaMg: rdaFor(lifeStage).mg,
      upperLimitMg: limit.established ? limit.mg : null,
      sleepLogs: sleepLogs.data,
      exercise: exercise.data,
      exerciseGoals: insightExerciseTarget(lifeStage),
      practices: practices.data,
    });
  }, [
    lifeStage,
    doses.data,
    supplementMg.data,
    foodMg.data,
    routines.data,
    completions.data,
    checkins.data,
    sleepLogs.data,
    exercise.data,
    practices.data,
    from,
    to,
    timeZone,
  ]);

  const ready = summary !== null && overview.isSuccess;
  useEffect(() => {
    if (!ready) return;
    document.body.dataset.printReady = 'true';
    return () => {
      delete document.body.dataset.printReady;
    };
  }, [ready]);

  if (!ready || !lifeStage) return <p role="status">Preparing the summary…</p>;
  const rda = rdaFor(lifeStage);
  const limit = upperLimitFor(lifeStage);
  const { plan, products, safety } = overview.data;
  const product = plan ? products.find((p) => p.id === plan.productId) : undefined;

  return (
    <div className="summary-page">
      <header>
        <h1 tabIndex={-1}>Summary for a doctor’s visit</h1>
        <p className="summary-meta">
          {longDayLabel(from)} – {longDayLabel(to)} ({summary.days} days). Recorded by the person in
          Steadyweek; figures are their own notes.
        </p>
      </header>
      <div className="summary-grid">
        <PlanSection plan={plan} product={product} summary={summary} from={from} to={to} />
        <section aria-labelledby="sum-side-effects">
          <h2 id="sum-side-effects">Side effects by day</h2>
          {summary.sideEffects.length === 0 ? (
            <p>None recorded.</p>
          ) : (
            <ul className="summary-list" data-testid="summary-side-effects">
              {summary.sideEffects.slice(-maxSideEffectDays).map((day) => (
                <li key={day.date}>
                  <strong>{shortDayLabel(day.date)}:</strong> {day.items.join(', ')}
                </li>
              ))}
              {summary.sideEffects.length > maxSideEffectDays ? (
                <li>
                  The latest {maxSideEffectDays} of {summary.sideEffects.length} days with side effects; the
                  rest are in the app.
                </li>
              ) : null}
            </ul>
          )}
        </section>
        <MagnesiumSection
          summary={summary}
          rdaKind={rda.kind}
          rdaSource={rda.source}
          limitSource={limit.source}
        />
        <BriefSection summary={summary} />
        <section aria-labelledby="sum-checkins">
          <h2 id="sum-checkins">Check-ins (1–5)</h2>
          <table className="summary-table">
            <thead>
              <tr>
                <th scope="col">Rating</th>
                <th scope="col" className="num">
                  Days
                </th>
                <th scope="col" className="num">
                  Average
                </th>
                <th scope="col">Trend</th>
              </tr>
            </thead>
            <tbody>
              {summary.ratings.map((r) => (
                <tr key={r.field}>
                  <th scope="row">{ratingLabels[r.field]}</th>
                  <td className="num">{r.daysRated}</td>
                  <td className="num">{r.average ?? '—'}</td>
                  <td>
                    {r.trend
                      ? `${trendWords[r.trend.direction]} (${r.trend.changePoints > 0 ? '+' : ''}${r.trend.changePoints.toFixed(1).replace('-', '−')})`
                      : 'too few days'}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className="summary-note">
            A trend is given from 14 rated days. A change is not proof of a cause.
          </p>
        </section>
        <MedicationSection safety={safety} />
      </div>
      <footer className="summary-disclaimer">
        <p>
          <strong>Not medical advice.</strong> Steadyweek is a planner: it does not diagnose or treat ADHD or
          any other condition, and nothing here shows that magnesium or the routine works. The evidence that
          magnesium helps with ADHD symptoms is suggestive, not conclusive. Please review any supplement with
          the person’s doctor or pharmacist.
        </p>
        <p className="summary-note">
          {upperLimitScope} Exercise guideline: {activityGuidelinesSource}. Food magnesium: USDA National
          Nutrient Database for Standard Reference, Release 28 (SR28).
        </p>
      </footer>
    </div>
  );
}

function PlanSection({
  plan,
  product,
  summary,
  from,
  to,
}: {
  plan: TitrationPlanRow | null;
  product: ProductRow | undefined;
  summary: DoctorSummary;
  from: LocalDate;
  to: LocalDate;
}) {
  const steps = plan && product ? stepsForPlan(plan, product) : [];
  // Only the steps in force during the range (and the next one) fit on the page.
  const shown = steps.filter((s) => s.fromDate <= to && (s.toDate === null || s.toDate >= from));
  const next = steps.find((s) => s.fromDate > to);
  const d = summary.doses;
  return (
    <section aria-labelledby="sum-plan">
      <h2 id="sum-plan">Supplement plan and doses</h2>
      {plan && product ? (
        <>
          <p>
            {product.name}: {magnesiumFormLabels[product.form]}
            {product.elementalMgPerUnit
              ? `, ${product.elementalMgPerUnit} mg elemental per ${product.unit}`
              : ''}
            . Plan started {shortDayLabel(plan.startDate)}, {plan.timing}; {steps.length}{' '}
            {steps.length === 1 ? 'step' : 'steps'} in all.
          </p>
          <table className="summary-table">
            <thead>
              <tr>
                <th scope="col">Step</th>
                <th scope="col">From</th>
                <th scope="col">To</th>
                <th scope="col" className="num">
                  A day
                </th>
                <th scope="col" className="num">
                  Elemental
                </th>
              </tr>
            </thead>
            <tbody>
              {[...shown, ...(next ? [next] : [])].map((s) => (
                <tr key={`${s.kind}-${s.number}-${s.fromDate}`}>
                  <th scope="row">{s.kind === 'held' ? 'Held' : s.number}</th>
                  <td>{shortDayLabel(s.fromDate)}</td>
                  <td>{s.toDate ? shortDayLabel(s.toDate) : 'onwards'}</td>
                  <td className="num">
                    {s.unitsPerDay} {unitWord(product.unit, s.unitsPerDay)}
                  </td>
                  <td className="num">{roundMg(s.elementalMgPerDay)} mg</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ) : (
        <p>No active supplement plan.</p>
      )}
      <h3 className="summary-subhead">Doses in these days</h3>
      <table className="summary-table" data-testid="summary-doses">
        <tbody>
          {(
            [
              ['Dose times planned', d.planned],
              ['Taken on time', d.onTime],
              ['Taken late', d.late],
              ['Skipped', d.skipped],
              ['Not logged', d.notLogged],
              ['Elemental magnesium taken', `${d.elementalMgTaken} mg`],
            ] as const
          ).map(([label, value]) => (
            <tr key={label}>
              <th scope="row">{label}</th>
              <td className="num">{value}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

function MagnesiumSection({
  summary,
  rdaKind,
  rdaSource,
  limitSource,
}: {
  summary: DoctorSummary;
  rdaKind: 'RDA' | 'AI';
  rdaSource: string;
  limitSource: string;
}) {
  const m = summary.magnesium;
  return (
    <section aria-labelledby="sum-mg">
      <h2 id="sum-mg">Magnesium a day</h2>
      <table className="summary-table" data-testid="summary-magnesium">
        <tbody>
          <tr>
            <th scope="row">Food (meal plan, {m.daysWithMeals} days with meals)</th>
            <td className="num">{m.averageFoodMg === null ? 'not planned' : `${m.averageFoodMg} mg`}</td>
          </tr>
          <tr>
            <th scope="row">Supplement taken (average of every day)</th>
            <td className="num">{m.averageSupplementMg} mg</td>
          </tr>
          <tr>
            <th scope="row">Food and supplement against the {rdaKind}</th>
            <td className="num">
              {m.averageTotalMg === null ? '—' : `${m.averageTotalMg} mg`} of {m.rdaMg} mg
            </td>
          </tr>
          <tr>
            <th scope="row">Highest supplement day against the upper limit (UL)</th>
            <td className="num">
              {m.highestSupplementMg} mg of {m.upperLimitMg === null ? 'no UL set' : `${m.upperLimitMg} mg`}
            </td>
          </tr>
          <tr>
            <th scope="row">Days with supplement above the UL</th>
            <td className="num">{m.daysSupplementAboveLimit}</td>
          </tr>
        </tbody>
      </table>
      <p className="summary-note">
        {rdaKind}: {rdaSource}. UL (supplements and medicines only): {limitSource}.
      </p>
    </section>
  );
}

function BriefSection({ summary }: { summary: DoctorSummary }) {
  const { sleep, exercise, stress } = summary;
  return (
    <section aria-labelledby="sum-brief">
      <h2 id="sum-brief">Sleep, exercise and stress</h2>
      <ul className="summary-list" data-testid="summary-brief">
        <li>
          <strong>Sleep:</strong>{' '}
          {sleep.nights === 0
            ? 'no nights logged.'
            : `${sleep.nights} nights logged, ${formatDuration(sleep.averageDurationMinutes ?? 0)} on average` +
              (sleep.averageBedtimeMinutes !== null && sleep.averageWakeMinutes !== null
                ? `, bed about ${formatClock(sleep.averageBedtimeMinutes)}, up about ${formatClock(sleep.averageWakeMinutes)}`
                : '') +
              (sleep.midpointVariabilityMinutes !== null
                ? `; mid-sleep varies by about ${sleep.midpointVariabilityMinutes} min`
                : '') +
              (sleep.averageQuality !== null ? `; quality ${sleep.averageQuality} of 5.` : '.')}
        </li>
        <li>
          <strong>Exercise:</strong> {exercise.sessions} sessions, {exercise.totalMinutes} min in all;{' '}
          {exercise.aerobicMinutesPerWeek} aerobic min a week ({countingWords[exercise.goals.counting]}
          {exercise.goals.aerobicMinutes === null ? '' : `; guideline ${exercise.goals.aerobicMinutes}`}),
          strength on {exercise.strengthDaysPerWeek} days a week
          {exercise.goals.strengthDays === null ? '.' : ` (guideline ${exercise.goals.strengthDays}).`}
        </li>
        <li>
          <strong>Stress practice:</strong> {stress.totalMinutes} min on {stress.days} days, about{' '}
          {stress.minutesPerWeek} min a week.
        </li>
      </ul>
    </section>
  );
}

function MedicationSection({ safety }: { safety: SupplementSafetyRow | null }) {
  return (
    <section aria-labelledby="sum-meds">
      <h2 id="sum-meds">Medication check</h2>
      {safety ? (
        <>
          <p className="summary-note">
            Answered {new Date(safety.answeredAtEpochMs).toISOString().slice(0, 10)}. “Yes” means: talk to the
            doctor before taking magnesium.
          </p>
          <table className="summary-table" data-testid="summary-medication">
            <tbody>
              {medicationQuestions.map((q) => (
                <tr key={q.id}>
                  <th scope="row">{q.label}</th>
                  <td>
                    {safety.answers[q.id] === true ? 'Yes' : safety.answers[q.id] === false ? 'No' : '—'}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ) : (
        <p>Not answered yet.</p>
      )}
      <p className="summary-note">Source: {medicationCautionSource}.</p>
    </section>
  );
}
