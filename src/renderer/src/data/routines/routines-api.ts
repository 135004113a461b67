// The routines repository bound to the app database (shared by Today, Week and reminders).
import { db } from '../../db/db';
import { createRoutinesRepository } from './routines-repository';

export const routinesRepository = createRoutinesRepository(db);
