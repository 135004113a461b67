// The production Content Security Policy: the same policy as the <meta> tag in index.html, sent as a header by the app:// handler.

export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self' 'sha256-xkisxz6Q/KfbRWtJ9LOmi+NnfVKbMNPc5TfwCMLMq/M='; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; worker-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'";
