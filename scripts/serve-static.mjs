// Serves a built renderer folder on 127.0.0.1 (web mode and end-to-end tests). No dependencies.
import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.bin': 'application/octet-stream',
  '.woff2': 'font/woff2',
};

/**
 * The file a request names inside `root`, or the status that refuses it: 400 for a bad escape or a
 * NUL byte, 403 for a path that leaves the folder once decoded (checked with path.relative, so a
 * sibling folder whose name starts like the root's is outside too).
 */
export function resolveStaticPath(root, requestUrl) {
  let pathname;
  try {
    pathname = decodeURIComponent(new URL(requestUrl ?? '/', 'http://x').pathname);
  } catch {
    return { status: 400 };
  }
  if (pathname.includes('\0')) return { status: 400 };
  const file = join(root, pathname === '/' ? 'index.html' : pathname);
  const inside = relative(root, file);
  if (inside === '' || inside === '..' || inside.startsWith(`..${sep}`) || isAbsolute(inside)) {
    return { status: 403 };
  }
  return { status: 200, file, pathname };
}

const reasons = { 400: 'Bad request', 403: 'Forbidden', 404: 'Not found' };
const refuse = (res, status) =>
  res.writeHead(status, { 'content-type': 'text/plain' }).end(reasons[status] ?? 'Error');

export function createStaticServer(rootDir) {
  const root = resolve(rootDir);
  return createServer((req, res) => {
    const target = resolveStaticPath(root, req.url);
    if (target.status !== 200) return refuse(res, target.status);
    let size;
    try {
      const stat = statSync(target.file);
      if (!stat.isFile()) throw new Error('not a file');
      size = stat.size;
    } catch {
      return refuse(res, 404);
    }
    res.writeHead(200, {
      'content-type': types[extname(target.file)] ?? 'application/octet-stream',
      'content-length': size,
      // Vite names built assets by content hash, so they never change: cache them for good. Everything
      // else (index.html, icons) is checked each time so a new build is picked up at once.
      'cache-control': /\/assets\/[^/]+-[\w-]{8}\.\w+$/.test(target.pathname)
        ? 'public, max-age=31536000, immutable'
        : 'no-cache',
      'x-content-type-options': 'nosniff',
    });
    // A file removed mid-read ends this response, never the server.
    createReadStream(target.file)
      .on('error', () => res.destroy())
      .pipe(res);
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const root = process.argv[2] ?? 'out/renderer';
  const port = Number(process.argv[3] ?? 5183);
  createStaticServer(root).listen(port, '127.0.0.1', () => {
    console.log(`Steadyweek web mode: http://127.0.0.1:${port}/  (Ctrl+C to stop)`);
  });
}
