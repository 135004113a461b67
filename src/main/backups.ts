// Automatic backups and the row marker over IPC: the backup store's channels.
import { createBackupStore, type BackupStore, type BackupStoreDeps } from './backup-store';
import { handle } from './ipc';

export function registerBackups(deps: BackupStoreDeps): BackupStore {
  const store = createBackupStore(deps);
  handle('backups:write', ({ reason, text }) => store.write(reason, text));
  handle('backups:list', () => store.list());
  handle('backups:read', (id) => store.read(id));
  handle('backups:due', () => store.due());
  handle('backups:get-marker', () => store.marker());
  handle('backups:set-marker', (marker) => store.setMarker(marker));
  return store;
}
