// Build for the three processes. Main is ESM, the sandboxed preload CommonJS, the renderer a static site.
import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';
import { bootScriptPlugin } from './scripts/boot-script-plugin';

const shared = resolve(__dirname, 'src/shared');

export default defineConfig(({ command }) => ({
  main: {
    resolve: { alias: { '@shared': shared } },
    build: {
      rollupOptions: { input: { index: resolve(__dirname, 'src/main/index.ts') } },
    },
  },
  preload: {
    resolve: { alias: { '@shared': shared } },
    build: {
      // A sandboxed preload cannot load ESM: emit CommonJS and bundle every dependency into it.
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve(__dirname, 'src/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(__dirname, 'src/renderer'),
    resolve: { alias: { '@shared': shared, '@renderer': resolve(__dirname, 'src/renderer/src') } },
    // index.html's CSP and inline boot script are rendered from src/shared/boot-script.ts.
    plugins: [react(), bootScriptPlugin()],
    build: {
      minify: command === 'build',
      // The USDA food table is one lazily loaded ~1.3 MB chunk by design (see src/shared/foods).
      chunkSizeWarningLimit: 1400,
      sourcemap: false,
      rollupOptions: { input: { index: resolve(__dirname, 'src/renderer/index.html') } },
    },
  },
}));
