// Whole-week actions: copy the previous week, clear the week (undoable), save and apply templates.
import { useState, type FormEvent } from 'react';
import { useQuery } from '@tanstack/react-query';
import type { LocalDate } from '@shared/dates/local-date';
import { Field } from '../../../components/field';
import { ValidationError } from '../../../data/validation';
import type { MealPlanRow } from '../../../db/schema';
import {
  mealsQueries,
  useApplyTemplate,
  useClearWeek,
  useCopyPreviousWeek,
  useDeleteTemplate,
  useSaveTemplate,
} from '../../../data/meals/meals-queries';

export function WeekTools({
  weekStart,
  itemCount,
  onCleared,
  onMessage,
}: {
  weekStart: LocalDate;
  itemCount: number;
  onCleared: (rows: MealPlanRow[]) => void;
  onMessage: (message: string) => void;
}) {
  const templates = useQuery(mealsQueries.templates());
  const copy = useCopyPreviousWeek();
  const clear = useClearWeek();
  const save = useSaveTemplate();
  const apply = useApplyTemplate();
  const remove = useDeleteTemplate();
  const [name, setName] = useState('');
  const [nameError, setNameError] = useState<string | undefined>();
  const [templateId, setTemplateId] = useState('');
  const chosen = templates.data?.find((t) => t.id === templateId) ?? templates.data?.[0];

  const saveTemplate = async (event: FormEvent) => {
    event.preventDefault();
    try {
      const template = await save.mutateAsync({ input: { name }, weekStart });
      setName('');
      setNameError(undefined);
      onMessage(`Saved this week as the template “${template.name}”.`);
    } catch (error) {
      if (error instanceof ValidationError) setNameError(error.fieldErrors.name ?? error.message);
      else throw error;
    }
  };

  return (
    <section className="card week-tools" aria-labelledby="week-tools-title">
      <h2 id="week-tools-title">Week tools</h2>
      <div className="row">
        <button
          type="button"
          className="secondary"
          disabled={copy.isPending}
          onClick={async () => {
            const count = await copy.mutateAsync(weekStart);
            onMessage(
              count
                ? `Copied ${count} ${count === 1 ? 'item' : 'items'} from the previous week.`
                : 'The previous week has no meals to copy.',
            );
          }}
        >
          Copy previous week
        </button>
        <button
          type="button"
          className="danger"
          disabled={clear.isPending || itemCount === 0}
          onClick={async () => onCleared(await clear.mutateAsync(weekStart))}
        >
          Clear this week
        </button>
      </div>
      <div className="grid-2 templates">
        <form onSubmit={saveTemplate} noValidate className="row">
          <Field label="Save this week as a template" error={nameError}>
            <input
              type="text"
              value={name}
              onChange={(e) => setName(e.target.value)}
              placeholder="e.g. Green week"
            />
          </Field>
          <button type="submit" className="secondary" disabled={save.isPending}>
            Save template
          </button>
        </form>
        {templates.data && templates.data.length > 0 && chosen ? (
          <div className="row">
            <Field label="Template">
              <select value={chosen.id} onChange={(e) => setTemplateId(e.target.value)}>
                {templates.data.map((t) => (
                  <option key={t.id} value={t.id}>
                    {t.name} ({t.items.length} items)
                  </option>
                ))}
              </select>
            </Field>
            <button
              type="button"
              className="secondary"
              disabled={apply.isPending}
              onClick={async () => {
                const count = await apply.mutateAsync({ templateId: chosen.id, weekStart });
                onMessage(`Added ${count} items from “${chosen.name}”.`);
              }}
            >
              Apply to this week
            </button>
            <button type="button" className="danger" onClick={() => remove.mutate(chosen.id)}>
              Delete template
            </button>
          </div>
        ) : (
          <p className="muted">No templates yet.</p>
        )}
      </div>
    </section>
  );
}
