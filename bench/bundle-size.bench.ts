// renderer_initial_js_gzip_kb: gzip size of the JavaScript the renderer loads before the first screen.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const outDir = join(process.env.BENCH_OUT_DIR ?? 'out', 'renderer');
const html = readFileSync(join(outDir, 'index.html'), 'utf8');
// The entry script and every chunk it preloads are fetched before anything is shown.
const sources = [
  ...html.matchAll(/<(?:script[^>]*\ssrc|link[^>]*rel="modulepreload"[^>]*\shref)="([^"]+\.js)"/g),
].map((m) => m[1]!);
if (sources.length === 0) throw new Error(`No script found in ${outDir}/index.html`);
const gzipBytes = sources.reduce(
  (sum, src) => sum + gzipSync(readFileSync(join(outDir, src.replace(/^\.?\//, ''))), { level: 9 }).length,
  0,
);
console.log(`renderer_initial_js_gzip_kb: ${(gzipBytes / 1024).toFixed(1)} kB`);
