import { describe, expect, it } from 'vitest';
import { instantOfLocalTime, addDays } from '../dates/calendar';
import type { BackupReason } from '../ipc/data-transfer';
import { backupsToKeep, hasFarFewerRows, protectedBackups, type KeptBackup } from './rotation';

const ZONE = 'Europe/Berlin';
/** A backup on day `n` after 2026-01-05 (a Monday) at a local time. */
function backup(n: number, reason: BackupReason = 'daily', totalRows = 1000, time = '09:00'): KeptBackup {
  const date = addDays('2026-01-05', n);
  return {
    id: `${date}T${time}-${reason}`,
    reason,
    createdAtEpochMs: instantOfLocalTime(date, time, ZONE),
    totalRows,
  };
}
const dailies = (days: number, rows = 1000) =>
  Array.from({ length: days }, (_, n) => backup(n, 'daily', rows));
const keptDays = (backups: KeptBackup[]) =>
  [...backupsToKeep(backups, ZONE)].map((id) => id.slice(0, 10)).sort();

describe('backup rotation', () => {
  it.each([
    // days of dailies, how many are kept
    [1, 1],
    [14, 14],
    // day 0 is Monday 5 Jan; 15 days: the oldest one is beyond the 14 and is its week's weekly
    [15, 15],
    // 14 newest, then days 0–6 are week 2, 7 only: one weekly each → 14 + 2
    [22, 16],
    // 120 days: 14 daily and 8 weekly
    [120, 22],
    [400, 22],
  ])('of %i daily backups keeps %i', (days, kept) => {
    expect(backupsToKeep(dailies(days), ZONE).size).toBe(kept);
  });

  it('keeps the 14 newest days and, before them, the newest daily of each ISO week, 8 weeks back', () => {
    const kept = keptDays(dailies(120));
    // day 119 is 2026-05-04; the 14 newest are 21 Apr – 4 May
    expect(kept.slice(-14)).toEqual(Array.from({ length: 14 }, (_, n) => addDays('2026-04-21', n)));
    // before them: the newest daily of each earlier ISO week, 8 of them: Monday 20 Apr (the rest of its
    // week is among the 14), then the Sundays before
    expect(kept.slice(0, 8)).toEqual([
      '2026-03-08',
      '2026-03-15',
      '2026-03-22',
      '2026-03-29',
      '2026-04-05',
      '2026-04-12',
      '2026-04-19',
      '2026-04-20',
    ]);
  });

  it('keeps one daily per day (the newest), counting days in the zone, across the spring DST change', () => {
    const backups = [
      backup(82, 'daily', 1000, '23:30'),
      backup(83, 'daily', 1000, '00:30'),
      backup(83, 'daily', 1000, '08:00'),
    ];
    // 2026-03-29 is the change in Berlin; 00:30 and 08:00 on it are one day, 23:30 the day before another
    expect([...backupsToKeep(backups, ZONE)].sort()).toEqual([
      '2026-03-28T23:30-daily',
      '2026-03-29T08:00-daily',
    ]);
  });

  it.each<BackupReason>(['pre-migration', 'new-version', 'before-restore', 'manual'])(
    'keeps the newest 5 %s backups beside the dailies',
    (reason) => {
      const others = Array.from({ length: 7 }, (_, n) => backup(n * 30, reason));
      const kept = backupsToKeep([...dailies(40), ...others], ZONE);
      expect(others.filter((b) => kept.has(b.id)).map((b) => b.id)).toEqual(others.slice(2).map((b) => b.id));
      expect(kept.size).toBe(5 + 14 + 4);
    },
  );
});

describe('the far-fewer-rows guard', () => {
  it.each([
    [499, 1000, true],
    [500, 1000, false], // exactly half is not "under half"
    [0, 1, true],
    [0, 0, false],
    [10, null, false], // the first backup has nothing to compare with
  ])('%i rows after %s is far fewer: %s', (rows, before, far) => {
    expect(hasFarFewerRows(rows, before === null ? null : { totalRows: before })).toBe(far);
  });

  it('keeps the backup before a far smaller one through any number of small ones, and lets it go when a normal-size one follows', () => {
    const full = backup(0, 'daily', 1000);
    const small = Array.from({ length: 60 }, (_, n) => backup(n + 1, 'daily', 300));
    expect(backupsToKeep([full, ...small], ZONE).has(full.id)).toBe(true);
    expect(protectedBackups([full, ...small])).toEqual(new Set([full.id]));
    const back = backup(61, 'daily', 600);
    expect(protectedBackups([full, ...small, back])).toEqual(new Set());
    expect(backupsToKeep([full, ...small, back], ZONE).has(full.id)).toBe(false);
  });

  it('guards against a far smaller backup of any reason', () => {
    const full = backup(0, 'daily', 1000);
    const restoreOfLittle = backup(1, 'before-restore', 10);
    expect(protectedBackups([full, restoreOfLittle])).toEqual(new Set([full.id]));
  });
});
