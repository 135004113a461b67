// The exercise repository bound to the app database.
import { db } from '../../../db/db';
import { createExerciseRepository } from './exercise-repository';

export const exerciseRepository = createExerciseRepository(db);
