// The backup store: userData/backups (written atomically, rotated, guarded against a far smaller one), the row marker and the last version seen.
import {
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  readSync,
  closeSync,
  rmSync,
  statSync,
} from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
// Relative, not '@shared': bench/backup-write.bench.ts runs this module under tsx, which has no alias.
import {
  backupReasonSchema,
  exportEnvelopeSchema,
  MAX_LISTED_BACKUPS,
  MAX_TRANSFER_BYTES,
  rowMarkerSchema,
  type BackupInfo,
  type BackupReason,
  type BackupWriteResult,
  type RowMarker,
} from '../shared/ipc/data-transfer';
import { readEnvelopeHead } from '../shared/backups/envelope-head';
import { backupsToKeep, hasFarFewerRows, totalRowsOf } from '../shared/backups/rotation';
import { localDateAt } from '../shared/dates/calendar';
import { writeAtomically } from './files/atomic-write';
import { readJsonFile } from './files/json-file';

export interface BackupStoreDeps {
  userDataPath: string;
  /** This app's version (`app.getVersion()`): a version not seen before asks for a `new-version` backup. */
  appVersion: string;
  now?: () => number;
  /** The zone whose calendar days and ISO weeks the rotation counts in: the system's. */
  timeZone?: () => string;
  log?: (message: string, error?: unknown) => void;
}

export interface BackupStore {
  write(reason: BackupReason, text: string): BackupWriteResult;
  list(): BackupInfo[];
  read(id: string): string;
  /** The backups to take now: `daily` when today has none, `new-version` on the first start of a version. */
  due(): BackupReason[];
  marker(): RowMarker | null;
  setMarker(marker: RowMarker): void;
}

/** `20260615T075800123Z-daily.json`, with `-fewer` when it has under half the rows of the one before. */
const FILE_NAME = /^(\d{8}T\d{9}Z)-([a-z-]+?)(-fewer)?\.json$/;
/** The envelope sits at the start of an export: this much is read for the list, the whole file only if it is not there. */
const HEAD_BYTES = 64 * 1024;

const stampOf = (epochMs: number) => new Date(epochMs).toISOString().replace(/[-:.]/g, '');
const epochMsOfStamp = (stamp: string) =>
  Date.parse(
    `${stamp.slice(0, 4)}-${stamp.slice(4, 6)}-${stamp.slice(6, 8)}T${stamp.slice(9, 11)}:${stamp.slice(11, 13)}:${stamp.slice(13, 15)}.${stamp.slice(15, 18)}Z`,
  );
const lastVersionSchema = z.object({ version: z.string().max(50) });
const systemTimeZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;
const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error)).slice(0, 300);

function envelopeOf(text: string) {
  const head = readEnvelopeHead(text);
  return head === null ? null : (exportEnvelopeSchema.safeParse(head).data ?? null);
}

function readHead(path: string): string {
  const fd = openSync(path, 'r');
  try {
    const buffer = Buffer.alloc(HEAD_BYTES);
    const bytesRead = readSync(fd, buffer, 0, HEAD_BYTES, 0);
    return buffer.toString('utf8', 0, bytesRead);
  } finally {
    closeSync(fd);
  }
}

export function createBackupStore(deps: BackupStoreDeps): BackupStore {
  const now = deps.now ?? Date.now;
  const timeZone = deps.timeZone ?? systemTimeZone;
  const log = deps.log ?? ((message, error) => console.warn(`[backups] ${message}`, error ?? ''));
  const dir = join(deps.userDataPath, 'backups');
  const markerPath = join(deps.userDataPath, 'row-marker.json');
  const lastVersionPath = join(deps.userDataPath, 'last-version.json');
  // A backup never changes once written, so its envelope is read from disk once per run.
  const known = new Map<string, BackupInfo>();

  function infoOf(id: string): BackupInfo | null {
    const cached = known.get(id);
    if (cached) return cached;
    const match = FILE_NAME.exec(id);
    const reason = backupReasonSchema.safeParse(match?.[2]);
    if (!match || !reason.success) return null;
    try {
      const path = join(dir, id);
      const bytes = statSync(path).size;
      if (bytes > MAX_TRANSFER_BYTES) return null;
      const envelope = envelopeOf(readHead(path)) ?? envelopeOf(readFileSync(path, 'utf8'));
      if (!envelope) return null;
      const info: BackupInfo = {
        id,
        reason: reason.data,
        createdAtEpochMs: epochMsOfStamp(match[1]!),
        bytes,
        envelope,
        fewerRowsThanBefore: match[3] !== undefined,
      };
      known.set(id, info);
      return info;
    } catch (error) {
      log(`could not read the backup ${id}; it is left as it is`, error);
      return null;
    }
  }

  function list(): BackupInfo[] {
    let names: string[];
    try {
      names = readdirSync(dir);
    } catch {
      return [];
    }
    return names
      .map(infoOf)
      .filter((info): info is BackupInfo => info !== null)
      .sort((a, b) => b.createdAtEpochMs - a.createdAtEpochMs);
  }

  function rotate(backups: BackupInfo[]): void {
    const keep = backupsToKeep(
      backups.map((b) => ({ ...b, totalRows: totalRowsOf(b.envelope.counts) })),
      timeZone(),
    );
    for (const backup of backups) {
      if (keep.has(backup.id)) continue;
      try {
        rmSync(join(dir, backup.id));
        known.delete(backup.id);
      } catch (error) {
        log(`could not remove the old backup ${backup.id}`, error);
      }
    }
  }

  const hasDailyToday = (backups: BackupInfo[], at: number) => {
    const today = localDateAt(at, timeZone());
    return backups.some((b) => b.reason === 'daily' && localDateAt(b.createdAtEpochMs, timeZone()) === today);
  };
  const lastVersion = () => readJsonFile(lastVersionPath, lastVersionSchema, { now, log })?.version ?? null;
  function saveLastVersion() {
    try {
      writeAtomically(lastVersionPath, JSON.stringify({ version: deps.appVersion }));
    } catch (error) {
      log('could not note the app version; its backup will be asked for again', error);
    }
  }

  return {
    write(reason, text) {
      const failed = (message: string): BackupWriteResult => ({ status: 'failed', backup: null, message });
      // Anything backed up can be opened again for a restore, which takes at most 50 MB.
      if (Buffer.byteLength(text, 'utf8') > MAX_TRANSFER_BYTES)
        return failed('This backup would be over 50 MB; it was not written.');
      const envelope = envelopeOf(text);
      if (!envelope) return failed('This is not a Steadyweek export; no backup was written.');
      const at = now();
      const before = list();
      // Daily means once a day: the first idle moment asks, later ones find today's already there.
      if (reason === 'daily' && hasDailyToday(before, at))
        return { status: 'skipped', backup: null, message: 'Today’s backup is already there.' };
      const newest = before[0] ?? null;
      const fewerRowsThanBefore = hasFarFewerRows(
        totalRowsOf(envelope.counts),
        newest && { totalRows: totalRowsOf(newest.envelope.counts) },
      );
      const id = `${stampOf(at)}-${reason}${fewerRowsThanBefore ? '-fewer' : ''}.json`;
      try {
        mkdirSync(dir, { recursive: true });
        writeAtomically(join(dir, id), text);
      } catch (error) {
        return failed(`Could not write the backup: ${messageOf(error)}.`);
      }
      const info: BackupInfo = {
        id,
        reason,
        createdAtEpochMs: at,
        bytes: Buffer.byteLength(text, 'utf8'),
        envelope,
        fewerRowsThanBefore,
      };
      known.set(id, info);
      rotate([info, ...before]);
      // The version counts as seen only once its backup is on disk: a crash before asks again.
      if (reason === 'new-version') saveLastVersion();
      return { status: 'written', backup: info, message: null };
    },

    list: () => list().slice(0, MAX_LISTED_BACKUPS),

    due() {
      const reasons: BackupReason[] = [];
      if (lastVersion() !== deps.appVersion) reasons.push('new-version');
      if (!hasDailyToday(list(), now())) reasons.push('daily');
      return reasons;
    },

    read(id) {
      // Only a file the list would show: the id is a plain name (checked by the contract) of a backup here.
      if (!infoOf(id)) throw new Error('That backup is not there any more.');
      return readFileSync(join(dir, id), 'utf8');
    },

    marker: () => readJsonFile(markerPath, rowMarkerSchema, { now, log }),

    setMarker(marker) {
      writeAtomically(markerPath, JSON.stringify(rowMarkerSchema.parse(marker)));
    },
  };
}
