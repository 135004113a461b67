import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from './csp';

describe('content security policy', () => {
  it('is the same policy as the meta tag in index.html', () => {
    const html = readFileSync(join(import.meta.dirname, '../renderer/index.html'), 'utf8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html);
    expect(meta?.[1]).toBe(CONTENT_SECURITY_POLICY);
  });

  it('allows each inline script of index.html by its exact hash, and nothing else inline', () => {
    const html = readFileSync(join(import.meta.dirname, '../renderer/index.html'), 'utf8');
    const inline = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
    expect(inline).toHaveLength(1);
    const hashes = inline.map((body) => `'sha256-${createHash('sha256').update(body).digest('base64')}'`);
    const allowed = /script-src ([^;]+)/.exec(CONTENT_SECURITY_POLICY)![1]!.split(' ');
    expect(allowed).toEqual(["'self'", ...hashes]);
  });

  it.each([
    ["no inline or eval'd script", (csp: string) => !/script-src[^;]*'unsafe-(inline|eval)'/.test(csp)],
    ['no plugins', (csp: string) => csp.includes("object-src 'none'")],
    ['no base-tag hijack', (csp: string) => csp.includes("base-uri 'none'")],
    ['no form posts', (csp: string) => csp.includes("form-action 'none'")],
    ['no remote connections', (csp: string) => /connect-src 'self'(;|$)/.test(csp)],
  ])('allows %s', (_label, holds) => {
    expect(holds(CONTENT_SECURITY_POLICY)).toBe(true);
  });
});
