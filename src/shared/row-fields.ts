// The fields every stored row shares, held to the bounds, for checking rows that arrive whole (an imported file).
import { z } from 'zod';
import { maxIdChars } from './bounds';
import { epochMsSchema } from './dates/local-date';

/**
 * A row's key: 1–100 printable characters without angle brackets, quotes or backslashes. Ids are
 * UUIDs, USDA numbers and keys derived from them (`plan|2026-03-01|08:00`), so anything else is not
 * one of ours; refusing markup here keeps a hostile file's ids out of routes and attributes.
 */
export const rowIdSchema = z
  .string({ error: 'An id must be text.' })
  .min(1, 'An id cannot be empty.')
  .max(maxIdChars, `An id can be at most ${maxIdChars} characters.`)
  .regex(/^[^\p{Cc}<>"'`\\]+$/u, 'An id may not hold control characters, <, >, quotes or backslashes.');

/** When the row was last written (every row has one since schema v3); never before 1970. */
export const updatedAtSchema = epochMsSchema.nonnegative('A row cannot be written before 1970.');

/** An instant on a row (created, taken, answered), never before 1970. */
export const instantSchema = epochMsSchema.nonnegative('An instant cannot be before 1970.');
