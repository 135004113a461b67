import { describe, expect, it, vi } from 'vitest';
import type { SteadyweekApi } from '@shared/ipc/contract';
import { createElectronPlatform } from './electron';

function fakeApi() {
  const calls: [string, unknown[]][] = [];
  const api = new Proxy({} as Record<string, unknown>, {
    get: (_target, name: string) =>
      vi.fn((...args: unknown[]) => {
        calls.push([name, args]);
        return name.startsWith('on') ? () => {} : Promise.resolve(null);
      }),
  }) as unknown as SteadyweekApi;
  return { api, calls };
}
(globalThis as { window?: unknown }).window ??= { dispatchEvent: () => true };

describe('the electron platform’s data seam', () => {
  it('sends files and backups to their preload functions', async () => {
    const { api, calls } = fakeApi();
    const platform = createElectronPlatform(api);
    const marker = { counts: { doses: 3 }, atEpochMs: 1 };
    await platform.files.save([{ name: 'a.json', text: '{}' }]);
    await platform.files.open();
    await platform.backups!.write('daily', '{}');
    await platform.backups!.list();
    await platform.backups!.read('x.json');
    await platform.backups!.due();
    await platform.backups!.marker();
    await platform.backups!.setMarker(marker);
    expect(calls.filter(([name]) => !name.startsWith('on'))).toEqual([
      ['saveFiles', [[{ name: 'a.json', text: '{}' }]]],
      ['openFile', []],
      ['writeBackup', ['daily', '{}']],
      ['listBackups', []],
      ['readBackup', ['x.json']],
      ['dueBackups', []],
      ['getRowMarker', []],
      ['setRowMarker', [marker]],
    ]);
  });
});
