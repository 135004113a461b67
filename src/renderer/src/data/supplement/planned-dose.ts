// What a supplement occurrence's planned dose is ("2 capsules · 96 mg elemental"), through the dose module.
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { OccurrenceRef } from '@shared/ipc/contract';
import { db } from '../../db/db';

export const plannedDoseQueries = {
  all: () => ['supplement', 'planned-dose'] as const,
  one: (occurrence: OccurrenceRef) =>
    queryOptions({
      queryKey: [...plannedDoseQueries.all(), occurrence.routineId, occurrence.date, occurrence.plannedTime],
      // The dose module (and the magnesium maths under it) loads after the first paint, not with Today.
      queryFn: async () => (await import('./doses')).describePlannedDose(db, occurrence),
    }),
};

export function usePlannedDose(occurrence: OccurrenceRef, enabled: boolean) {
  return useQuery({ ...plannedDoseQueries.one(occurrence), enabled });
}
