// Which links may leave the app for the system browser: plain https to the few sources the app cites, a few a minute.

export const MAX_EXTERNAL_URL_LENGTH = 2048;

/**
 * The hosts the app links to, matched exactly (no subdomains): whatever else a page asks to open,
 * a compromised renderer cannot use the system browser to reach it.
 */
export const LINK_OUT_HOSTS: ReadonlySet<string> = new Set([
  // NIH Office of Dietary Supplements: the magnesium fact sheet the reference values come from.
  'ods.od.nih.gov',
  // National Academies Press: the Dietary Reference Intakes book (IOM 1997).
  'nap.nationalacademies.org',
  'www.nap.edu',
  // USDA FoodData Central: the food table's source.
  'fdc.nal.usda.gov',
  // Physical Activity Guidelines for Americans (ODPHP).
  'odphp.health.gov',
  'health.gov',
]);

/** Links opened per window of time; a burst beyond it is refused, not queued. */
export const LINK_OUT_LIMIT = { maxOpens: 3, windowMs: 60_000 } as const;

export type ExternalUrlVerdict = { ok: true; url: string } | { ok: false; reason: string };

// ASCII letters, digits and inner hyphens; at least two labels; an alphabetic top-level domain.
const hostLabel = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;
const topLevelDomain = /^[a-z]{2,63}$/;

/** Checks a URL the renderer (or a page) wants to open outside the app. Returns the normalised URL to open. */
export function checkExternalUrl(raw: unknown): ExternalUrlVerdict {
  if (typeof raw !== 'string') return { ok: false, reason: 'not a string' };
  if (raw.length === 0 || raw.length > MAX_EXTERNAL_URL_LENGTH)
    return { ok: false, reason: 'empty or too long' };
  // The URL parser quietly strips whitespace and control characters; a link that needs that is not plain.
  if (hasWhitespaceOrControl(raw))
    return { ok: false, reason: 'contains whitespace, control or invisible formatting characters' };
  if (!raw.startsWith('https://')) return { ok: false, reason: 'only https links open outside the app' };
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return { ok: false, reason: 'not a valid URL' };
  }
  if (url.protocol !== 'https:') return { ok: false, reason: 'only https links open outside the app' };
  const authority = raw.slice('https://'.length).split(/[/?#\\]/)[0] ?? '';
  // Unicode in the host (look-alike letters, ideographic full stops) is refused before the parser rewrites it.
  if (!/^[\x21-\x7e]*$/.test(authority)) return { ok: false, reason: 'non-ASCII host name' };
  if (url.username || url.password || authority.includes('@')) {
    return { ok: false, reason: 'credentials in the link' };
  }
  if (url.port !== '') return { ok: false, reason: 'a non-standard port' };
  const host = url.hostname;
  if (host.length > 253) return { ok: false, reason: 'host name too long' };
  const labels = host.split('.');
  if (labels.length < 2) return { ok: false, reason: 'not a public host name' };
  // Internationalised names are shown as punycode by the parser; refuse them rather than risk a look-alike.
  if (labels.some((label) => label.startsWith('xn--')))
    return { ok: false, reason: 'internationalised host name' };
  if (!labels.every((label) => hostLabel.test(label))) return { ok: false, reason: 'not a plain host name' };
  if (!topLevelDomain.test(labels.at(-1) ?? ''))
    return { ok: false, reason: 'an IP address or unknown domain' };
  if (host === 'localhost' || host.endsWith('.localhost')) return { ok: false, reason: 'a local host' };
  if (!LINK_OUT_HOSTS.has(host)) return { ok: false, reason: `${host} is not a site the app links to` };
  return { ok: true, url: url.href };
}

export interface ExternalLinkOpenerDeps {
  openExternal: (url: string) => Promise<void>;
  onRefused?: (raw: unknown, reason: string) => void;
  /** Injected clock for the rate limit. */
  now?: () => number;
}

/**
 * Opens a link in the system browser only when the guard accepts it and fewer than
 * `LINK_OUT_LIMIT.maxOpens` opened in the last minute; resolves to whether it was opened.
 */
export function createExternalLinkOpener(deps: ExternalLinkOpenerDeps): (raw: unknown) => Promise<boolean> {
  const now = deps.now ?? Date.now;
  let openedAtEpochMs: number[] = [];
  return async (raw) => {
    const verdict = checkExternalUrl(raw);
    if (!verdict.ok) {
      deps.onRefused?.(raw, verdict.reason);
      return false;
    }
    const at = now();
    openedAtEpochMs = openedAtEpochMs.filter((t) => at - t < LINK_OUT_LIMIT.windowMs);
    if (openedAtEpochMs.length >= LINK_OUT_LIMIT.maxOpens) {
      deps.onRefused?.(raw, `more than ${LINK_OUT_LIMIT.maxOpens} links in a minute`);
      return false;
    }
    openedAtEpochMs.push(at);
    try {
      await deps.openExternal(verdict.url);
      return true;
    } catch {
      return false;
    }
  };
}

function hasWhitespaceOrControl(text: string): boolean {
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (code <= 0x20 || (code >= 0x7f && code <= 0x9f) || /[\s\p{Cf}]/u.test(char)) return true;
  }
  return false;
}
