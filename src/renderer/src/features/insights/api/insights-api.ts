// The insights repository bound to the app database.
import { db } from '../../../db/db';
import { createInsightsRepository } from './insights-repository';

export const insightsRepository = createInsightsRepository(db);
