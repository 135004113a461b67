// A guided session logs itself when it ends: the kind, whole minutes, the pattern and stress before, through the stress owner.
import { useCallback, useState } from 'react';
import type { BreathingPatternId } from '@shared/wellbeing/breathing';
import { minutesFromElapsed, type PracticeKind } from '@shared/wellbeing/stress';
import type { StressLogRow } from '../../../db/schema';
import { useAddPractice } from '../../../data/stress/stress-queries';

export interface SessionEntry {
  kind: PracticeKind;
  elapsedMs: number;
  notes: string;
  pattern?: BreathingPatternId;
  stressBefore: number | null;
}

export function useLogSession(today: string) {
  const add = useAddPractice();
  const [logged, setLogged] = useState<StressLogRow | null>(null);
  const [error, setError] = useState<string | null>(null);

  const log = useCallback(
    (entry: SessionEntry) => {
      setError(null);
      add.mutate(
        {
          date: today,
          kind: entry.kind,
          minutes: minutesFromElapsed(entry.elapsedMs),
          notes: entry.notes,
          ...(entry.pattern ? { pattern: entry.pattern } : {}),
          ...(entry.stressBefore !== null ? { stressBefore: entry.stressBefore } : {}),
        },
        {
          onSuccess: setLogged,
          onError: (e) => setError(`Could not log it: ${e.message} You can add it by hand below.`),
        },
      );
    },
    [add, today],
  );
  const clear = useCallback(() => {
    setLogged(null);
    setError(null);
  }, []);

  return { log, logged, error, clear };
}
