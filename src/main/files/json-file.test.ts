import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { writeAtomically } from './atomic-write';
import { corruptPathOf, readJsonFile } from './json-file';

const schema = z.object({ version: z.literal(1), names: z.array(z.string()) });
const NOW = Date.UTC(2026, 5, 15, 7, 58, 3);
const dir = () => mkdtempSync(join(tmpdir(), 'sw-json-file-'));

describe('readJsonFile', () => {
  it('reads a file of the schema’s shape and leaves it in place', () => {
    const path = join(dir(), 'a.json');
    writeFileSync(path, '{"version":1,"names":["x"]}');
    expect(readJsonFile(path, schema)).toEqual({ version: 1, names: ['x'] });
    expect(existsSync(path)).toBe(true);
  });

  it('answers null for a missing file and moves nothing', () => {
    const folder = dir();
    expect(readJsonFile(join(folder, 'a.json'), schema)).toBeNull();
    expect(readdirSync(folder)).toEqual([]);
  });

  it.each([
    ['truncated', '{"version":1,"names":["x'],
    ['empty', ''],
    ['not JSON', 'hello'],
    ['JSON null', 'null'],
    ['the wrong shape', '{"version":1,"names":null}'],
    ['a future version', '{"version":2,"names":[]}'],
  ])('moves a %s file aside as name.corrupt-<time> and answers null', (_label, text) => {
    const folder = dir();
    const path = join(folder, 'a.json');
    writeFileSync(path, text);
    const log = vi.fn();
    expect(readJsonFile(path, schema, { now: () => NOW, log })).toBeNull();
    expect(readdirSync(folder)).toEqual(['a.json.corrupt-20260615T075803Z']);
    expect(readFileSync(join(folder, 'a.json.corrupt-20260615T075803Z'), 'utf8')).toBe(text);
    expect(log).toHaveBeenCalledOnce();
  });

  it('names the copy with a time that sorts and is legal on Windows', () => {
    expect(corruptPathOf('/x/a.json', NOW)).toBe('/x/a.json.corrupt-20260615T075803Z');
  });
});

describe('writeAtomically', () => {
  it('replaces the file whole and leaves no temp file', () => {
    const folder = dir();
    const path = join(folder, 'a.json');
    writeAtomically(path, 'one');
    writeAtomically(path, 'two');
    expect(readFileSync(path, 'utf8')).toBe('two');
    expect(readdirSync(folder)).toEqual(['a.json']);
  });

  it('leaves the old file and no temp file when the rename fails', () => {
    const folder = dir();
    const path = join(folder, 'a.json');
    writeAtomically(path, 'one');
    // A non-empty folder where the file should go: the rename over it throws.
    const target = join(folder, 'sub');
    mkdirSync(target);
    writeFileSync(join(target, 'keep'), 'x');
    expect(() => writeAtomically(target, 'two')).toThrow();
    expect(readFileSync(path, 'utf8')).toBe('one');
    expect(readdirSync(folder).sort()).toEqual(['a.json', 'sub']);
  });
});
