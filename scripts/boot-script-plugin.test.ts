// The build writes the boot script into index.html with a policy that allows exactly that script, whatever
// the script is rendered from, and refuses a page without its markers.
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, type Rollup } from 'vite';
import { afterAll, describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../src/main/csp';
import { bootScript } from '../src/shared/boot-script';
import { bootScriptPlugin, renderIndexHtml } from './boot-script-plugin';

const page = `<!doctype html>
<html>
  <head>
    <meta charset="UTF-8" />
    <!-- build: content-security-policy -->
    <!-- build: boot-script -->
  </head>
  <body>
    <script type="module" src="./main.js"></script>
  </body>
</html>
`;

const root = mkdtempSync(join(tmpdir(), 'boot-script-plugin-'));
writeFileSync(join(root, 'index.html'), page);
writeFileSync(join(root, 'main.js'), 'document.title = "built";\n');
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** The index.html a real Vite build emits with the plugin rendering `script`. */
async function builtIndexHtml(script: string): Promise<string> {
  const output = (await build({
    root,
    logLevel: 'silent',
    configFile: false,
    plugins: [bootScriptPlugin(script)],
    build: { write: false, minify: false },
  })) as Rollup.RollupOutput;
  const html = output.output.find((file) => file.fileName === 'index.html');
  if (html?.type !== 'asset') throw new Error('the build emitted no index.html');
  return String(html.source);
}

const inlineScripts = (html: string) =>
  [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((match) => match[1]!);
const metaPolicy = (html: string) =>
  /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1];
const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

describe('the boot script build plugin', () => {
  // Another key stands in for any change to what the script is rendered from.
  it.each([
    ['the app key', bootScript()],
    ['another key', bootScript('steadyweek:first-screen-v9')],
  ])('emits the script rendered from %s, and a policy that allows exactly it', async (_label, script) => {
    const html = await builtIndexHtml(script);
    expect(inlineScripts(html)).toEqual([script]);
    expect(metaPolicy(html)).toBe(contentSecurityPolicy(script));
    expect(/script-src ([^;]+)/.exec(metaPolicy(html)!)![1]!.split(' ')).toEqual(["'self'", sha256(script)]);
  });

  it('gives a different script a different hash', () => {
    expect(contentSecurityPolicy(bootScript('a'))).not.toBe(contentSecurityPolicy(bootScript('b')));
  });

  it.each([
    ['without the policy marker', page.replace('<!-- build: content-security-policy -->', '')],
    ['with the script marker twice', page.replace('</head>', '<!-- build: boot-script --></head>')],
  ])('refuses a page %s, saying what it needs', (_label, html) => {
    expect(() => renderIndexHtml(html)).toThrow(/must contain "<!-- build: .+ -->" exactly once/);
  });
});
