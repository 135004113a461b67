// Vite plugin: the landing screen (Today) is a lazy chunk like every screen, but the app opens on it, so
// index.html names its code with <link rel="modulepreload"> (and preloads its CSS) to fetch it alongside the
// entry instead of after the entry has run. Other screens still load only when visited.
import type { Plugin, Rolldown } from 'vite';

type OutputBundle = Rolldown.OutputBundle;
type OutputChunk = Rolldown.OutputChunk;

/** Files of `entry`'s static import graph, and of the chunk whose module id ends with `moduleSuffix`. */
export function landingPreloads(bundle: OutputBundle, moduleSuffix: string): { js: string[]; css: string[] } {
  const chunks = Object.values(bundle).filter((item): item is OutputChunk => item.type === 'chunk');
  const byFile = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  const landing = chunks.find((chunk) => chunk.facadeModuleId?.replaceAll('\\', '/').endsWith(moduleSuffix));
  if (!landing) throw new Error(`preload-landing-screen: no chunk for ${moduleSuffix}`);
  const staticGraph = (roots: OutputChunk[]) => {
    const seen = new Set<string>();
    const visit = (chunk: OutputChunk) => {
      if (seen.has(chunk.fileName)) return;
      seen.add(chunk.fileName);
      for (const file of chunk.imports) visit(byFile.get(file)!);
    };
    roots.forEach(visit);
    return seen;
  };
  // The entry's graph already has its modulepreload tags (Vite adds them).
  const entryGraph = staticGraph(chunks.filter((chunk) => chunk.isEntry));
  const js = [...staticGraph([landing])].filter((file) => !entryGraph.has(file));
  const css = js.flatMap((file) => [...(byFile.get(file)!.viteMetadata?.importedCss ?? [])]);
  return { js, css };
}

export function preloadLandingScreen(moduleSuffix: string): Plugin {
  return {
    name: 'steadyweek:preload-landing-screen',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, context) {
        if (!context.bundle) return;
        const { js, css } = landingPreloads(context.bundle, moduleSuffix);
        return [
          ...js.map((file) => ({
            tag: 'link',
            attrs: { rel: 'modulepreload', crossorigin: true, href: `./${file}` },
            injectTo: 'head' as const,
          })),
          ...css.map((file) => ({
            tag: 'link',
            // Fetched early but not applied: the screen's import applies it, so other screens never get it.
            attrs: { rel: 'preload', as: 'style', crossorigin: true, href: `./${file}` },
            injectTo: 'head' as const,
          })),
        ];
      },
    },
  };
}
