// Weekly activity targets by life stage, from the Physical Activity Guidelines for Americans, 2nd edition,
// and a week's sessions (and planned routines) against them. Pure: the life stage and the week are parameters.
import { datesBetween } from '../dates/calendar';
import type { LocalDate } from '../dates/local-date';
import type { LifeStage } from '../profile/profile';
import { isActiveOn, timesOn, type RecurringRoutine } from '../recurrence/occurrences';
import type { RoutineActivity } from '../routines/activity';
import type { ExerciseSession } from './exercise';

export const activityGuidelinesSource =
  'Physical Activity Guidelines for Americans, 2nd edition (2018), U.S. Department of Health and Human Services, ODPHP (health.gov)';
export const activityGuidelinesUrl =
  'https://odphp.health.gov/our-work/nutrition-physical-activity/physical-activity-guidelines/current-guidelines';

export type ActivityStage =
  'under-3' | 'preschool-or-school' | 'children-6-17' | 'adults' | 'older-adults' | 'pregnancy-postpartum';

/** One line of a target, counted over a week. */
export interface TargetLine {
  id: 'aerobic' | 'strength-days' | 'vigorous-days' | 'balance-days';
  label: string;
  /** The least the guidelines advise for the week, in `unit`. */
  goal: number;
  /** The upper end of the advised range, where the guidelines give one (adults: 300 moderate minutes). */
  upTo: number | null;
  unit: 'min' | 'days';
}

export interface ExerciseTarget {
  stage: ActivityStage;
  /** Who the target is for, e.g. "Adults". */
  who: string;
  /** The guideline in one plain sentence. */
  summary: string;
  /**
   * How the minutes count: adults double a vigorous aerobic minute; in pregnancy aerobic minutes count as
   * they are; children's 60 minutes are any moderate-to-vigorous activity, strengthening included.
   */
  aerobicCounting: 'moderate-equivalent' | 'aerobic-minutes' | 'moderate-or-vigorous';
  /** Empty when the guidelines set no figures for this age (under 3). */
  lines: TargetLine[];
  source: string;
}

const adultLines: TargetLine[] = [
  { id: 'aerobic', label: 'Aerobic, moderate-equivalent', goal: 150, upTo: 300, unit: 'min' },
  { id: 'strength-days', label: 'Muscle-strengthening days', goal: 2, upTo: null, unit: 'days' },
];

const childLines: TargetLine[] = [
  // An average of 60 minutes a day.
  { id: 'aerobic', label: 'Moderate-to-vigorous activity', goal: 7 * 60, upTo: null, unit: 'min' },
  { id: 'vigorous-days', label: 'Vigorous days', goal: 3, upTo: null, unit: 'days' },
  { id: 'strength-days', label: 'Muscle- and bone-strengthening days', goal: 3, upTo: null, unit: 'days' },
];

/**
 * The target for a life stage. The NIH age bands the profile uses do not split at 65, so older adults
 * are those in the 51+ band who said they are 65 or over. Pregnancy and breastfeeding (after the birth)
 * take the pregnancy and postpartum guideline.
 */
export function exerciseTargetFor(lifeStage: LifeStage & { aged65OrOver?: boolean }): ExerciseTarget {
  const base = { source: activityGuidelinesSource };
  if (lifeStage.reproductiveStatus !== 'none')
    return {
      ...base,
      stage: 'pregnancy-postpartum',
      who: 'During pregnancy and after the birth',
      summary:
        'At least 150 minutes of moderate aerobic activity a week, spread through the week; ask your care team what suits you.',
      aerobicCounting: 'aerobic-minutes',
      lines: [{ id: 'aerobic', label: 'Moderate aerobic activity', goal: 150, upTo: null, unit: 'min' }],
    };
  switch (lifeStage.ageBand) {
    case '0-6m':
    case '7-12m':
    case '1-3':
      return {
        ...base,
        stage: 'under-3',
        who: 'Children under 3',
        summary:
          'The guidelines set no minutes for children this young; from age 3 they advise being active throughout the day.',
        aerobicCounting: 'moderate-or-vigorous',
        lines: [],
      };
    case '4-8':
      return {
        ...base,
        stage: 'preschool-or-school',
        who: 'Children 4 to 8',
        summary:
          'From age 6, an average of 60 minutes a day of moderate-to-vigorous activity, with vigorous activity and muscle- and bone-strengthening each on 3 days; at 4 and 5, being active throughout the day is the advice, with no set minutes.',
        aerobicCounting: 'moderate-or-vigorous',
        lines: childLines,
      };
    case '9-13':
    case '14-18':
      return {
        ...base,
        stage: 'children-6-17',
        who: 'Children and adolescents 6 to 17',
        summary:
          'An average of 60 minutes a day of moderate-to-vigorous activity, with vigorous activity and muscle- and bone-strengthening each on at least 3 days a week.',
        aerobicCounting: 'moderate-or-vigorous',
        lines: childLines,
      };
    default:
      return lifeStage.aged65OrOver
        ? {
            ...base,
            stage: 'older-adults',
            who: 'Adults 65 and over',
            summary:
              'As for adults (150–300 minutes of moderate or 75–150 of vigorous activity a week, a vigorous minute counting as two, and muscle strengthening on 2 days), plus balance training on 3 days.',
            aerobicCounting: 'moderate-equivalent',
            lines: [
              ...adultLines,
              { id: 'balance-days', label: 'Balance days', goal: 3, upTo: null, unit: 'days' },
            ],
          }
        : {
            ...base,
            stage: 'adults',
            who: 'Adults',
            summary:
              '150–300 minutes of moderate or 75–150 of vigorous aerobic activity a week (a vigorous minute counts as two), and muscle strengthening on 2 days.',
            aerobicCounting: 'moderate-equivalent',
            lines: adultLines,
          };
  }
}

/** The aerobic minutes a session adds under a counting rule (light activity is not in these figures). */
export function aerobicMinutesOf(
  session: Pick<ExerciseSession, 'kind' | 'minutes' | 'intensity'>,
  counting: ExerciseTarget['aerobicCounting'],
): number {
  if (session.intensity === 'light') return 0;
  if (counting === 'moderate-equivalent')
    return session.kind === 'aerobic' ? session.minutes * (session.intensity === 'vigorous' ? 2 : 1) : 0;
  if (counting === 'aerobic-minutes') return session.kind === 'aerobic' ? session.minutes : 0;
  // Children's 60 minutes include any moderate-to-vigorous play or sport, strengthening too.
  return session.minutes;
}

export interface TargetProgress extends TargetLine {
  done: number;
  /** From this week's routines that log themselves (what is planned, done or not). */
  planned: number;
}

function daysWhere(
  sessions: readonly Pick<ExerciseSession, 'date' | 'kind' | 'intensity'>[],
  test: (s: Pick<ExerciseSession, 'kind' | 'intensity'>) => boolean,
): number {
  return new Set(sessions.filter(test).map((s) => s.date)).size;
}

const lineTests: Record<
  Exclude<TargetLine['id'], 'aerobic'>,
  (s: Pick<ExerciseSession, 'kind' | 'intensity'>) => boolean
> = {
  'strength-days': (s) => s.kind === 'strength' && s.intensity !== 'light',
  'vigorous-days': (s) => s.intensity === 'vigorous',
  'balance-days': (s) => s.kind === 'flexibility',
};

function countLine(line: TargetLine, sessions: readonly ExerciseSession[], target: ExerciseTarget): number {
  if (line.id === 'aerobic')
    return sessions.reduce((sum, s) => sum + aerobicMinutesOf(s, target.aerobicCounting), 0);
  return daysWhere(sessions, lineTests[line.id]);
}

/** A planned exercise routine: when it happens and what it logs. */
export interface PlannedExercise extends RecurringRoutine {
  activity: Extract<RoutineActivity, { area: 'exercise' }>;
}

/**
 * The sessions this week's exercise routines plan: one per occurrence (an "N times a week" routine,
 * N sessions, on the week's first day as it has no fixed day).
 */
export function plannedSessions(
  routines: readonly PlannedExercise[],
  weekStart: LocalDate,
  weekEnd: LocalDate,
): ExerciseSession[] {
  const sessions: ExerciseSession[] = [];
  const dates = datesBetween(weekStart, weekEnd);
  for (const routine of routines) {
    const { kind, minutes, intensity } = routine.activity;
    if (routine.schedule.kind === 'times-per-week') {
      const active = dates.filter((date) => isActiveOn(routine, date));
      for (let i = 0; i < Math.min(routine.schedule.count, active.length); i += 1)
        sessions.push({ date: active[i]!, kind, minutes, intensity });
      continue;
    }
    for (const date of dates)
      for (const _time of timesOn(routine, date)) sessions.push({ date, kind, minutes, intensity });
  }
  return sessions;
}

/** Each line of the target with what was done (logged sessions) and what the week's routines plan. */
export function weeklyProgress(
  target: ExerciseTarget,
  sessions: readonly ExerciseSession[],
  planned: readonly ExerciseSession[],
  weekStart: LocalDate,
  weekEnd: LocalDate,
): TargetProgress[] {
  const inWeek = (list: readonly ExerciseSession[]) =>
    list.filter((s) => s.date >= weekStart && s.date <= weekEnd);
  return target.lines.map((line) => ({
    ...line,
    done: countLine(line, inWeek(sessions), target),
    planned: countLine(line, inWeek(planned), target),
  }));
}
