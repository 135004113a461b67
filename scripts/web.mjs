// `npm run web`: build the renderer and serve it on localhost with the browser bridge.
import { spawnSync, spawn } from 'node:child_process';

const port = process.env.PORT ?? '5183';
const build = spawnSync('npx', ['electron-vite', 'build'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);
const server = spawn(process.execPath, ['--import', 'tsx', 'scripts/serve-static.ts', 'out/renderer', port], {
  stdio: 'inherit',
});
server.on('exit', (code) => process.exit(code ?? 0));
