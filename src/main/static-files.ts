// The built renderer's files as a server sees them: one containment rule and one content-type table, for app:// and web mode.
import { extname, isAbsolute, join, relative, sep } from 'node:path';

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.cjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.bin': 'application/octet-stream',
  '.woff2': 'font/woff2',
};

export function contentTypeOf(filePath: string): string {
  return contentTypes[extname(filePath)] ?? 'application/octet-stream';
}

export type StaticFileVerdict = { ok: true; filePath: string } | { ok: false; status: 400 | 403 };

/**
 * Maps a URL path (still percent-encoded) to a file inside `rootDir`, or refuses it: 400 for a bad
 * escape or a NUL byte, 403 for a path that leaves the folder once decoded (`%2f`, `..`,
 * backslashes). Containment is by path.relative, not a prefix test: "/app-evil" starts with "/app"
 * but is outside it.
 */
export function resolveStaticFile(rootDir: string, encodedPathname: string): StaticFileVerdict {
  let pathname: string;
  try {
    pathname = decodeURIComponent(encodedPathname);
  } catch {
    return { ok: false, status: 400 };
  }
  if (pathname.includes('\0')) return { ok: false, status: 400 };
  const filePath = join(rootDir, pathname === '/' ? 'index.html' : pathname);
  const inside = relative(rootDir, filePath);
  if (inside === '' || inside === '..' || inside.startsWith(`..${sep}`) || isAbsolute(inside)) {
    return { ok: false, status: 403 };
  }
  return { ok: true, filePath };
}
