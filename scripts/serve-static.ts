// Serves a built renderer folder on 127.0.0.1 (web mode and end-to-end tests), with the same file rules as app://.
import { createReadStream, statSync } from 'node:fs';
import { createServer, type ServerResponse } from 'node:http';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { contentTypeOf, resolveStaticFile } from '../src/main/static-files';

const reasons: Record<number, string> = { 400: 'Bad request', 403: 'Forbidden', 404: 'Not found' };
const refuse = (res: ServerResponse, status: number) =>
  res.writeHead(status, { 'content-type': 'text/plain' }).end(reasons[status] ?? 'Error');

export function createStaticServer(rootDir: string) {
  const root = resolve(rootDir);
  return createServer((req, res) => {
    let pathname: string;
    try {
      pathname = new URL(req.url ?? '/', 'http://x').pathname;
    } catch {
      return refuse(res, 400);
    }
    const target = resolveStaticFile(root, pathname);
    if (!target.ok) return refuse(res, target.status);
    let size: number;
    try {
      const stat = statSync(target.filePath);
      if (!stat.isFile()) throw new Error('not a file');
      size = stat.size;
    } catch {
      return refuse(res, 404);
    }
    res.writeHead(200, {
      'content-type': contentTypeOf(target.filePath),
      'content-length': size,
      // Vite names built assets by content hash, so they never change: cache them for good. Everything
      // else (index.html, icons) is checked each time so a new build is picked up at once.
      'cache-control': /\/assets\/[^/]+-[\w-]{8}\.\w+$/.test(pathname)
        ? 'public, max-age=31536000, immutable'
        : 'no-cache',
      'x-content-type-options': 'nosniff',
    });
    // A file removed mid-read ends this response, never the server.
    createReadStream(target.filePath)
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
