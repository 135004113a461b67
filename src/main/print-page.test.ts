import { describe, expect, it, vi } from 'vitest';
import type { PrintPageRequest } from '@shared/ipc/contract';
import { createPrintPage, type PrintPage, type PrintPageDeps } from './print-page';

function fakePage(overrides: Partial<PrintPage> = {}): PrintPage & { close: ReturnType<typeof vi.fn> } {
  return {
    isReady: async () => true,
    print: async () => ({ success: true, failureReason: '' }),
    printToPdf: async () => new Uint8Array([37, 80, 68, 70]),
    close: vi.fn(),
    ...overrides,
  } as PrintPage & { close: ReturnType<typeof vi.fn> };
}

function setup(page: PrintPage, overrides: Partial<PrintPageDeps> = {}) {
  let clock = 0;
  const deps: PrintPageDeps = {
    openPrintPage: vi.fn(async () => page),
    chooseSavePath: vi.fn(async () => '/home/me/plan.pdf'),
    writeFile: vi.fn(async () => {}),
    sleep: async (ms) => {
      clock += ms;
    },
    now: () => clock,
    ...overrides,
  };
  return { deps, printPage: createPrintPage(deps) };
}

const week: PrintPageRequest = { kind: 'meals-week', week: '2026-03-30' };
const summary: PrintPageRequest = { kind: 'doctor-summary', from: '2026-03-03', to: '2026-03-30' };

describe('printPage', () => {
  it('prints once the page is ready, and closes the hidden window', async () => {
    let polls = 0;
    const page = fakePage({ isReady: async () => ++polls >= 3 });
    const { deps, printPage } = setup(page);
    await expect(printPage({ page: week, target: 'printer' })).resolves.toEqual({
      status: 'printed',
      path: null,
      message: null,
    });
    expect(deps.openPrintPage).toHaveBeenCalledWith(week);
    expect(polls).toBe(3);
    expect(page.close).toHaveBeenCalled();
  });

  it('saves a PDF where the person chose, named after the week', async () => {
    const page = fakePage();
    const { deps, printPage } = setup(page);
    await expect(printPage({ page: week, target: 'pdf' })).resolves.toEqual({
      status: 'saved',
      path: '/home/me/plan.pdf',
      message: null,
    });
    expect(deps.chooseSavePath).toHaveBeenCalledWith('steadyweek-meals-2026-03-30.pdf');
    expect(deps.writeFile).toHaveBeenCalledWith('/home/me/plan.pdf', new Uint8Array([37, 80, 68, 70]));
  });

  it('opens the doctor summary for its range and names the PDF after it', async () => {
    const { deps, printPage } = setup(fakePage());
    await expect(printPage({ page: summary, target: 'pdf' })).resolves.toMatchObject({ status: 'saved' });
    expect(deps.openPrintPage).toHaveBeenCalledWith(summary);
    expect(deps.chooseSavePath).toHaveBeenCalledWith('steadyweek-summary-2026-03-03-to-2026-03-30.pdf');
  });

  it('writes nothing when the save dialog is cancelled', async () => {
    const { deps, printPage } = setup(fakePage(), { chooseSavePath: async () => null });
    await expect(printPage({ page: week, target: 'pdf' })).resolves.toMatchObject({ status: 'cancelled' });
    expect(deps.writeFile).not.toHaveBeenCalled();
  });

  it.each([
    ['cancelled', 'Print job canceled', 'cancelled'],
    ['failed', 'Printer offline', 'failed'],
  ])('reports a %s print', async (_label, failureReason, status) => {
    const { printPage } = setup(fakePage({ print: async () => ({ success: false, failureReason }) }));
    await expect(printPage({ page: week, target: 'printer' })).resolves.toMatchObject({ status });
  });

  it('fails clearly after 15 s when the page never becomes ready, and still closes it', async () => {
    const page = fakePage({ isReady: async () => false });
    const { printPage } = setup(page);
    const outcome = await printPage({ page: week, target: 'printer' });
    expect(outcome.status).toBe('failed');
    expect(outcome.message).toMatch(/did not finish loading within 15 seconds/);
    expect(page.close).toHaveBeenCalled();
  });

  it('fails with a message when the page cannot be rendered', async () => {
    const page = fakePage({ printToPdf: () => Promise.reject(new Error('renderer crashed')) });
    const { printPage } = setup(page);
    await expect(printPage({ page: week, target: 'pdf' })).resolves.toMatchObject({
      status: 'failed',
      message: expect.stringMatching(/renderer crashed/),
    });
    expect(page.close).toHaveBeenCalled();
  });

  it('refuses a second print while one is being prepared', async () => {
    let release: () => void = () => {};
    const page = fakePage({
      isReady: () => new Promise<boolean>((resolve) => (release = () => resolve(true))),
    });
    const { printPage } = setup(page);
    const first = printPage({ page: week, target: 'printer' });
    await Promise.resolve();
    await expect(printPage({ page: week, target: 'printer' })).resolves.toMatchObject({ status: 'failed' });
    release();
    await expect(first).resolves.toMatchObject({ status: 'printed' });
  });
});
