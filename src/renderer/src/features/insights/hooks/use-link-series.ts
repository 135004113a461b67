// The daily series the Links section relates, from the same owners' rows as the rest of Insights (each
// kept live by data/live.ts).
import { useMemo } from 'react';
import type { LocalDate } from '@shared/dates/local-date';
import { datesBetween } from '@shared/dates/calendar';
import { dailySeries, type DailySeries } from '@shared/insights/link-pairs';
import { adherenceByDay } from '@shared/wellbeing/adherence';
import { useInsightRows, type Loaded } from './use-insights';

/** Every series over [from, to]. */
export function useLinkSeries(from: LocalDate, to: LocalDate, timeZone: string): Loaded<DailySeries> {
  const { data: rows, failed } = useInsightRows(from, to);
  const series = useMemo(() => {
    if (!rows) return null;
    const doseRoutines = rows.routines.filter((r) => r.source?.kind === 'titration-plan');
    return dailySeries({
      from,
      to,
      timeZone,
      checkins: rows.checkins,
      sleepLogs: rows.sleepLogs,
      exercise: rows.exercise,
      practices: rows.stress,
      supplementAdherence: adherenceByDay(doseRoutines, rows.completions, datesBetween(from, to)),
      foodMagnesium: rows.foodMagnesium,
      supplementTakenMg: rows.supplementMagnesium,
    });
  }, [rows, from, to, timeZone]);
  return { data: series, failed };
}
