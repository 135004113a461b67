// Runs index.html's inline boot script as the page would: it hands over the copy untouched, never stops
// the page when storage is refused, and never touches IndexedDB.
import { describe, expect, it, vi } from 'vitest';
import { BOOT_CACHE_KEY, bootScript } from './boot-script';

function runBootScript(script: string, localStorage: Pick<Storage, 'getItem'>) {
  const page: { __steadyweekBootCache?: string | null } = {};
  const indexedDB = { open: vi.fn() };
  new Function('window', 'localStorage', 'indexedDB', script)(page, localStorage, indexedDB);
  return { page, indexedDB };
}

describe("index.html's boot script", () => {
  it.each([
    ['the copy as stored', new Map([[BOOT_CACHE_KEY, '{"copy":true}']]), '{"copy":true}'],
    ['null when there is no copy', new Map<string, string>(), null],
    ['nothing of other keys', new Map([['other', '{"copy":true}']]), null],
  ])('hands over %s, and leaves IndexedDB alone', (_label, stored, expected) => {
    const { page, indexedDB } = runBootScript(bootScript(), { getItem: (key) => stored.get(key) ?? null });
    expect(page.__steadyweekBootCache).toBe(expected);
    expect(indexedDB.open).not.toHaveBeenCalled();
  });

  it('reads the key it is rendered with', () => {
    const stored = new Map([['steadyweek:other "quoted" key', 'x']]);
    const { page } = runBootScript(bootScript('steadyweek:other "quoted" key'), {
      getItem: (key) => stored.get(key) ?? null,
    });
    expect(page.__steadyweekBootCache).toBe('x');
  });

  it('hands over nothing and does not throw when the browser refuses localStorage', () => {
    const { page } = runBootScript(bootScript(), {
      getItem: () => {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
    expect(page).toEqual({});
  });
});
