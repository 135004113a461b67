// The production Content Security Policy: the same policy as the <meta> tag in index.html, also sent as a header.

export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self' 'sha256-xkisxz6Q/KfbRWtJ9LOmi+NnfVKbMNPc5TfwCMLMq/M='; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; worker-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'";

type Headers = Record<string, string[] | string> | undefined;

/** Adds the policy to a response's headers, replacing any policy the response carried. */
export function withContentSecurityPolicy(headers: Headers): Record<string, string[] | string> {
  const next: Record<string, string[] | string> = {};
  for (const [name, value] of Object.entries(headers ?? {})) {
    if (name.toLowerCase() !== 'content-security-policy') next[name] = value;
  }
  next['Content-Security-Policy'] = [CONTENT_SECURITY_POLICY];
  return next;
}
