// The production Content Security Policy: the build writes it into index.html's <meta> tag
// (scripts/boot-script-plugin.ts) and main also sends it as a header, so both are this one string.
import { createHash } from 'node:crypto';
// Relative, not '@shared': the build config imports this module before any alias exists.
import { bootScript } from '../shared/boot-script';

/** The CSP source that allows exactly this inline script. */
export const scriptHashSource = (script: string) =>
  `'sha256-${createHash('sha256').update(script).digest('base64')}'`;

/** The policy for a page whose only inline script is `script` (no 'unsafe-inline'). */
export function contentSecurityPolicy(script: string): string {
  return `default-src 'self'; script-src 'self' ${scriptHashSource(script)}; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; worker-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'`;
}

export const CONTENT_SECURITY_POLICY = contentSecurityPolicy(bootScript());
