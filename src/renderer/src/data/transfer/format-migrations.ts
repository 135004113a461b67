// File format migrations: each turns a file of format N into format N + 1. Format 1 is the first; none yet.
// The rule (docs/data-format.md): a new format version comes with a step here and a fixture test, so every
// older export stays importable; a file newer than this app is refused before this runs.
import { FORMAT_VERSION } from './export-file';

type FileJson = Record<string, unknown>;

/** Steps by the version they read: `steps[1]` would turn a format 1 file into format 2. */
const steps: Record<number, (file: FileJson) => FileJson> = {};

export function migrateFormat(file: FileJson): FileJson {
  let current = file;
  for (let version = current.formatVersion as number; version < FORMAT_VERSION; version += 1) {
    const step = steps[version];
    if (!step) throw new Error(`No migration from format ${version}.`);
    current = { ...step(current), formatVersion: version + 1 };
  }
  return current;
}
