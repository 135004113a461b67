// The part of the platform seam that carries a person's data in and out: files and (desktop) backups.
import type {
  BackupInfo,
  BackupReason,
  BackupWriteResult,
  OpenFileResult,
  RowMarker,
  SavedFile,
  SaveFilesResult,
} from '@shared/ipc/data-transfer';

export interface DataPlatform {
  files: {
    /** Desktop: a save dialog (one file) or a folder dialog (several); each written to a temporary file, flushed, renamed. Browser: downloads. */
    save(files: SavedFile[]): Promise<SaveFilesResult>;
    /** Desktop: an open dialog in main (≤ 50 MB, read there). Browser: a file input. Call it from a click. */
    open(): Promise<OpenFileResult>;
  };
  /** Automatic backups in userData/backups; null in the browser (web mode offers download and upload). */
  backups: {
    write(reason: BackupReason, text: string): Promise<BackupWriteResult>;
    list(): Promise<BackupInfo[]>;
    /** The whole file's text, for a restore. */
    read(id: string): Promise<string>;
    /** The backups to take now: `daily` when today has none yet, `new-version` on a version's first start. */
    due(): Promise<BackupReason[]>;
    /** The last known row counts, kept outside IndexedDB. */
    marker(): Promise<RowMarker | null>;
    setMarker(marker: RowMarker): Promise<void>;
  } | null;
}
