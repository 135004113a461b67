// The one module through which backups, restore and the failure screen reach the transfer owner (data/transfer/).
//
// The transfer work (export file, import, raw dump) lands on its own branch; on this branch these
// functions say so instead of importing it. At the merge, each body becomes a lazy import of
// `data/transfer/` (`exportAllText`, `importText`, `rawDump`), and nothing else changes.

export type ImportMode = 'replace' | 'merge';

export interface TransferFunctions {
  /** The whole database as one export file's text (the envelope first). */
  exportAllText(): Promise<string>;
  /** Validates the whole text, then writes it in one transaction; throws with a clear message on a bad file. */
  importText(text: string, mode: ImportMode): Promise<unknown>;
  /** A plain IndexedDB dump of `databaseName` at whatever version it is, readable by a later version. */
  rawDump(databaseName: string): Promise<string>;
}

const notYet = (what: string) => () =>
  Promise.reject(new Error(`${what} is not part of this build yet; your data is unchanged.`));

export async function loadTransfer(): Promise<TransferFunctions> {
  return {
    exportAllText: notYet('Export'),
    importText: notYet('Import'),
    rawDump: notYet('The raw export'),
  };
}
