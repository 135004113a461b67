// The start-up checks that keep a person's data safe: the database opened with care, the failure screen, the restore offer after a wipe, and the keepers.
import { lazy, Suspense, useEffect, useState, type ReactNode } from 'react';
import { useQuery } from '@tanstack/react-query';
import { offersRestore } from '@shared/backups/start-check';
import type { RowMarker } from '@shared/ipc/data-transfer';
import { localDateAt } from '@shared/dates/calendar';
import { countAppRows, keepAppRowMarker, openAppDatabase, replaceAppDatabase } from '../db/repositories';
import { DATABASE_NAME } from '../db/schema';
import { loadTransfer } from '../lib/data-safety/transfer';
import { restoreBackup } from '../lib/data-safety/restore';
import { startAutoBackups } from '../lib/data-safety/auto-backups';
import { platform } from '../platform';

// Both screens are for rare starts: they stay out of the code a normal start loads.
const DatabaseFailureScreen = lazy(async () => ({
  default: (await import('../features/data-safety/components/database-failure-screen')).DatabaseFailureScreen,
}));
const RestoreOfferScreen = lazy(async () => ({
  default: (await import('../features/data-safety/components/restore-offer-screen')).RestoreOfferScreen,
}));

/** Opens the database once (call it at start, before anything reads it when an upgrade may be due). */
export function startOpeningDatabase() {
  const backups = platform.backups;
  return openAppDatabase(
    backups
      ? async (name) => {
          const result = await backups.write('pre-migration', await (await loadTransfer()).rawDump(name));
          if (result.status === 'failed') throw new Error(result.message ?? 'The backup was not written.');
        }
      : null,
  );
}

export const useDatabaseOpen = () =>
  useQuery({ queryKey: ['database', 'open'], queryFn: startOpeningDatabase });

const opening = (
  <p className="loading" role="status">
    Opening Steadyweek…
  </p>
);

async function saveRawCopy(): Promise<string> {
  const text = await (await loadTransfer()).rawDump(DATABASE_NAME);
  const today = localDateAt(Date.now(), Intl.DateTimeFormat().resolvedOptions().timeZone);
  const result = await platform.files.save([{ name: `steadyweek-raw-${today}.json`, text }]);
  if (result.status === 'failed') throw new Error(result.message ?? 'The copy was not saved.');
  return result.message ?? (result.status === 'cancelled' ? 'Nothing was saved.' : 'Saved.');
}

/** The failure screen, when the database could not open; else the app. */
export function DatabaseFailureGate({ children }: { children: ReactNode }) {
  const opened = useDatabaseOpen();
  if (opened.data?.status !== 'failed') return children;
  const backups = platform.backups;
  return (
    <Suspense fallback={opening}>
      <DatabaseFailureScreen
        failure={opened.data.failure}
        saveRawCopy={saveRawCopy}
        listBackups={backups ? () => backups.list() : null}
        restore={async (id) => {
          await restoreBackup(id, {
            backups: backups!,
            transfer: await loadTransfer(),
            databaseName: DATABASE_NAME,
            keepCurrent: 'raw',
            deleteDatabase: replaceAppDatabase,
          });
          // Start again on the restored store, through the normal start.
          window.location.reload();
        }}
      />
    </Suspense>
  );
}

/** Desktop: the marker when the database is empty but the marker remembers rows (a wiped store); else null. */
async function wipedStoreMarker(): Promise<RowMarker | null> {
  const backups = platform.backups;
  if (!backups) return null;
  try {
    const marker = await backups.marker();
    return marker && offersRestore(await countAppRows(), marker) ? marker : null;
  } catch (error) {
    console.warn('[data safety] could not compare the database with the row marker', error);
    return null;
  }
}

/** Before a first run: an emptied store offers its newest backup instead of the cheerful onboarding. */
export function FirstRunGate({ children }: { children: ReactNode }) {
  const check = useQuery({ queryKey: ['database', 'restore-check'], queryFn: wipedStoreMarker });
  const [startFresh, setStartFresh] = useState(false);
  if (check.isPending) return opening;
  const backups = platform.backups;
  if (!check.data || startFresh || !backups) return children;
  return (
    <Suspense fallback={opening}>
      <RestoreOfferScreen
        marker={check.data}
        listBackups={() => backups.list()}
        restore={async (id) =>
          restoreBackup(id, {
            backups,
            transfer: await loadTransfer(),
            databaseName: DATABASE_NAME,
            keepCurrent: 'none',
          })
        }
        startFresh={() => setStartFresh(true)}
      />
    </Suspense>
  );
}

let stopAutoBackups: (() => void) | null = null;
/** Once the app shows a person's data: keep the row marker and take due backups at idle moments (desktop). */
export function useDataSafetyKeepers(): void {
  useEffect(() => {
    const backups = platform.backups;
    if (!backups || stopAutoBackups) return;
    keepAppRowMarker((marker) => backups.setMarker(marker));
    stopAutoBackups = startAutoBackups({
      backups,
      exportAllText: async () => (await loadTransfer()).exportAllText(),
      whenIdle: (run) => requestIdleCallback(run, { timeout: 60_000 }),
    });
  }, []);
}
