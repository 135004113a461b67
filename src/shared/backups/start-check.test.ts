import { describe, expect, it } from 'vitest';
import { classifyOpenFailure, needsPreMigrationBackup, offersRestore } from './start-check';

const error = (name: string, message = 'x', inner?: unknown) => ({ name, message, inner });

describe('classifyOpenFailure', () => {
  it.each([
    ['a database newer than the app', error('VersionError'), false, 'newer'],
    ['Dexie wrapping a newer database', error('OpenFailedError', 'x', error('VersionError')), false, 'newer'],
    ['a full disk', error('OpenFailedError', 'x', error('QuotaExceededError')), true, 'quota'],
    ['a migration that threw', error('OpenFailedError', 'x', new TypeError('boom')), true, 'migration'],
    ['anything else', error('OpenFailedError', 'x', error('UnknownError')), false, 'other'],
    ['a thrown string', 'it broke', false, 'other'],
  ])('calls %s %s', (_label, thrown, upgrading, kind) => {
    expect(classifyOpenFailure(thrown, upgrading).kind).toBe(kind);
  });

  it('keeps the browser’s words, with the chain of error names, for a support request', () => {
    expect(
      classifyOpenFailure(error('OpenFailedError', 'Upgrade failed', error('TypeError')), true).detail,
    ).toBe('OpenFailedError ← TypeError: Upgrade failed');
  });
});

describe('offersRestore', () => {
  it.each([
    ['an empty database the marker remembers rows of', { doses: 0 }, { doses: 4 }, true],
    ['a database with rows', { doses: 1 }, { doses: 4 }, false],
    ['a first run (no marker)', {}, null, false],
    ['a marker of an empty database', {}, {}, false],
  ])('%s: %s', (_label, counts, markerCounts, offered) => {
    const marker = markerCounts === null ? null : { counts: markerCounts, atEpochMs: 1 };
    expect(offersRestore(counts, marker)).toBe(offered);
  });
});

describe('needsPreMigrationBackup', () => {
  it.each([
    [null, 30, false], // no database yet: nothing to keep
    [0, 30, false],
    [20, 30, true],
    [30, 30, false],
    [40, 30, false], // newer: Dexie refuses to open it, nothing is upgraded
  ])('stored %s, schema %s → %s', (stored, schema, needed) => {
    expect(needsPreMigrationBackup(stored, schema)).toBe(needed);
  });
});
