import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderIndexHtml } from '../../scripts/boot-script-plugin';
import { CONTENT_SECURITY_POLICY, scriptHashSource } from './csp';

// index.html as the build writes it (scripts/boot-script-plugin.test.ts checks Vite emits it unchanged).
const builtHtml = renderIndexHtml(readFileSync(join(import.meta.dirname, '../renderer/index.html'), 'utf8'));

describe('content security policy', () => {
  it('is the same policy as the meta tag the build writes into index.html', () => {
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(builtHtml);
    expect(meta?.[1]).toBe(CONTENT_SECURITY_POLICY);
  });

  it('allows the inline script the build writes into index.html by its hash, and nothing else inline', () => {
    const inline = [...builtHtml.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
    expect(inline).toHaveLength(1);
    const allowed = /script-src ([^;]+)/.exec(CONTENT_SECURITY_POLICY)![1]!.split(' ');
    expect(allowed).toEqual(["'self'", ...inline.map(scriptHashSource)]);
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
