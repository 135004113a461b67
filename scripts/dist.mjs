// `npm run dist`: build the app and its installers for this platform (electron-builder.config.mjs), where Electron can be had.
import { spawnSync } from 'node:child_process';
import { ensureElectronBinary } from './electron-binary.mjs';

// electron-builder fetches the Electron build for each target from the same place; if this
// platform's binary cannot be had, neither can those, so say so in one line instead of a stack trace.
if (!ensureElectronBinary()) {
  console.error(
    'npm run dist: no installers built: the Electron binary could not be downloaded here (it comes from github.com); run it on a machine that can reach GitHub.',
  );
  process.exit(1);
}

const run = (command, args) => {
  const result = spawnSync(command, args, { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
};
run('npx', ['electron-vite', 'build']);
// This platform's targets by default; extra arguments pass through (e.g. `npm run dist -- --win`).
run('npx', [
  'electron-builder',
  '--config',
  'electron-builder.config.mjs',
  '--publish',
  'never',
  ...process.argv.slice(2),
]);
