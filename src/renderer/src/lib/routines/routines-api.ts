// Routine and completion repositories bound to the app database (shared by Today, Week and reminders).
import { db } from '../../db/db';
import { createCompletionsRepository } from './completions-repository';
import { createRoutinesRepository } from './routines-repository';

export const routinesRepository = createRoutinesRepository(db);
export const completionsRepository = createCompletionsRepository(db);
