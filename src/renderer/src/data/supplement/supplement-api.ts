// The supplement repository bound to the app database.
import { db } from '../../db/db';
import { createSupplementRepository } from './supplement-repository';

export const supplementRepository = createSupplementRepository(db);
