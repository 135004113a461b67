import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStaticServer } from './serve-static';

// The served folder beside a sibling whose name starts with the same letters.
const base = mkdtempSync(join(tmpdir(), 'sw-static-'));
const root = join(base, 'renderer');
mkdirSync(join(root, 'assets'), { recursive: true });
mkdirSync(join(base, 'renderer-secrets'));
writeFileSync(join(root, 'index.html'), '<!doctype html><title>Steadyweek</title>');
writeFileSync(join(root, 'assets', 'index-AbCd1234.js'), 'console.log(1)');
writeFileSync(join(base, 'renderer-secrets', 'x'), 'secret');

let server: Server;
let port: number;

beforeAll(async () => {
  server = createStaticServer(root);
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((done) => server.close(() => done())));

/** A raw GET: the path goes out exactly as written (fetch would normalise it). */
function get(path: string): Promise<{ status: number; body: string }> {
  return new Promise((done, fail) => {
    const req = request({ host: '127.0.0.1', port, path, method: 'GET' }, (res) => {
      let body = '';
      res.on('data', (chunk: Buffer) => (body += chunk.toString()));
      res.on('end', () => done({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', fail);
    req.end();
  });
}

describe('the static server', () => {
  it('serves index.html at the root and a hashed asset as immutable', async () => {
    expect(await get('/')).toEqual({ status: 200, body: '<!doctype html><title>Steadyweek</title>' });
    expect((await get('/assets/index-AbCd1234.js')).status).toBe(200);
  });

  it.each([
    ['a bad escape', '/%', 400],
    ['a truncated escape', '/assets/%E0%A4%A', 400],
    ['a NUL byte', '/index.html%00.png', 400],
    ['an encoded parent folder', '/..%2fsecret', 403],
    ['a sibling folder with the same prefix', '/..%2frenderer-secrets/x', 403],
    ['a deeper escape', '/assets/..%2f..%2frenderer-secrets/x', 403],
    ['a file that is not there', '/nope.js', 404],
  ])('answers %s (%s) with %i and serves nothing outside the folder', async (_label, path, status) => {
    const response = await get(path);
    expect(response.status).toBe(status);
    expect(response.body).not.toContain('secret');
  });

  it('keeps serving after bad requests', async () => {
    await get('/%');
    await get('/..%2frenderer-secrets/x');
    expect((await get('/')).status).toBe(200);
  });
});
