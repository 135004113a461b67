// `npm start`: build and launch the desktop app; where no Electron binary can be had, serve web mode instead.
import { spawn, spawnSync } from 'node:child_process';
import { ensureElectronBinary } from './electron-binary.mjs';

// The electron package downloads its binary on first use; try once, briefly.
if (!ensureElectronBinary()) {
  console.log(
    'No Electron binary here (it could not be downloaded), so Steadyweek opens in web mode instead.',
  );
  const web = spawn(process.execPath, ['scripts/web.mjs'], { stdio: 'inherit' });
  web.on('exit', (code) => process.exit(code ?? 0));
} else {
  const build = spawnSync('npx', ['electron-vite', 'build'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
  const app = spawn('npx', ['electron-vite', 'preview', '--skipBuild'], { stdio: 'inherit' });
  app.on('exit', (code) => process.exit(code ?? 0));
}
