// Settings → Your data: export (JSON, spreadsheets, calendar), import (components/import-data.tsx),
// whether the browser keeps the storage, and in web mode a weekly reminder to download a backup.
import { useEffect, useState } from 'react';
import { localDateAt } from '@shared/dates/calendar';
import type { SavedFile } from '@shared/ipc/data-transfer';
import { downloadReminderDue } from '@shared/transfer/download-reminder';
import { ImportData, StatusLine, type Status } from '../../../components/import-data';
import { useProfile } from '../../../data/profile/profile-queries';
import { useRecordDownload, useSettings } from '../../../data/settings/settings-queries';
import { platform } from '../../../platform';

// Export and import load with the first click, not with Settings.
import { loadTransfer } from '../../../lib/data-safety/transfer';
const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));

export function YourDataSection() {
  const profile = useProfile();
  const settings = useSettings();
  const recordDownload = useRecordDownload();
  const [busy, setBusy] = useState<string | null>(null);
  const [status, setStatus] = useState<Status>(null);
  // The moment Settings opened: the reminder is judged once per visit, not on every render.
  const [openedAt] = useState(() => Date.now());
  const web = platform.backups === null;

  async function save(what: string, files: () => Promise<SavedFile[]>, isBackup = false) {
    setBusy(what);
    setStatus(null);
    try {
      const result = await platform.files.save(await files());
      if (result.status === 'saved') {
        setStatus({ kind: 'ok', text: result.message ?? `Saved to ${result.path}.` });
        if (isBackup && web) recordDownload.mutate('downloaded');
      } else if (result.status === 'failed')
        setStatus({ kind: 'error', text: result.message ?? 'Not saved.' });
    } catch (error) {
      setStatus({ kind: 'error', text: `Could not export: ${errorText(error)}` });
    } finally {
      setBusy(null);
    }
  }

  const exportJson = () =>
    save(
      'json',
      async () => {
        const today = localDateAt(Date.now(), profile.data?.timeZone ?? 'UTC');
        return [{ name: `steadyweek-${today}.json`, text: await (await loadTransfer()).exportAllText() }];
      },
      true,
    );

  const exportCsv = () =>
    save('csv', async () => {
      const [{ exportAll }, { spreadsheets }, { loadUsdaSearch }] = await Promise.all([
        loadTransfer(),
        import('@shared/transfer/spreadsheets'),
        import('../../../data/meals/meals-api'),
      ]);
      const [file, usda] = await Promise.all([exportAll(), loadUsdaSearch()]);
      const names = new Map<string, string>([
        ...usda.foods.map((f) => [`usda:${f.id}`, f.name] as const),
        ...file.tables.customFoods.map((f) => [`custom:${String(f.id)}`, String(f.name)] as const),
        ...file.tables.recipes.map((r) => [`recipe:${String(r.id)}`, String(r.name)] as const),
      ]);
      const tables = file.tables as unknown as Parameters<typeof spreadsheets>[0];
      return spreadsheets(tables, (food) => names.get(`${food.source}:${food.id}`) ?? null).map((f) => ({
        ...f,
        name: `steadyweek-${f.name}`,
      }));
    });

  const exportCalendar = () =>
    save('ics', async () => {
      const [{ exportAll }, { routinesCalendar }] = await Promise.all([
        loadTransfer(),
        import('@shared/transfer/icalendar'),
      ]);
      const file = await exportAll();
      const routines = file.tables.routines as unknown as Parameters<typeof routinesCalendar>[0];
      const { text } = routinesCalendar(routines, profile.data?.timeZone ?? 'UTC', Date.now());
      return [{ name: 'steadyweek-routines.ics', text }];
    });

  const downloads = settings.data?.downloads ?? null;
  const reminderDue =
    web &&
    profile.data !== undefined &&
    profile.data !== null &&
    downloadReminderDue({
      lastAtEpochMs: downloads?.lastAtEpochMs ?? null,
      dismissedAtEpochMs: downloads?.reminderDismissedAtEpochMs ?? null,
      sinceEpochMs: profile.data.createdAtEpochMs,
      nowEpochMs: openedAt,
    });

  return (
    <section className="card data-section" aria-labelledby="your-data-heading">
      <h2 id="your-data-heading">Your data</h2>
      <p className="muted">
        Everything you enter stays on this device.{' '}
        {web
          ? 'In a browser there are no automatic backups: download one now and then, and keep it somewhere safe.'
          : 'Export a copy whenever you like.'}
      </p>
      {reminderDue ? (
        <div className="warning" role="region" aria-label="Backup reminder">
          <p>
            {downloads?.lastAtEpochMs
              ? `Your last downloaded backup is from ${new Date(downloads.lastAtEpochMs).toLocaleDateString()}.`
              : 'You have not downloaded a backup yet.'}{' '}
            If this browser’s data is cleared, a backup is the only way back.
          </p>
          <div className="row">
            <button type="button" onClick={exportJson} disabled={busy !== null}>
              Download a backup
            </button>
            <button type="button" className="secondary" onClick={() => recordDownload.mutate('dismissed')}>
              Not now
            </button>
          </div>
        </div>
      ) : null}
      <h3>Export</h3>
      <div className="row">
        <button type="button" onClick={exportJson} disabled={busy !== null}>
          {busy === 'json' ? 'Exporting…' : 'Export everything (JSON)'}
        </button>
        <button type="button" className="secondary" onClick={exportCsv} disabled={busy !== null}>
          {busy === 'csv' ? 'Exporting…' : 'Export spreadsheets (CSV)'}
        </button>
        <button type="button" className="secondary" onClick={exportCalendar} disabled={busy !== null}>
          {busy === 'ics' ? 'Exporting…' : 'Export routines to a calendar (.ics)'}
        </button>
      </div>
      {downloads?.lastAtEpochMs && web ? (
        <p className="muted">Last backup downloaded {new Date(downloads.lastAtEpochMs).toLocaleString()}.</p>
      ) : null}

      <StatusLine status={status} />
      <h3>Import</h3>
      <ImportData />
      <StoragePersistence />
    </section>
  );
}

/** Whether the browser may clear the storage under pressure, and a button to ask it not to. */
function StoragePersistence() {
  const storage = typeof navigator !== 'undefined' ? navigator.storage : undefined;
  const [persisted, setPersisted] = useState<boolean | null>(null);
  const [asked, setAsked] = useState(false);
  useEffect(() => {
    let live = true;
    void storage?.persisted?.().then((value) => live && setPersisted(value));
    return () => {
      live = false;
    };
  }, [storage]);
  if (!storage?.persisted) return null;
  const request = async () => {
    setAsked(true);
    setPersisted(await storage.persist());
  };
  return (
    // Labelled without the word "storage": a label holding "age" would also answer to the profile's "Age".
    <div role="region" aria-labelledby="kept-heading">
      <h3 id="kept-heading">Kept by the browser?</h3>
      {persisted === null ? null : persisted ? (
        <p className="ok">
          Storage is persistent: the browser will not clear Steadyweek’s data to free space.
        </p>
      ) : (
        <>
          <p className="muted">
            Storage is not persistent: under storage pressure the browser may clear Steadyweek’s data.
            {asked
              ? ' The browser declined for now; it often agrees once the site is used regularly or installed.'
              : ''}
          </p>
          <button type="button" className="secondary" onClick={() => void request()}>
            Ask the browser to keep Steadyweek’s data
          </button>
        </>
      )}
    </div>
  );
}
