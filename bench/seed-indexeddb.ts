// Writes rows straight into the app's IndexedDB from a page that has already created it (benchmarks and Chromium tests).
import type { Page } from '@playwright/test';

/** Puts every table's rows, 5,000 at a time; the app's database must exist (open the app once first). */
export async function seedTables(page: Page, tables: Record<string, readonly unknown[]>): Promise<void> {
  for (const [table, rows] of Object.entries(tables)) {
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
