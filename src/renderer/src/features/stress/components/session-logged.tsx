// After a session has logged itself: what was logged, and an optional "how stressed now?" added to that entry.
import { useState } from 'react';
import type { StressLogRow } from '../../../db/schema';
import { useRateStressAfter } from '../../../data/stress/stress-queries';
import { formErrorsFrom } from '../../../lib/form-errors';
import { practiceLabels } from '@shared/wellbeing/stress';
import { StressRating } from './stress-rating';

export function SessionLogged({ row, name }: { row: StressLogRow; name: string }) {
  const [after, setAfter] = useState<number | null>(null);
  const [error, setError] = useState<string | undefined>();
  const [rated, setRated] = useState<StressLogRow | null>(null);
  const rate = useRateStressAfter();
  return (
    <div className="session-logged">
      <p role="status" className="ok">
        Logged {row.minutes} min of {practiceLabels[row.kind].toLowerCase()}.
      </p>
      {rated ? (
        <p className="ok" role="status">
          Saved: stress {rated.stressBefore !== undefined ? `${rated.stressBefore} → ` : ''}
          {rated.stressAfter}.
        </p>
      ) : (
        <form
          className="form"
          onSubmit={(event) => {
            event.preventDefault();
            if (after === null) return;
            rate.mutate(
              { id: row.id, stressAfter: after },
              {
                onSuccess: (saved) => {
                  setError(undefined);
                  setRated(saved);
                },
                onError: (e) => setError(formErrorsFrom(e, 'Nothing was changed.').stressAfter ?? e.message),
              },
            );
          }}
        >
          <StressRating
            legend={`How stressed do you feel now? (optional, for the ${name})`}
            name={`stress-after-${row.id}`}
            value={after}
            onChange={setAfter}
            error={error}
          />
          <div className="row">
            <button type="submit" className="secondary" disabled={after === null || rate.isPending}>
              Save rating
            </button>
          </div>
        </form>
      )}
    </div>
  );
}
