// The shapes that carry a person's data across the process boundary: exported files, opened files, backups and the row marker.
import { z } from 'zod';
import { maxTransferBytes } from '../bounds';
import { epochMsSchema, localDateSchema } from '../dates/local-date';

/** An export or backup, and a file opened for import, is at most this big: anything exported can be read back. */
export const MAX_TRANSFER_BYTES = maxTransferBytes;
/** At most this many files are saved at once (the JSON, one CSV per log, the .ics). */
export const MAX_FILES_PER_SAVE = 12;

/** Table names as the database names them; bounded so a hostile payload cannot name a megabyte. */
const tableNameSchema = z.string().regex(/^[A-Za-z][A-Za-z0-9]{0,59}$/);
export const rowCountsSchema = z.record(tableNameSchema, z.number().int().nonnegative().max(100_000_000));
export type RowCounts = z.infer<typeof rowCountsSchema>;

/**
 * The head of every Steadyweek export and backup file (`format: "steadyweek"`). Main reads only this
 * part of a backup (for the list, the preview and the "far fewer rows" guard); the renderer validates
 * the whole file before it writes anything.
 */
export const exportEnvelopeSchema = z.object({
  format: z.literal('steadyweek'),
  formatVersion: z.number().int().positive().max(1000),
  appVersion: z.string().min(1).max(50),
  schemaVersion: z.number().int().positive().max(1000),
  /** ISO 8601 instant. */
  exportedAt: z.iso.datetime({ offset: true }),
  counts: rowCountsSchema,
  /** The first and last local date any dated row mentions; null when there are none. */
  dateRange: z.object({ first: localDateSchema, last: localDateSchema }).nullable(),
});
export type ExportEnvelope = z.infer<typeof exportEnvelopeSchema>;

/** A file to save: a plain name (no folders) and its text. */
export const savedFileSchema = z.object({
  name: z
    .string()
    .min(1)
    .max(120)
    .regex(/^[\w][\w .-]*\.(json|csv|ics)$/, 'A plain file name ending in .json, .csv or .ics.'),
  text: z.string().max(MAX_TRANSFER_BYTES),
});
export type SavedFile = z.infer<typeof savedFileSchema>;

/**
 * One save carries at most this much text in all: the JSON and the CSVs and .ics made from the same
 * rows, so about twice the largest export.
 */
export const MAX_SAVE_TOTAL_CHARS = 2 * MAX_TRANSFER_BYTES;

/** One file gets a save dialog; several get a folder dialog and are written side by side. */
export const saveFilesRequestSchema = z.object({
  files: z
    .array(savedFileSchema)
    .min(1)
    .max(MAX_FILES_PER_SAVE)
    .refine(
      (files) => files.reduce((total, file) => total + file.text.length, 0) <= MAX_SAVE_TOTAL_CHARS,
      'These files are over 100 MB together.',
    )
    .refine(
      (files) => new Set(files.map((f) => f.name.toLowerCase())).size === files.length,
      'Two files share a name.',
    ),
});
export const saveFilesResultSchema = z.object({
  status: z.enum(['saved', 'cancelled', 'failed']),
  /** Where the files went (the file, or the folder for several). */
  path: z.string().max(4096).nullable(),
  message: z.string().max(1000).nullable(),
});
export type SaveFilesResult = z.infer<typeof saveFilesResultSchema>;

/** A file the person picked to import: its name and its bytes, undecoded (the renderer checks the encoding). */
export const openedFileSchema = z.object({
  name: z.string().max(260),
  bytes: z.instanceof(Uint8Array).refine((b) => b.byteLength <= MAX_TRANSFER_BYTES, 'Over 50 MB.'),
});
export type OpenedFile = z.infer<typeof openedFileSchema>;
export const openFileResultSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('opened'), file: openedFileSchema }),
  z.object({ status: z.literal('cancelled') }),
  /** Too big, unreadable: nothing is handed over, and the message says why. */
  z.object({ status: z.literal('failed'), message: z.string().max(1000) }),
]);
export type OpenFileResult = z.infer<typeof openFileResultSchema>;

export const backupReasonSchema = z.enum([
  'daily',
  'pre-migration',
  'new-version',
  'before-restore',
  'manual',
]);
export type BackupReason = z.infer<typeof backupReasonSchema>;

/** A backup as Settings lists it; `id` is its file name in userData/backups. */
export const backupInfoSchema = z.object({
  id: z.string().regex(/^[\w.-]{1,120}\.json$/),
  reason: backupReasonSchema,
  createdAtEpochMs: epochMsSchema.nonnegative(),
  bytes: z.number().int().nonnegative(),
  envelope: exportEnvelopeSchema,
  /** Kept beside the one before because it had under half its rows: Settings says so. */
  fewerRowsThanBefore: z.boolean(),
});
export type BackupInfo = z.infer<typeof backupInfoSchema>;

/**
 * A backup to write. `text` is a whole export file (a raw dump before a migration, whose envelope
 * says `schemaVersion` of the old database).
 */
export const backupWriteRequestSchema = z.object({
  reason: backupReasonSchema,
  text: z.string().min(2).max(MAX_TRANSFER_BYTES),
});
export const backupWriteResultSchema = z.object({
  status: z.enum(['written', 'skipped', 'failed']),
  backup: backupInfoSchema.nullable(),
  message: z.string().max(1000).nullable(),
});
export type BackupWriteResult = z.infer<typeof backupWriteResultSchema>;

export const backupIdSchema = backupInfoSchema.shape.id;

/** At most this many backups are listed: the rotation keeps about 40, and a folder filled by hand is cut short. */
export const MAX_LISTED_BACKUPS = 200;
export const backupListSchema = z.array(backupInfoSchema).max(MAX_LISTED_BACKUPS);

/** The last known row counts, kept by main outside IndexedDB so an emptied database is noticed. */
export const rowMarkerSchema = z.object({
  counts: rowCountsSchema,
  atEpochMs: epochMsSchema.nonnegative(),
});
export type RowMarker = z.infer<typeof rowMarkerSchema>;
