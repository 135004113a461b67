// The stress-practice repository bound to the app database.
import { db } from '../../../db/db';
import { createStressRepository } from './stress-repository';

export const stressRepository = createStressRepository(db);
