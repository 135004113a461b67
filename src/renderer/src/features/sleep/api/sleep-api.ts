// The sleep repository bound to the app database.
import { db } from '../../../db/db';
import { createSleepRepository } from './sleep-repository';

export const sleepRepository = createSleepRepository(db);
