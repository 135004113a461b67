// Meals: plan a week of magnesium-rich meals, see each day against the target, make a shopping list, print.
import { useState } from 'react';
import type { LocalDate } from '@shared/dates/local-date';
import { addDays, longDayLabel, weekDates } from '@shared/dates/calendar';
import { localDateSchema } from '@shared/dates/local-date';
import { Page } from '../../../components/page';
import { navigate, useRoute } from '../../../lib/router';
import type { MealPlanRow } from '../../../db/schema';
import { platform } from '../../../platform';
import { useRemoveMealItem, useRestoreMealItems } from '../../../data/meals/meals-queries';
import { todayIn, useCurrentWeekStart, useWeekPlan } from '../hooks/use-week-plan';
import { useProfile } from '../../../data/profile/profile-queries';
import { AddItemForm } from './add-item-form';
import { DaySuggestions } from './day-suggestions';
import { MyFoods } from './my-foods';
import { PlanGrid } from './plan-grid';
import { RichestFoods } from './richest-foods';
import { ShoppingListPanel } from './shopping-list-panel';
import { WeekTools } from './week-tools';
import './meals.css';

type View = 'plan' | 'shopping' | 'richest' | 'mine';
const views: { value: View; label: string }[] = [
  { value: 'plan', label: 'Week plan' },
  { value: 'shopping', label: 'Shopping list' },
  { value: 'richest', label: 'Richest in magnesium' },
  { value: 'mine', label: 'My foods and recipes' },
];

export function MealsScreen() {
  const route = useRoute();
  const currentWeek = useCurrentWeekStart();
  const requested = route.params.get('week');
  const weekStart = requested && localDateSchema.safeParse(requested).success ? requested : currentWeek;
  if (!weekStart) return <p role="status">Loading meals…</p>;
  return <MealsWeek weekStart={weekStart} key={weekStart} />;
}

function MealsWeek({ weekStart }: { weekStart: LocalDate }) {
  const profile = useProfile();
  const week = useWeekPlan(weekStart);
  const remove = useRemoveMealItem();
  const restore = useRestoreMealItems();
  const [view, setView] = useState<View>('plan');
  const [status, setStatus] = useState<{ message: string; undo: MealPlanRow[] | null }>({
    message: '',
    undo: null,
  });
  const [printMessage, setPrintMessage] = useState('');
  const dates = weekDates(weekStart);
  const today = profile.data ? todayIn(profile.data.timeZone) : dates[0]!;
  const itemCount = week.days.reduce((n, d) => n + d.totals.itemCount, 0);

  const goToWeek = (start: LocalDate) => navigate(`#/meals?week=${start}`);
  const print = async (target: 'printer' | 'pdf') => {
    if (platform.kind === 'browser') {
      // The browser prints the page it is on: open the print layout, which prints itself once ready.
      navigate(`#/meals/print?week=${weekStart}&print=${target}`);
      return;
    }
    setPrintMessage('Preparing the print layout…');
    const result = await platform.print({ page: { kind: 'meals-week', week: weekStart }, target });
    setPrintMessage(result.message ?? (result.status === 'failed' ? 'Printing failed.' : ''));
  };

  return (
    <Page
      title="Meals"
      lead="Plan magnesium-rich meals for the week. Values come from USDA SR28; targets from the NIH ODS RDA."
      actions={
        <>
          <button type="button" className="secondary" onClick={() => void print('printer')}>
            Print
          </button>
          <button type="button" className="secondary" onClick={() => void print('pdf')}>
            Save as PDF
          </button>
        </>
      }
    >
      {printMessage ? (
        <p role="status" className="muted">
          {printMessage}
        </p>
      ) : null}
      <nav className="week-nav" aria-label="Week">
        <button type="button" className="secondary" onClick={() => goToWeek(addDays(weekStart, -7))}>
          ← Previous week
        </button>
        <h2 className="week-title">
          {longDayLabel(weekStart)} – {longDayLabel(addDays(weekStart, 6))}
        </h2>
        <button type="button" className="secondary" onClick={() => goToWeek(addDays(weekStart, 7))}>
          Next week →
        </button>
      </nav>
      <div className="view-switch" role="group" aria-label="Show">
        {views.map((v) => (
          <button
            key={v.value}
            type="button"
            className={view === v.value ? '' : 'secondary'}
            aria-pressed={view === v.value}
            onClick={() => setView(v.value)}
          >
            {v.label}
          </button>
        ))}
      </div>
      <div className="undo-bar" role="status">
        {status.message ? (
          <>
            <span>{status.message}</span>
            {status.undo ? (
              <button
                type="button"
                className="secondary small"
                onClick={async () => {
                  await restore.mutateAsync(status.undo!);
                  setStatus({ message: 'Put back.', undo: null });
                }}
              >
                Undo
              </button>
            ) : null}
          </>
        ) : null}
      </div>
      {week.error ? <p className="form-error">Could not load the meal plan: {String(week.error)}</p> : null}
      {view === 'plan' ? (
        <>
          <AddItemForm
            dates={dates}
            library={week.library}
            defaultDate={dates.includes(today) ? today : dates[0]!}
          />
          {week.ready && week.target ? (
            <>
              <PlanGrid
                days={week.days}
                weekMg={week.weekMg}
                target={week.target}
                showSupplement={week.hasSupplement}
                onRemove={async (item) => {
                  const removed = await remove.mutateAsync(item.row.id);
                  if (removed)
                    setStatus({ message: `Removed ${item.food?.name ?? 'the item'}.`, undo: [removed] });
                }}
              />
              <p className="muted source-note">
                Target: {week.target.mg} mg a day ({week.target.kind} for your life stage; source:{' '}
                {week.target.source}). RDAs count food, drinks and supplements together. Not medical advice.
              </p>
              {week.library ? (
                <DaySuggestions days={week.days} target={week.target} library={week.library} />
              ) : null}
            </>
          ) : (
            <p role="status">Loading the food list…</p>
          )}
          <WeekTools
            weekStart={weekStart}
            itemCount={itemCount}
            onCleared={(rows) =>
              setStatus({
                message: rows.length
                  ? `Cleared ${rows.length} items from this week.`
                  : 'The week was already empty.',
                undo: rows.length ? rows : null,
              })
            }
            onMessage={(message) => setStatus({ message, undo: null })}
          />
        </>
      ) : null}
      {view === 'shopping' ? (
        <ShoppingListPanel weekStart={weekStart} weekEnd={addDays(weekStart, 6)} />
      ) : null}
      {view === 'richest' && week.library ? <RichestFoods library={week.library} /> : null}
      {view === 'mine' && week.library ? <MyFoods library={week.library} /> : null}
    </Page>
  );
}
