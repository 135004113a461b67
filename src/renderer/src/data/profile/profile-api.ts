// The profile repository bound to the app database, with the supplement plan's re-check composed in.
import { db } from '../../db/db';
import { createProfileRepository } from './profile-repository';

// The supplement owner loads with the first profile edit, not with the first screen.
export const profileRepository = createProfileRepository(db, Date.now, async () => {
  const supplement = await import('../supplement/supplement-repository');
  return { tables: supplement.planCheckTables, recheck: supplement.recheckPlans };
});
