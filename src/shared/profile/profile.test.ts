import { describe, expect, it } from 'vitest';
import { lifeStageSchema } from './profile';

describe('life stage: 65 or over', () => {
  it.each([
    [{ ageBand: '51+', aged65OrOver: true }, true],
    [{ ageBand: '51+', aged65OrOver: false }, true],
    [{ ageBand: '51+' }, true], // profiles saved before the question existed
    [{ ageBand: '31-50', aged65OrOver: true }, false], // 65 is in the 51+ band only
  ])('%j is accepted: %s', (stage, ok) => {
    const result = lifeStageSchema.safeParse({ sex: 'male', reproductiveStatus: 'none', ...stage });
    expect(result.success).toBe(ok);
  });
});
