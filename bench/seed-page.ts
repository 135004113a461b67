// Writes generated history straight into the page's IndexedDB (after the app has created its database).
import type { Page } from '@playwright/test';
import type { History } from './history';

export async function seedHistory(page: Page, history: Partial<History>): Promise<void> {
  for (const [table, rows] of Object.entries(history)) {
    for (let i = 0; i < rows.length; i += 5000) {
      await page.evaluate(
        ({ table, chunk }) =>
          new Promise<void>((resolve, reject) => {
            const open = indexedDB.open('steadyweek');
            open.onerror = () => reject(open.error);
            open.onsuccess = () => {
              const tx = open.result.transaction(table, 'readwrite');
              const store = tx.objectStore(table);
              for (const row of chunk) store.put(row);
              tx.oncomplete = () => {
                open.result.close();
                resolve();
              };
              tx.onerror = () => reject(tx.error);
            };
          }),
        { table, chunk: rows.slice(i, i + 5000) },
      );
    }
  }
}
