// Vite plugin: writes the CSP <meta> tag and the inline boot script into index.html, both rendered from
// src/shared/boot-script.ts and src/main/csp.ts, so the script, its hash and main's header cannot drift.
import type { Plugin } from 'vite';
import { contentSecurityPolicy } from '../src/main/csp';
import { bootScript } from '../src/shared/boot-script';

const POLICY_MARKER = '<!-- build: content-security-policy -->';
const SCRIPT_MARKER = '<!-- build: boot-script -->';

/** index.html with its two markers replaced by the policy that allows `script`, and `script` itself. */
export function renderIndexHtml(html: string, script: string = bootScript()): string {
  for (const marker of [POLICY_MARKER, SCRIPT_MARKER]) {
    if (html.split(marker).length !== 2) {
      throw new Error(
        `index.html must contain "${marker}" exactly once: the build puts the page's CSP and boot script there.`,
      );
    }
  }
  const policy = `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(script)}" />`;
  // Function replacements: a "$" in the text must not be read as a replacement pattern.
  return html.replace(POLICY_MARKER, () => policy).replace(SCRIPT_MARKER, () => `<script>${script}</script>`);
}

export function bootScriptPlugin(script: string = bootScript()): Plugin {
  return {
    name: 'steadyweek-boot-script',
    // Before Vite reads the page, so what it bundles and serves already carries the policy.
    transformIndexHtml: { order: 'pre', handler: (html) => renderIndexHtml(html, script) },
  };
}
