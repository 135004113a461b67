// Printing a print view (meals or the doctor's-visit summary): wait for it to say it is ready, then print or save a PDF (side effects injected).
import type { PrintPageRequest, PrintRequest, PrintResult } from '@shared/ipc/contract';
import { printFileName, printTitle } from '@shared/ipc/print-route';

export const PRINT_READY_TIMEOUT_MS = 15_000;
export const PRINT_POLL_INTERVAL_MS = 200;

export interface PrintPage {
  /** True once the page has set `document.body.dataset.printReady = 'true'`. */
  isReady(): Promise<boolean>;
  print(): Promise<{ success: boolean; failureReason: string }>;
  printToPdf(): Promise<Uint8Array>;
  close(): void;
}

export interface PrintPageDeps {
  openPrintPage(page: PrintPageRequest): Promise<PrintPage>;
  /** Asks where to save; null when the person cancels. */
  chooseSavePath(defaultFileName: string): Promise<string | null>;
  writeFile(path: string, data: Uint8Array): Promise<void>;
  sleep?(ms: number): Promise<void>;
  now?(): number;
  timeoutMs?: number;
  pollIntervalMs?: number;
}

const result = (status: PrintResult['status'], path: string | null, message: string | null): PrintResult => ({
  status,
  path,
  message,
});

export function createPrintPage(deps: PrintPageDeps): (request: PrintRequest) => Promise<PrintResult> {
  const sleep = deps.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const now = deps.now ?? Date.now;
  const timeoutMs = deps.timeoutMs ?? PRINT_READY_TIMEOUT_MS;
  const pollIntervalMs = deps.pollIntervalMs ?? PRINT_POLL_INTERVAL_MS;
  let busy = false;

  async function waitUntilReady(page: PrintPage): Promise<boolean> {
    const deadline = now() + timeoutMs;
    for (;;) {
      if (await page.isReady().catch(() => false)) return true;
      if (now() >= deadline) return false;
      await sleep(pollIntervalMs);
    }
  }

  return async (request) => {
    if (busy)
      return result(
        'failed',
        null,
        'A print is already being prepared. Wait for it to finish, then try again.',
      );
    busy = true;
    let page: PrintPage | null = null;
    try {
      page = await deps.openPrintPage(request.page);
      if (!(await waitUntilReady(page))) {
        return result(
          'failed',
          null,
          `${printTitle(request.page)} did not finish loading within ${Math.round(timeoutMs / 1000)} seconds. Nothing was printed; your data is unchanged. Try again.`,
        );
      }
      if (request.target === 'printer') {
        const printed = await page.print();
        if (printed.success) return result('printed', null, null);
        if (/cancel/i.test(printed.failureReason)) return result('cancelled', null, null);
        return result(
          'failed',
          null,
          `The printer reported: ${printed.failureReason || 'an unknown error'}. Try again or save as PDF.`,
        );
      }
      const pdf = await page.printToPdf();
      const path = await deps.chooseSavePath(printFileName(request.page));
      if (!path) return result('cancelled', null, null);
      await deps.writeFile(path, pdf);
      return result('saved', path, null);
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      return result('failed', null, `Printing failed: ${detail}. Your data is unchanged. Try again.`);
    } finally {
      page?.close();
      busy = false;
    }
  };
}
