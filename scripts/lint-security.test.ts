import { describe, expect, it } from 'vitest';
import { findingsFromCsv, reviewFindings } from './lint-security';

// Shaped like Electronegativity's report: a header with spaces, quoted cells, commas and quotes in samples.
const report = [
  'issue, severity, confidence, filename, location, sample, description, url',
  'OPEN_EXTERNAL_JS_CHECK,"MEDIUM","TENTATIVE","main/index.ts","51:27","openExternal: (url) => shell.openExternal(url),","Review the use of openExternal",https://x',
  'CSP_GLOBAL_CHECK,"LOW","FIRM","renderer/index.html","5:0","default-src \'self\'; a, b","CSP",https://x',
  'NODE_INTEGRATION_JS_CHECK,"HIGH","FIRM","main/evil.ts","3:1","new BrowserWindow({ title: ""x"" })","Disable nodeIntegration",https://x',
  '',
].join('\n');

const reviewed = [
  {
    check: 'OPEN_EXTERNAL_JS_CHECK',
    file: 'main/index.ts',
    sample: 'openExternal: (url) => shell.openExternal(url),',
    reason: 'guarded',
  },
  { check: 'SANDBOX_JS_CHECK', file: 'main/gone.ts', sample: 'x', reason: 'old' },
];

describe('lint:security', () => {
  it('reads findings by the report header', () => {
    expect(findingsFromCsv(report)[2]).toEqual({
      check: 'NODE_INTEGRATION_JS_CHECK',
      severity: 'HIGH',
      file: 'main/evil.ts',
      location: '3:1',
      sample: 'new BrowserWindow({ title: "x" })',
    });
  });

  it('fails on a HIGH or MEDIUM finding no reviewed entry covers, and ignores LOW', () => {
    const { unreviewed } = reviewFindings(findingsFromCsv(report), reviewed);
    expect(unreviewed.map((f) => f.file)).toEqual(['main/evil.ts']);
  });

  it('brings a reviewed finding back when its source line changes', () => {
    const changed = report.replace('shell.openExternal(url),', 'shell.openExternal(String(url)),');
    const { unreviewed } = reviewFindings(findingsFromCsv(changed), reviewed);
    expect(unreviewed.map((f) => f.file)).toEqual(['main/index.ts', 'main/evil.ts']);
  });

  it('names reviewed entries that no longer match anything', () => {
    const { stale } = reviewFindings(findingsFromCsv(report), reviewed);
    expect(stale.map((e) => e.file)).toEqual(['main/gone.ts']);
  });

  it('gives every reviewed entry a reason', async () => {
    const { readFileSync } = await import('node:fs');
    const list = JSON.parse(readFileSync(new URL('./security-reviewed.json', import.meta.url), 'utf8'));
    for (const entry of list.reviewed) expect(entry.reason.length).toBeGreaterThan(20);
  });
});
