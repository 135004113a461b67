import { afterEach, describe, expect, it, vi } from 'vitest';
import { createTestDb } from '../../../../tests/support/test-db';
import { countRows } from './open-guard';
import { keepRowMarker, type RowMarkerKeeper } from './row-marker';

let keeper: RowMarkerKeeper | null = null;
afterEach(() => keeper?.stop());

describe('keepRowMarker', () => {
  it('keeps the row counts once writes pause, once per burst', async () => {
    const db = createTestDb();
    const setMarker = vi.fn(async () => {});
    keeper = keepRowMarker({
      databaseName: db.name,
      countRows: () => countRows(db),
      setMarker,
      delayMs: 20,
      now: () => 7,
    });
    await db.stressLogs.add({ id: 's1', date: '2026-01-02', minutes: 5 } as never);
    await db.stressLogs.add({ id: 's2', date: '2026-01-03', minutes: 5 } as never);
    await vi.waitFor(() => expect(setMarker).toHaveBeenCalledTimes(1));
    expect(setMarker).toHaveBeenCalledWith({
      counts: expect.objectContaining({ stressLogs: 2, doses: 0 }),
      atEpochMs: 7,
    });
  });

  it('ignores another database’s writes, and stops when asked', async () => {
    const db = createTestDb();
    const other = createTestDb();
    const setMarker = vi.fn(async () => {});
    keeper = keepRowMarker({ databaseName: db.name, countRows: () => countRows(db), setMarker, delayMs: 1 });
    await other.stressLogs.add({ id: 's1', date: '2026-01-02', minutes: 5 } as never);
    keeper.stop();
    await db.stressLogs.add({ id: 's1', date: '2026-01-02', minutes: 5 } as never);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(setMarker).not.toHaveBeenCalled();
  });
});
