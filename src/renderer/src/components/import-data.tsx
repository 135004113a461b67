// Import a Steadyweek file: merge or replace, the file checked whole and summed up before anything is
// written, a confirmation, then a report of what came in and what was skipped. In Settings, and on the
// first-run screen for a person restoring a backup after their browser's data was cleared.
import { useState } from 'react';
import type { ExportFile, ImportMode, ImportReport } from '../data/transfer/transfer-api';
import { platform } from '../platform';
import { FieldSet } from './field';

import { loadTransfer } from '../lib/data-safety/transfer';
const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));
const count = (n: number) => n.toLocaleString();

export type Status = { kind: 'ok' | 'error'; text: string } | null;

/** What the last action did: a status, or an alert when it failed. */
export function StatusLine({ status }: { status: Status }) {
  if (!status) return null;
  return (
    <p
      role={status.kind === 'error' ? 'alert' : 'status'}
      className={status.kind === 'error' ? 'form-error' : 'ok'}
    >
      {status.text}
    </p>
  );
}

export function ImportData({ initialMode = 'merge' }: { initialMode?: ImportMode }) {
  const [mode, setMode] = useState<ImportMode>(initialMode);
  const [busy, setBusy] = useState<'check' | 'import' | null>(null);
  const [status, setStatus] = useState<Status>(null);
  const [pending, setPending] = useState<{ name: string; file: ExportFile } | null>(null);
  const [report, setReport] = useState<ImportReport | null>(null);

  async function chooseFile() {
    setStatus(null);
    setReport(null);
    setPending(null);
    try {
      const opened = await platform.files.open();
      if (opened.status === 'cancelled') return;
      if (opened.status === 'failed') return setStatus({ kind: 'error', text: opened.message });
      setBusy('check');
      const file = await (await loadTransfer()).parseImport(opened.file.bytes);
      setPending({ name: opened.file.name, file });
    } catch (error) {
      setStatus({ kind: 'error', text: errorText(error) });
    } finally {
      setBusy(null);
    }
  }

  async function runImport() {
    if (!pending) return;
    setBusy('import');
    try {
      const result = await (await loadTransfer()).importText(pending.file, mode);
      setReport(result);
      setPending(null);
      setStatus({ kind: 'ok', text: `Imported ${pending.name}.` });
    } catch (error) {
      setStatus({ kind: 'error', text: errorText(error) });
    } finally {
      setBusy(null);
    }
  }

  return (
    <div className="import-data">
      <FieldSet legend="When a file is imported">
        <label className="choice">
          <input
            type="radio"
            name="import-mode"
            checked={mode === 'merge'}
            onChange={() => setMode('merge')}
          />
          Merge it with what is here (the newer version of each entry wins)
        </label>
        <label className="choice">
          <input
            type="radio"
            name="import-mode"
            checked={mode === 'replace'}
            onChange={() => setMode('replace')}
          />
          Replace everything here with it
        </label>
      </FieldSet>
      <div className="row">
        <button type="button" className="secondary" onClick={chooseFile} disabled={busy !== null}>
          {busy === 'check' ? 'Checking the file…' : 'Choose a file to import…'}
        </button>
      </div>
      {pending ? (
        <ImportConfirmation
          name={pending.name}
          file={pending.file}
          mode={mode}
          busy={busy === 'import'}
          onConfirm={runImport}
          onCancel={() => setPending(null)}
        />
      ) : null}
      <StatusLine status={status} />
      {report ? <ImportReportView report={report} /> : null}
    </div>
  );
}

function ImportConfirmation(props: {
  name: string;
  file: ExportFile;
  mode: ImportMode;
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const { file, mode } = props;
  const rows = Object.entries(file.counts)
    .filter(([table]) => table !== 'deletions')
    .reduce((sum, [, n]) => sum + n, 0);
  return (
    <div className="card" role="group" aria-labelledby="import-confirm-heading">
      <h3 id="import-confirm-heading">{mode === 'replace' ? 'Replace everything?' : 'Merge this file?'}</h3>
      <p>
        {props.name}: {count(rows)} entries
        {file.dateRange ? `, from ${file.dateRange.first} to ${file.dateRange.last}` : ''}, exported{' '}
        {new Date(file.exportedAt).toLocaleString()}. The file was checked and is complete.
      </p>
      {mode === 'replace' ? (
        <p className="warning">
          Everything Steadyweek holds now is removed and the file’s data takes its place. Export a copy first
          if you might want it back.
        </p>
      ) : null}
      <div className="row">
        <button
          type="button"
          className={mode === 'replace' ? 'danger' : undefined}
          onClick={props.onConfirm}
          disabled={props.busy}
        >
          {props.busy ? 'Importing…' : mode === 'replace' ? 'Replace everything' : 'Merge'}
        </button>
        <button type="button" className="secondary" onClick={props.onCancel} disabled={props.busy}>
          Cancel
        </button>
      </div>
    </div>
  );
}

const tableLabels: Record<string, string> = {
  profile: 'Profile',
  settings: 'Settings',
  routines: 'Routines',
  completions: 'Done and skipped',
  appliedActions: 'Reminder actions',
  products: 'Products',
  titrationPlans: 'Plans',
  doses: 'Doses',
  supplementSafety: 'Caution answers',
  checkins: 'Check-ins',
  mealPlan: 'Meal plan',
  customFoods: 'Own foods',
  recipes: 'Recipes',
  mealTemplates: 'Meal templates',
  shoppingItems: 'Shopping items',
  sleepLogs: 'Sleep',
  sleepTarget: 'Sleep target',
  exerciseLogs: 'Exercise',
  stressLogs: 'Stress practices',
};

function ImportReportView({ report }: { report: ImportReport }) {
  const rows = Object.entries(report.tables).filter(([, t]) => t.inFile > 0 || t.removed > 0);
  return (
    <div role="region" aria-labelledby="import-report-heading">
      <h3 id="import-report-heading">What came in</h3>
      <table>
        <caption className="muted">
          {report.mode === 'replace'
            ? 'Everything was replaced by the file.'
            : 'Merged: for each entry the newer version was kept; deletions newer than an entry removed it.'}
        </caption>
        <thead>
          <tr>
            <th scope="col">What</th>
            <th scope="col">In the file</th>
            <th scope="col">Taken</th>
            <th scope="col">Skipped: newer here</th>
            <th scope="col">Skipped: deleted</th>
            <th scope="col">Removed here</th>
            <th scope="col">Now</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(([table, t]) => (
            <tr key={table}>
              <th scope="row">{tableLabels[table] ?? table}</th>
              <td>{count(t.inFile)}</td>
              <td>{count(t.written)}</td>
              <td>{count(t.keptHere)}</td>
              <td>{count(t.skippedDeleted)}</td>
              <td>{count(t.removed)}</td>
              <td>{count(t.total)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {report.heldPlans > 0 ? (
        <p className="warning">
          {report.heldPlans === 1 ? 'One imported plan is' : `${report.heldPlans} imported plans are`} above
          the upper limit without a confirmation for this life stage, so its doses are paused. The Supplement
          screen says why.
        </p>
      ) : null}
    </div>
  );
}
