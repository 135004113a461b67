import { describe, expect, it } from 'vitest';
import type { Rolldown } from 'vite';
import { landingPreloads } from './preload-landing-screen';

const chunk = (
  fileName: string,
  imports: string[],
  extra: { isEntry?: boolean; facadeModuleId?: string; css?: string[] } = {},
) =>
  ({
    type: 'chunk',
    fileName,
    imports,
    isEntry: extra.isEntry ?? false,
    facadeModuleId: extra.facadeModuleId ?? null,
    viteMetadata: { importedCss: new Set(extra.css ?? []), importedAssets: new Set() },
  }) as unknown as Rolldown.OutputChunk;

const bundle = Object.fromEntries(
  [
    chunk('assets/index.js', ['assets/react.js', 'assets/db.js'], { isEntry: true }),
    chunk('assets/react.js', []),
    chunk('assets/db.js', []),
    chunk('assets/today.js', ['assets/react.js', 'assets/page.js', 'assets/doses.js'], {
      facadeModuleId: '/repo/src/features/today/today-screen.tsx',
      css: ['assets/today.css'],
    }),
    chunk('assets/page.js', ['assets/react.js']),
    chunk('assets/doses.js', ['assets/steps.js']),
    chunk('assets/steps.js', []),
    chunk('assets/week.js', ['assets/page.js'], {
      facadeModuleId: '/repo/src/features/week/week-screen.tsx',
    }),
  ].map((c) => [c.fileName, c]),
) as Rolldown.OutputBundle;

describe('landing screen preloads', () => {
  it("names the landing screen's chunks that the entry does not already load, and its CSS", () => {
    expect(landingPreloads(bundle, 'features/today/today-screen.tsx')).toEqual({
      js: ['assets/today.js', 'assets/page.js', 'assets/doses.js', 'assets/steps.js'],
      css: ['assets/today.css'],
    });
  });

  it('fails the build when the landing screen is not a chunk of its own', () => {
    expect(() => landingPreloads(bundle, 'features/today/missing.tsx')).toThrow(/no chunk/);
  });
});
