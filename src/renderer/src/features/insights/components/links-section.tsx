// Links: how two of the person's daily series moved together, with the paired days, effect sizes and their limits.
import { lazy, Suspense, useMemo, useState } from 'react';
import type { LocalDate } from '@shared/dates/local-date';
import { addDays, shortDayLabel } from '@shared/dates/calendar';
import { linkPairs, linkSentence, seriesNames, type LinkPair } from '@shared/insights/link-pairs';
import { linkBetween, minPairedDaysForLinks, type LinkResult } from '@shared/insights/links';
import { Field } from '../../../components/field';
import { useLinkSeries } from '../hooks/use-link-series';
import { ReadFailed } from './read-failed';

// Recharts loads only once there is something to draw.
const LinkChart = lazy(() => import('./link-chart'));

/** How far back the links look: long enough for 14 paired days to come easily, short enough to be "now". */
export const linkWindowDays = 90;

const fixed = (value: number, decimals: number) => {
  const text = value.toFixed(decimals);
  return Number(text) === 0 ? (0).toFixed(decimals) : text.replace('-', '−');
};
const signed = (value: number, decimals: number) => (value > 0 ? '+' : '') + fixed(value, decimals);

export function LinksSection({ today, timeZone }: { today: LocalDate; timeZone: string }) {
  const [pairId, setPairId] = useState(linkPairs[0]!.id);
  const pair = linkPairs.find((p) => p.id === pairId) ?? linkPairs[0]!;
  const from = addDays(today, -(linkWindowDays - 1));
  const { data: series, failed } = useLinkSeries(from, today, timeZone);
  const result = useMemo(
    () => (series ? linkBetween(series[pair.x], series[pair.y], pair.lagDays) : null),
    [series, pair],
  );

  return (
    <section className="card links-section" aria-labelledby="links-heading">
      <h2 id="links-heading">Links</h2>
      <p className="insights-honesty">
        A link is not a cause. With a few weeks of notes the figures are uncertain, and other things change
        too: sleep, stress, season, medication, illness. None of this shows that the supplement or anything
        else works; it is not medical advice.
      </p>
      <Field label="Compare" hint={`Over the last ${linkWindowDays} days, up to today.`}>
        <select value={pair.id} onChange={(e) => setPairId(e.target.value)}>
          {linkPairs.map((p) => (
            <option key={p.id} value={p.id}>
              {p.label}
            </option>
          ))}
        </select>
      </Field>
      {result ? (
        <LinkFigures pair={pair} result={result} />
      ) : failed ? (
        <ReadFailed what="the notes these links compare" />
      ) : (
        <p role="status">Loading your notes…</p>
      )}
    </section>
  );
}

function LinkFigures({ pair, result }: { pair: LinkPair; result: LinkResult }) {
  const x = seriesNames[pair.x];
  const y = seriesNames[pair.y];
  const yWhen = pair.yWhen;
  return (
    <div aria-live="polite">
      <p>
        <strong>Paired days:</strong> <span data-testid="links-paired-days">{result.pairedDays}</span> (days
        with both {x.name} and {yWhen})
      </p>
      <p className="links-sentence">{linkSentence(pair, result)}</p>
      {result.status === 'too-few' ? (
        <p className="muted">
          Nothing more is shown before {minPairedDaysForLinks} paired days: with fewer, any figure would be
          mostly noise.
        </p>
      ) : (
        <>
          <table className="figures links-figures" data-testid="links-figures">
            <caption className="visually-hidden">Effect sizes with their 95 % intervals</caption>
            <thead>
              <tr>
                <th scope="col">Measure</th>
                <th scope="col" className="num">
                  Estimate
                </th>
                <th scope="col">95 % interval</th>
                <th scope="col">Includes no effect?</th>
              </tr>
            </thead>
            <tbody>
              <tr>
                <th scope="row">Rank correlation (Spearman’s rho)</th>
                {result.rho.kind === 'rho' ? (
                  <>
                    <td className="num">{fixed(result.rho.estimate, 2)}</td>
                    <td>
                      {fixed(result.rho.low, 2)} to {fixed(result.rho.high, 2)}
                    </td>
                    <td>{result.rho.includesNoEffect ? 'Yes: could be chance' : 'No'}</td>
                  </>
                ) : (
                  <td colSpan={3}>
                    None: {result.rho.series === 'x' ? x.name : yWhen} did not change over these days.
                  </td>
                )}
              </tr>
              <tr>
                <th scope="row">
                  Difference in {yWhen}, high minus low {x.name} days ({y.unit})
                </th>
                {result.difference.kind === 'difference' ? (
                  <>
                    <td className="num">{signed(result.difference.estimate, 2)}</td>
                    <td>
                      {fixed(result.difference.low, 2)} to {fixed(result.difference.high, 2)}
                    </td>
                    <td>{result.difference.includesNoEffect ? 'Yes: could be chance' : 'No'}</td>
                  </>
                ) : result.difference.kind === 'no-spread' ? (
                  <td colSpan={3}>
                    {fixed(result.difference.highMean, 2)} against {fixed(result.difference.lowMean, 2)}, with
                    no day-to-day spread to give an interval.
                  </td>
                ) : (
                  <td colSpan={3}>None: there are not two groups of at least 2 days to compare.</td>
                )}
              </tr>
            </tbody>
          </table>
          {result.difference.kind === 'difference' ? (
            <p className="muted">
              High days: {x.name} above {fixed(result.difference.threshold, x.decimals)} {x.unit} (or at it
              when most days are there), {result.difference.highDays} days, average {yWhen}{' '}
              {fixed(result.difference.highMean, 2)}; low days: {result.difference.lowDays}, average{' '}
              {fixed(result.difference.lowMean, 2)}.
            </p>
          ) : null}
          <Suspense fallback={<p role="status">Drawing the chart…</p>}>
            <LinkChart pairs={result.pairs} xName={`${x.name} (${x.unit})`} yName={`${yWhen} (${y.unit})`} />
          </Suspense>
          <details className="insights-table">
            <summary>Show the paired days as a table</summary>
            <table>
              <caption className="visually-hidden">
                {x.name} and {yWhen} on each paired day
              </caption>
              <thead>
                <tr>
                  <th scope="col">Day</th>
                  <th scope="col" className="num">
                    {x.name} ({x.unit})
                  </th>
                  <th scope="col" className="num">
                    {yWhen} ({y.unit})
                  </th>
                </tr>
              </thead>
              <tbody>
                {[...result.pairs].reverse().map((p) => (
                  <tr key={p.date}>
                    <th scope="row">{shortDayLabel(p.date)}</th>
                    <td className="num">{fixed(p.x, x.decimals)}</td>
                    <td className="num">{fixed(p.y, y.decimals)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </details>
        </>
      )}
      <p className="muted">
        {pair.note} Spearman’s rho compares the order of days (−1 to 1, 0 is no link), with a 95 % interval by
        Fisher’s z and Bonett and Wright’s variance. The difference splits the days at the median {x.name} and
        gives Welch’s 95 % interval. When an interval includes 0, the data fit no link at all.
      </p>
    </div>
  );
}
