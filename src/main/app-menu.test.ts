import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { buildAppMenuTemplate } from './app-menu';

function flatten(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])]);
}

describe('buildAppMenuTemplate', () => {
  it.each([
    [true, ['appMenu', undefined, 'editMenu', undefined, 'windowMenu', 'help']],
    [false, [undefined, 'editMenu', undefined, 'windowMenu', 'help']],
  ])('uses the standard menus (macOS: %s)', (isMac, roles) => {
    expect(
      buildAppMenuTemplate({ isMac, isDev: false, requestQuit: () => {} }).map((item) => item.role),
    ).toEqual(roles);
  });

  it.each([true, false])(
    'has one Quit with Cmd/Ctrl+Q that goes through the flush handshake (macOS: %s)',
    (isMac) => {
      const requestQuit = vi.fn();
      const items = flatten(buildAppMenuTemplate({ isMac, isDev: false, requestQuit }));
      const quits = items.filter((item) => item.accelerator === 'CmdOrCtrl+Q');
      expect(quits).toHaveLength(1);
      (quits[0]!.click as () => void)();
      expect(requestQuit).toHaveBeenCalled();
      // a bare role 'quit' would skip the handshake
      expect(items.some((item) => item.role === 'quit')).toBe(false);
    },
  );

  it('offers developer tools only in development', () => {
    const roles = (isDev: boolean) =>
      flatten(buildAppMenuTemplate({ isMac: false, isDev, requestQuit: () => {} })).map((i) => i.role);
    expect(roles(true)).toContain('toggleDevTools');
    expect(roles(false)).not.toContain('toggleDevTools');
  });
});
