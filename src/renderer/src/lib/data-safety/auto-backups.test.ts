import { describe, expect, it, vi } from 'vitest';
import type { BackupInfo, BackupReason } from '@shared/ipc/data-transfer';
import { startAutoBackups, takeDueBackups } from './auto-backups';

const info = (reason: BackupReason): BackupInfo => ({
  id: `20260615T075800000Z-${reason}.json`,
  reason,
  createdAtEpochMs: 9,
  bytes: 10,
  envelope: {
    format: 'steadyweek',
    formatVersion: 1,
    appVersion: '1.0.0',
    schemaVersion: 3,
    exportedAt: '2026-06-15T07:58:00.000Z',
    counts: { doses: 4 },
    dateRange: null,
  },
  fewerRowsThanBefore: false,
});
function fakeBackups(due: BackupReason[]) {
  return {
    due: vi.fn(async () => due),
    write: vi.fn(async (reason: BackupReason) => ({
      status: 'written' as const,
      backup: info(reason),
      message: null,
    })),
    list: vi.fn(),
    read: vi.fn(),
    marker: vi.fn(),
    setMarker: vi.fn(async () => {}),
  };
}

describe('takeDueBackups', () => {
  it('exports once and writes one backup per due reason, then keeps the counts as the marker', async () => {
    const backups = fakeBackups(['new-version', 'daily']);
    const exportAllText = vi.fn(async () => '{"format":"steadyweek"}');
    await takeDueBackups({ backups, exportAllText });
    expect(exportAllText).toHaveBeenCalledOnce();
    expect(backups.write.mock.calls).toEqual([
      ['new-version', '{"format":"steadyweek"}'],
      ['daily', '{"format":"steadyweek"}'],
    ]);
    expect(backups.setMarker).toHaveBeenLastCalledWith({ counts: { doses: 4 }, atEpochMs: 9 });
  });

  it('exports nothing when nothing is due', async () => {
    const backups = fakeBackups([]);
    const exportAllText = vi.fn(async () => '');
    await takeDueBackups({ backups, exportAllText });
    expect(exportAllText).not.toHaveBeenCalled();
    expect(backups.write).not.toHaveBeenCalled();
  });
});

describe('startAutoBackups', () => {
  it('looks at the first idle moment and again each interval, never twice at once', async () => {
    vi.useFakeTimers();
    const backups = fakeBackups([]);
    const idle: (() => void)[] = [];
    const stop = startAutoBackups({
      backups,
      exportAllText: async () => '',
      whenIdle: (run) => idle.push(run),
      everyMs: 1000,
    });
    expect(idle).toHaveLength(1);
    idle[0]!();
    idle[0]!(); // a second idle callback while the first still runs
    expect(backups.due).toHaveBeenCalledOnce();
    await vi.advanceTimersByTimeAsync(1000);
    expect(idle).toHaveLength(2);
    stop();
    await vi.advanceTimersByTimeAsync(5000);
    expect(idle).toHaveLength(2);
    vi.useRealTimers();
  });
});
