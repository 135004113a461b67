// Move one slot of a routine to another day and/or time, by keyboard.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { TimeOfDay } from '@shared/dates/local-date';
import { Field } from '../../../components/field';
import type { RoutineRow } from '../../../db/schema';
import { useMoveRoutine } from '../../../data/routines/routine-queries';
import { weekdayNames } from './week-labels';

export function MoveDialog({
  routine,
  from,
  onClose,
}: {
  routine: RoutineRow;
  from: { day: number; time: TimeOfDay };
  onClose: (message?: string) => void;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const [day, setDay] = useState(from.day);
  const [time, setTime] = useState(from.time);
  const [error, setError] = useState<string | undefined>();
  const move = useMoveRoutine();
  const canChangeDay = routine.schedule.kind === 'weekly';

  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!/^([01]\d|2[0-3]):[0-5]\d$/.test(time)) {
      setError('Use a 24-hour time like 08:30.');
      return;
    }
    move.mutate(
      { routineId: routine.id, from, to: { day, time } },
      {
        onSuccess: () => onClose(`Moved “${routine.title}” to ${weekdayNames[day - 1]} ${time}, every week.`),
        onError: (e) => setError(e.message),
      },
    );
  };

  return (
    <dialog
      ref={ref}
      className="routine-dialog"
      aria-labelledby="move-dialog-title"
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <form className="form" onSubmit={submit} noValidate>
        <h2 id="move-dialog-title">Move “{routine.title}”</h2>
        <p className="hint">Routines repeat weekly, so this changes every week from now on.</p>
        {canChangeDay ? (
          <Field label="Day">
            <select value={day} onChange={(e) => setDay(Number(e.target.value))} autoFocus>
              {weekdayNames.map((name, index) => (
                <option key={name} value={index + 1}>
                  {name}
                </option>
              ))}
            </select>
          </Field>
        ) : (
          <p className="hint">It happens every day, so only its time can move.</p>
        )}
        <Field label="Time" error={error}>
          <input
            type="time"
            value={time}
            onChange={(e) => setTime(e.target.value)}
            autoFocus={!canChangeDay}
          />
        </Field>
        <div className="row dialog-actions">
          <button type="submit" disabled={move.isPending}>
            Move
          </button>
          <button type="button" className="secondary" onClick={() => onClose()}>
            Cancel
          </button>
        </div>
      </form>
    </dialog>
  );
}
