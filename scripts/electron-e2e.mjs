// Runs the Electron end-to-end tests where the binary exists; elsewhere prints why they are skipped.
// REQUIRE_ELECTRON=1 turns a missing binary into a failure.
import { spawnSync } from 'node:child_process';
import { electronBinaryPath } from './electron-binary.mjs';

const binary = electronBinaryPath();
if (!binary) {
  const reason =
    'Electron end-to-end tests skipped: no Electron binary (node_modules/electron/dist is absent; it downloads on first use and cannot be fetched here).';
  if (process.env.REQUIRE_ELECTRON === '1') {
    console.error(`${reason} REQUIRE_ELECTRON=1, so this is a failure.`);
    process.exit(1);
  }
  console.log(reason);
  process.exit(0);
}
// Always build: a stale out/ from another branch or an older skeleton would test the wrong app.
const build = spawnSync('npx', ['electron-vite', 'build'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);
const needsDisplay = process.platform === 'linux' && !process.env.DISPLAY;
const cmd = needsDisplay ? 'xvfb-run' : 'npx';
const args = needsDisplay
  ? ['-a', 'npx', 'playwright', 'test', '--project=electron']
  : ['playwright', 'test', '--project=electron'];
const run = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ELECTRON_BINARY: binary } });
process.exit(run.status ?? 1);
