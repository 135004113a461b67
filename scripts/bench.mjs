// `npm run bench`: builds the app, then runs every bench/*.bench.ts in turn. Each prints `name: number unit` lines.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';

const build = spawnSync('npx', ['electron-vite', 'build'], { stdio: ['ignore', 'ignore', 'inherit'] });
if (build.status !== 0) process.exit(build.status ?? 1);

const only = process.argv.slice(2);
const files = readdirSync('bench')
  .filter((name) => name.endsWith('.bench.ts'))
  .filter((name) => only.length === 0 || only.some((part) => name.includes(part)))
  .sort();
let failed = 0;
for (const file of files) {
  const run = spawnSync('npx', ['tsx', `bench/${file}`], { stdio: ['ignore', 'inherit', 'inherit'] });
  if (run.status !== 0) {
    failed += 1;
    console.error(`bench/${file} failed with exit code ${run.status}`);
  }
}
process.exit(failed ? 1 : 0);
