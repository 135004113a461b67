import { describe, expect, it, vi } from 'vitest';
import { restoreBackup, type RestoreDeps } from './restore';

function fakes(writeStatus: 'written' | 'failed' = 'written') {
  const steps: string[] = [];
  const deps: RestoreDeps = {
    backups: {
      read: vi.fn(async (id: string) => (steps.push(`read ${id}`), 'BACKUP')),
      write: vi.fn(async (reason, text) => {
        steps.push(`write ${reason} ${text}`);
        return { status: writeStatus, backup: null, message: writeStatus === 'failed' ? 'disk full' : null };
      }),
      list: vi.fn(),
      due: vi.fn(),
      marker: vi.fn(),
      setMarker: vi.fn(),
    },
    transfer: {
      exportAllText: vi.fn(async () => (steps.push('export'), 'CURRENT')),
      rawDump: vi.fn(async (name: string) => (steps.push(`raw ${name}`), 'RAW')),
      importText: vi.fn(async (text: string, mode: string) => void steps.push(`import ${text} ${mode}`)),
    },
    databaseName: 'steadyweek',
    keepCurrent: 'export',
    deleteDatabase: vi.fn(async () => void steps.push('delete')),
  };
  return { deps, steps };
}

describe('restoreBackup', () => {
  it.each([
    ['export', ['read b.json', 'export', 'write before-restore CURRENT', 'import BACKUP replace']],
    ['raw', ['read b.json', 'raw steadyweek', 'write before-restore RAW', 'delete', 'import BACKUP replace']],
    ['none', ['read b.json', 'import BACKUP replace']],
  ] as const)(
    'keeping the current data as %s: backs it up before anything is replaced',
    async (keepCurrent, expected) => {
      const { deps, steps } = fakes();
      await restoreBackup('b.json', { ...deps, keepCurrent });
      expect(steps).toEqual(expected);
    },
  );

  it.each(['export', 'raw'] as const)(
    'replaces and deletes nothing when the current data (%s) could not be kept first',
    async (keepCurrent) => {
      const { deps, steps } = fakes('failed');
      await expect(restoreBackup('b.json', { ...deps, keepCurrent })).rejects.toThrow(
        /could not be kept as a backup first \(disk full\), so nothing was restored/,
      );
      expect(steps.some((step) => step.startsWith('import') || step === 'delete')).toBe(false);
    },
  );
});
