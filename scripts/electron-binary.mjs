// Finds the Electron binary without require('electron'), which would start a download.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export function electronBinaryPath(root = process.cwd()) {
  const dir = join(root, 'node_modules', 'electron');
  const pathFile = join(dir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = join(dir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : null;
}

/** The binary, downloading it once (briefly) where it is missing; null where the download is impossible. */
export function ensureElectronBinary(root = process.cwd()) {
  if (!electronBinaryPath(root)) {
    spawnSync(process.execPath, [join(root, 'node_modules/electron/install.js')], {
      stdio: 'ignore',
      timeout: 120_000,
    });
  }
  return electronBinaryPath(root);
}
