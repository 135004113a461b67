// Ask the browser not to evict our IndexedDB under storage pressure; the person's history lives there.
export async function requestPersistentStorage(
  storage: StorageManager | null = navigator.storage ?? null,
): Promise<boolean> {
  if (!storage?.persist) return false;
  try {
    return (await storage.persisted()) || (await storage.persist());
  } catch {
    return false;
  }
}
