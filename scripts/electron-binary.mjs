// Finds the Electron binary without require('electron'), which would start a download.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export function electronBinaryPath(root = process.cwd()) {
  const dir = join(root, 'node_modules', 'electron');
  const pathFile = join(dir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = join(dir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : null;
}
