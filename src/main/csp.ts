// The production Content Security Policy: the same policy as the <meta> tag in index.html, sent as a header by the app:// handler.

export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self' 'sha256-LcwIQU+Gj7Rh2uSEf6n4C38+Lo/7MB1F6K6ygWLa6E8='; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; worker-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'";
