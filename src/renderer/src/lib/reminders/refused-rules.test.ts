import { describe, expect, it, vi } from 'vitest';
import { createRefusedRuleReporter, refusedRuleBanner } from './refused-rules';

const tooLong = {
  routineId: 'r1',
  title: 'Magnesium',
  reason: 'Too big: expected string to have <=200 characters (title)',
};
const badKey = {
  routineId: 'r2',
  title: null,
  reason: 'Use a key like 2026-03-29T08:00. (settledOccurrences.0)',
};

describe('refused reminder rules on screen', () => {
  it('names the routine and says what is wrong, what was kept and what to do', () => {
    expect(refusedRuleBanner(tooLong)).toEqual({
      title: "This routine's reminder could not be set: Magnesium",
      body: 'Too big: expected string to have <=200 characters (title). The routine itself is kept and the other reminders are set; edit this routine to fix it.',
      route: null,
      occurrence: null,
    });
  });

  it('falls back to the routine id, then to "a routine", when the title is missing', () => {
    expect(refusedRuleBanner(badKey).title).toBe("This routine's reminder could not be set: r2");
    expect(refusedRuleBanner({ routineId: null, title: null, reason: 'x' }).title).toBe(
      "This routine's reminder could not be set: a routine",
    );
  });

  it('shows each refusal once across repeated syncs, and again after the rule was fixed and broke again', () => {
    const show = vi.fn();
    const report = createRefusedRuleReporter(show);
    report([tooLong]);
    report([tooLong]);
    report([tooLong, badKey]);
    expect(show.mock.calls.map(([banner]) => banner.title)).toEqual([
      "This routine's reminder could not be set: Magnesium",
      "This routine's reminder could not be set: r2",
    ]);
    report([]);
    report([tooLong]);
    expect(show).toHaveBeenCalledTimes(3);
  });
});
