// The app's single database instance. Only repositories import it.
import { createDb } from './schema';

export const db = createDb();
