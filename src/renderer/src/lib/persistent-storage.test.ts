import { describe, expect, it, vi } from 'vitest';
import { requestPersistentStorage } from './persistent-storage';

function storage(persisted: boolean, grant: boolean | Error) {
  return {
    persisted: vi.fn(async () => persisted),
    persist: vi.fn(async () => {
      if (grant instanceof Error) throw grant;
      return grant;
    }),
  } as unknown as StorageManager;
}

describe('requestPersistentStorage', () => {
  it('does not ask again when storage is already persistent', async () => {
    const s = storage(true, false);
    expect(await requestPersistentStorage(s)).toBe(true);
    expect(s.persist).not.toHaveBeenCalled();
  });
  it('asks the browser when storage is not yet persistent', async () => {
    const s = storage(false, true);
    expect(await requestPersistentStorage(s)).toBe(true);
    expect(s.persist).toHaveBeenCalledOnce();
  });
  it('reports false when the browser refuses or throws', async () => {
    expect(await requestPersistentStorage(storage(false, false))).toBe(false);
    expect(await requestPersistentStorage(storage(false, new Error('nope')))).toBe(false);
    expect(await requestPersistentStorage(null)).toBe(false);
  });
});
