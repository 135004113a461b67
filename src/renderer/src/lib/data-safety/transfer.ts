// The one lazy door to the transfer owner (data/transfer/): export, import and the raw dump load with the first use.
export type { ImportMode } from '../../data/transfer/transfer-api';

export interface TransferFunctions {
  /** The whole database as one export file's text (the envelope first). */
  exportAllText(): Promise<string>;
  /** Validates the whole text, then writes it in one transaction; throws with a clear message on a bad file. */
  importText(text: string, mode: 'replace' | 'merge'): Promise<unknown>;
  /** A plain IndexedDB dump of `databaseName` at whatever version it is, readable by a later version. */
  rawDump(databaseName: string): Promise<string>;
}

export const loadTransfer = () => import('../../data/transfer/transfer-api');
