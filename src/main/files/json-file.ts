// Reads one of main's own JSON files with a schema: a corrupt or truncated file is moved aside and the caller starts fresh.
import { existsSync, readFileSync, renameSync } from 'node:fs';
import type { z } from 'zod';

export interface ReadJsonFileOptions {
  /** When the file was found bad; names the copy kept aside. */
  now?: () => number;
  log?: (message: string, error?: unknown) => void;
}

/** `name.corrupt-20260615T075800Z`: sortable, and legal in a Windows file name. */
export function corruptPathOf(filePath: string, atEpochMs: number): string {
  const stamp = new Date(atEpochMs)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
  return `${filePath}.corrupt-${stamp}`;
}

/**
 * The file's content as the schema reads it, or null when there is none to use. A file that is not
 * JSON or not of the schema's shape is renamed to `name.corrupt-<time>` (kept for a person or a later
 * version to read) so the next start does not trip on it again; a file that cannot be read at all
 * (permissions) is left where it is.
 */
export function readJsonFile<S extends z.ZodType>(
  filePath: string,
  schema: S,
  options: ReadJsonFileOptions = {},
): z.infer<S> | null {
  const log = options.log ?? ((message, error) => console.warn(`[files] ${message}`, error ?? ''));
  if (!existsSync(filePath)) return null;
  let text: string;
  try {
    text = readFileSync(filePath, 'utf8');
  } catch (error) {
    log(`could not read ${filePath}; starting without it`, error);
    return null;
  }
  let problem: unknown;
  try {
    const parsed = schema.safeParse(JSON.parse(text));
    if (parsed.success) return parsed.data as z.infer<S>;
    problem = parsed.error;
  } catch (error) {
    problem = error;
  }
  const aside = corruptPathOf(filePath, (options.now ?? Date.now)());
  try {
    renameSync(filePath, aside);
    log(`${filePath} was unreadable; kept it as ${aside} and started fresh`, problem);
  } catch (error) {
    log(`${filePath} was unreadable and could not be moved aside; started fresh`, error);
  }
  return null;
}
