// `npm run lint:security`: Electronegativity over the sources (offline); fails on any HIGH or MEDIUM finding not reviewed in security-reviewed.json.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const GATED_SEVERITIES = new Set(['HIGH', 'MEDIUM']);

/** Rows of a CSV with double-quoted fields (quotes doubled inside), as Electronegativity writes it. */
export function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i += 1;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += char;
  }
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  return rows.filter((r) => r.some((cell) => cell.trim() !== ''));
}

/** The findings of an Electronegativity CSV report, keyed by its header. */
export function findingsFromCsv(text) {
  const [header, ...rows] = parseCsv(text);
  if (!header) return [];
  const names = header.map((name) => name.trim());
  return rows.map((cells) => {
    const cell = (name) => (cells[names.indexOf(name)] ?? '').trim();
    return {
      check: cell('issue'),
      severity: cell('severity'),
      file: cell('filename'),
      location: cell('location'),
      sample: cell('sample'),
    };
  });
}

const sameFinding = (finding, entry) =>
  finding.check === entry.check && finding.file === entry.file && finding.sample === entry.sample.trim();

/** HIGH and MEDIUM findings no reviewed entry covers, and reviewed entries nothing matched any more. */
export function reviewFindings(findings, reviewed) {
  const gated = findings.filter((finding) => GATED_SEVERITIES.has(finding.severity));
  return {
    unreviewed: gated.filter((finding) => !reviewed.some((entry) => sameFinding(finding, entry))),
    stale: reviewed.filter((entry) => !gated.some((finding) => sameFinding(finding, entry))),
  };
}

function main() {
  const root = join(import.meta.dirname, '..');
  const electronVersion = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).devDependencies
    .electron;
  const outDir = mkdtempSync(join(tmpdir(), 'steadyweek-electronegativity-'));
  const csvPath = join(outDir, 'findings.csv');
  try {
    // Sources only (the built bundle cannot be parsed); the Electron version is given because
    // without package.json in the input it would assume an old one and flag removed features.
    const scan = spawnSync(
      process.execPath,
      [
        join(root, 'node_modules/@doyensec/electronegativity/dist/index.js'),
        '-i',
        join(root, 'src'),
        '-r',
        '-e',
        electronVersion,
        '-x',
        'AvailableSecurityFixesGlobalCheck',
        '-o',
        csvPath,
      ],
      { encoding: 'utf8' },
    );
    let csv;
    try {
      csv = readFileSync(csvPath, 'utf8');
    } catch {
      // It exits 0 even when it fails: no report means no scan.
      console.error(
        `lint:security: Electronegativity wrote no report.\n${scan.stderr ?? ''}${scan.error ?? ''}`,
      );
      process.exit(1);
    }
    const findings = findingsFromCsv(csv);
    const { reviewed } = JSON.parse(
      readFileSync(join(import.meta.dirname, 'security-reviewed.json'), 'utf8'),
    );
    const { unreviewed, stale } = reviewFindings(findings, reviewed);
    for (const entry of stale)
      console.warn(`lint:security: reviewed entry no longer found, remove it: ${entry.check} ${entry.file}`);
    if (unreviewed.length > 0) {
      console.error(`lint:security: ${unreviewed.length} HIGH/MEDIUM finding(s) not reviewed:`);
      for (const f of unreviewed)
        console.error(`  ${f.severity} ${f.check} src/${f.file}:${f.location}  ${f.sample.slice(0, 160)}`);
      console.error('Fix them, or add each to scripts/security-reviewed.json with the reason it is safe.');
      process.exit(1);
    }
    const gated = findings.filter((f) => GATED_SEVERITIES.has(f.severity)).length;
    console.log(
      `lint:security: ${findings.length} findings, ${gated} HIGH/MEDIUM, all reviewed false positives; 0 unreviewed.`,
    );
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main();
