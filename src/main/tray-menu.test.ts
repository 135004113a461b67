import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import type { TraySummary } from '@shared/ipc/contract';
import { buildTrayMenuTemplate, formatTrayTooltip, TRAY_SNOOZE_MINUTES } from './tray-menu';

const NOW = 1_774_800_000_000;
const formatTime = (ms: number) => (ms === NOW + 3_600_000 ? '21:00' : '20:00');
const context = {
  nowEpochMs: NOW,
  pausedUntilEpochMs: null,
  formatTime,
  startOfTomorrowEpochMs: () => NOW + 5 * 3_600_000,
};
const magnesium = { routineId: 'mg', date: '2026-03-29', plannedTime: '20:00' };
const summary: TraySummary = {
  doneCount: 3,
  totalCount: 7,
  due: [
    { occurrence: magnesium, title: 'Magnesium', overdue: false },
    {
      occurrence: { routineId: 'walk', date: '2026-03-29', plannedTime: null },
      title: 'Walk',
      overdue: true,
    },
  ],
  nextReminder: { title: 'Magnesium', atEpochMs: NOW },
};

function handlers() {
  return { open: vi.fn(), done: vi.fn(), snooze: vi.fn(), pause: vi.fn(), quit: vi.fn() };
}

function find(items: MenuItemConstructorOptions[], label: string | RegExp): MenuItemConstructorOptions {
  const found = items.find((item) =>
    typeof label === 'string' ? item.label === label : label.test(item.label ?? ''),
  );
  if (!found) throw new Error(`no item ${label}`);
  return found;
}

function click(item: MenuItemConstructorOptions) {
  (item.click as () => void)();
}

describe('formatTrayTooltip', () => {
  it.each([
    [summary, 'Steadyweek — 3 of 7 done · next: Magnesium at 20:00'],
    [{ ...summary, nextReminder: null }, 'Steadyweek — 3 of 7 done'],
    // nothing planned today, or no summary yet: just the name
    [{ ...summary, totalCount: 0, doneCount: 0 }, 'Steadyweek'],
    [null, 'Steadyweek'],
  ])('%# reads "%s"', (input, expected) => {
    expect(formatTrayTooltip(input, formatTime)).toBe(expected);
  });
});

describe('buildTrayMenuTemplate', () => {
  it('always offers Open first and Quit last', () => {
    const h = handlers();
    const items = buildTrayMenuTemplate(null, h, context);
    click(items[0]!);
    click(items.at(-1)!);
    expect(h.open).toHaveBeenCalled();
    expect(h.quit).toHaveBeenCalled();
  });

  it('lists each due item with Done and Snooze, marking overdue ones', () => {
    const h = handlers();
    const items = buildTrayMenuTemplate(summary, h, context);
    const mg = find(items, 'Magnesium (20:00)');
    find(items, 'Overdue: Walk');
    const [done, snooze] = mg.submenu as MenuItemConstructorOptions[];
    click(done!);
    click(snooze!);
    expect(h.done).toHaveBeenCalledWith(magnesium);
    expect(h.snooze).toHaveBeenCalledWith(magnesium, TRAY_SNOOZE_MINUTES);
  });

  it('pauses for an hour, until tomorrow, or resumes', () => {
    const h = handlers();
    const items = buildTrayMenuTemplate(summary, h, { ...context, pausedUntilEpochMs: NOW + 3_600_000 });
    const pause = find(items, 'Reminders paused until 21:00');
    const [hour, tomorrow, resume] = pause.submenu as MenuItemConstructorOptions[];
    click(hour!);
    click(tomorrow!);
    click(resume!);
    expect(h.pause.mock.calls).toEqual([[NOW + 3_600_000], [NOW + 5 * 3_600_000], [null]]);
    expect(resume!.enabled).toBe(true);
  });

  it('offers Resume only while paused (a past pause counts as running)', () => {
    const items = buildTrayMenuTemplate(summary, handlers(), { ...context, pausedUntilEpochMs: NOW - 1 });
    const pause = find(items, 'Pause reminders');
    expect((pause.submenu as MenuItemConstructorOptions[])[2]!.enabled).toBe(false);
  });
});
