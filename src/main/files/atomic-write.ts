// Writes a file so that readers see the old content or the new, never half: a temp file, flushed, renamed.
import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';

let sequence = 0;

/** Writes a temp file beside the target, fsyncs it, then renames it over the target. */
export function writeAtomically(filePath: string, text: string): void {
  // Unique per call, so two writes of the same file in one process never share a temp file.
  const tempPath = `${filePath}.${process.pid}-${(sequence += 1)}.tmp`;
  try {
    const fd = openSync(tempPath, 'w', 0o600);
    try {
      writeSync(fd, text);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(tempPath, filePath);
  } catch (error) {
    // A failed write leaves the old file as it was and no temp file beside it.
    rmSync(tempPath, { force: true });
    throw error;
  }
}
