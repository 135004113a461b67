import { describe, expect, it } from 'vitest';
import { readEnvelopeHead } from './envelope-head';

const envelope = {
  format: 'steadyweek',
  formatVersion: 1,
  appVersion: '1.2.0',
  schemaVersion: 3,
  exportedAt: '2026-06-15T07:58:00.000Z',
  counts: { doses: 2, routines: 1 },
  dateRange: { first: '2026-01-01', last: '2026-06-15' },
};
const tables = {
  doses: [{ id: 'a', note: 'has "quotes", {braces} and ]brackets[ \\ too' }],
  routines: [{ id: 'r' }],
};

describe('readEnvelopeHead', () => {
  it('reads the envelope before the tables and stops there (the rest may be cut off)', () => {
    const text = JSON.stringify({ ...envelope, tables, deletions: [] });
    expect(readEnvelopeHead(text.slice(0, text.indexOf('"tables"') + 12))).toEqual(envelope);
  });

  it('skips tables that come first, whatever their strings hold', () => {
    expect(readEnvelopeHead(JSON.stringify({ tables, ...envelope }))).toEqual(envelope);
  });

  it('reads through a BOM and whitespace', () => {
    expect(readEnvelopeHead(`\uFEFF \n ${JSON.stringify(envelope, null, 2)}`)).toEqual(envelope);
  });

  it.each([
    ['text cut before the envelope is complete', JSON.stringify(envelope).slice(0, 60)],
    ['not JSON', 'hello'],
    ['an array', '[1,2]'],
    ['a broken value', '{"format": steadyweek}'],
    ['a key without a value', '{"format"}'],
  ])('answers null for %s', (_label, text) => {
    expect(readEnvelopeHead(text)).toBeNull();
  });

  it('answers what there is for a whole object without every field (the schema then refuses it)', () => {
    expect(readEnvelopeHead('{"format":"other","tables":{}}')).toEqual({ format: 'other' });
  });
});
