import { describe, expect, it, vi } from 'vitest';
import { checkExternalUrl, createExternalLinkOpener, LINK_OUT_HOSTS, LINK_OUT_LIMIT } from './external-links';

describe('checkExternalUrl', () => {
  it.each([
    [
      'https://ods.od.nih.gov/factsheets/Magnesium-HealthProfessional/',
      'https://ods.od.nih.gov/factsheets/Magnesium-HealthProfessional/',
    ],
    ['https://fdc.nal.usda.gov/?query=spinach#top', 'https://fdc.nal.usda.gov/?query=spinach#top'],
    ['https://nap.nationalacademies.org/catalog/5776', 'https://nap.nationalacademies.org/catalog/5776'],
    [
      'https://odphp.health.gov/our-work/nutrition-physical-activity/physical-activity-guidelines',
      'https://odphp.health.gov/our-work/nutrition-physical-activity/physical-activity-guidelines',
    ],
    // the host is lower-cased by the parser; what opens is the normalised form
    ['https://ODS.OD.NIH.gov/Path', 'https://ods.od.nih.gov/Path'],
    // an explicit default port is dropped by the parser and allowed
    ['https://ods.od.nih.gov:443/', 'https://ods.od.nih.gov/'],
  ])('accepts the link to a cited source %s', (raw, expected) => {
    expect(checkExternalUrl(raw)).toEqual({ ok: true, url: expected });
  });

  it.each([
    ['javascript scheme', 'javascript:alert(1)'],
    ['javascript disguised with case', 'JavaScript:alert(document.domain)'],
    ['javascript after whitespace', ' javascript:alert(1)'],
    ['file scheme', 'file:///etc/passwd'],
    ['windows file path', 'file://C:/Windows/System32/calc.exe'],
    ['data url', 'data:text/html,<script>alert(1)</script>'],
    ['plain http', 'http://example.com/'],
    ['upper-case https scheme sneaking past a prefix check', 'HTTPS://example.com/'],
    ['protocol-relative', '//example.com/'],
    ['custom scheme', 'steadyweek://open'],
    ['smb share', 'smb://server/share'],
    ['vbscript', 'vbscript:msgbox(1)'],
    ['credentials', 'https://user:pass@example.com/'],
    ['user name only', 'https://user@example.com/'],
    // "example.com@evil.test" looks like example.com but goes to evil.test
    ['look-alike via @', 'https://example.com@evil.test/'],
    ['cyrillic look-alike host', 'https://аpple.com/'],
    ['punycode host', 'https://xn--pple-43d.com/'],
    ['unicode full stop', 'https://example。com/'],
    ['IPv4 address', 'https://127.0.0.1/'],
    ['decimal IPv4 address', 'https://2130706433/'],
    ['IPv6 address', 'https://[::1]/'],
    ['localhost', 'https://localhost/'],
    ['subdomain of localhost', 'https://app.localhost/'],
    ['single-label host', 'https://intranet/'],
    ['non-standard port', 'https://example.com:8443/'],
    ['empty host', 'https:///path'],
    ['leading space', ' https://example.com/'],
    ['embedded newline', 'https://exa\nmple.com/'],
    ['embedded tab', 'https://example.com/\tpath'],
    ['null byte', 'https://example.com/\u0000'],
    ['right-to-left override', 'https://example.com/\u202Egnp.exe'],
    ['overlong', `https://example.com/${'a'.repeat(2100)}`],
    ['empty string', ''],
    ['not a string', 42],
    ['an object with toString', { toString: () => 'https://example.com/' }],
    ['null', null],
    ['numeric top-level domain', 'https://example.123/'],
    ['label starting with a hyphen', 'https://-evil.example.com/'],
    ['underscore in host', 'https://evil_host.example.com/'],
    // Well-formed links to hosts the app does not cite.
    ['a public site the app does not link to', 'https://example.com/'],
    ['a subdomain of a cited host', 'https://evil.ods.od.nih.gov/'],
    ['a cited host as a prefix of another', 'https://ods.od.nih.gov.evil.test/'],
    ['a cited host as a suffix of another', 'https://notods.od.nih.gov/'],
    ['a cited host as the user name', 'https://ods.od.nih.gov@evil.test/'],
    ['a cited host with user info', 'https://me:pw@ods.od.nih.gov/'],
    ['a cited host on another port', 'https://ods.od.nih.gov:8443/'],
    ['a cited host over http', 'http://ods.od.nih.gov/'],
    ['a cited host with a trailing dot', 'https://ods.od.nih.gov./'],
    // "і" is Cyrillic; the parser would show it as punycode.
    ['a look-alike of a cited host', 'https://ods.od.nіh.gov/'],
    ['the punycode of a look-alike', 'https://ods.od.xn--nh-5tb.gov/'],
    ['a cited host in a javascript URL', 'javascript://ods.od.nih.gov/%0aalert(1)'],
    ['a very long link to a cited host', `https://ods.od.nih.gov/${'a'.repeat(5000)}`],
    ['a cited host behind a backslash', 'https://evil.test\\@ods.od.nih.gov/'],
  ])('refuses %s', (_label, raw) => {
    expect(checkExternalUrl(raw).ok).toBe(false);
  });
});

describe('createExternalLinkOpener', () => {
  it('opens an accepted link with the normalised URL', async () => {
    const openExternal = vi.fn(async () => {});
    const open = createExternalLinkOpener({ openExternal });
    await expect(open('https://FDC.nal.usda.gov/a')).resolves.toBe(true);
    expect(openExternal).toHaveBeenCalledWith('https://fdc.nal.usda.gov/a');
  });

  it('never calls the system for a refused link, and reports why', async () => {
    const openExternal = vi.fn(async () => {});
    const onRefused = vi.fn();
    const open = createExternalLinkOpener({ openExternal, onRefused });
    await expect(open('file:///etc/passwd')).resolves.toBe(false);
    expect(openExternal).not.toHaveBeenCalled();
    expect(onRefused).toHaveBeenCalledWith('file:///etc/passwd', expect.any(String));
  });

  it('resolves false when the system refuses to open it', async () => {
    const open = createExternalLinkOpener({ openExternal: () => Promise.reject(new Error('no browser')) });
    await expect(open('https://ods.od.nih.gov/')).resolves.toBe(false);
  });

  it(`opens at most ${LINK_OUT_LIMIT.maxOpens} links a minute and refuses the rest of a burst`, async () => {
    let nowEpochMs = 1_000_000;
    const openExternal = vi.fn(async () => {});
    const onRefused = vi.fn();
    const open = createExternalLinkOpener({ openExternal, onRefused, now: () => nowEpochMs });
    const burst = await Promise.all(Array.from({ length: 20 }, () => open('https://ods.od.nih.gov/')));
    expect(burst.filter(Boolean)).toHaveLength(LINK_OUT_LIMIT.maxOpens);
    expect(openExternal).toHaveBeenCalledTimes(LINK_OUT_LIMIT.maxOpens);
    expect(onRefused).toHaveBeenLastCalledWith('https://ods.od.nih.gov/', 'more than 3 links in a minute');
    nowEpochMs += LINK_OUT_LIMIT.windowMs - 1;
    await expect(open('https://ods.od.nih.gov/')).resolves.toBe(false);
    nowEpochMs += 1;
    await expect(open('https://ods.od.nih.gov/')).resolves.toBe(true);
  });

  it('does not count refused links against the limit', async () => {
    const openExternal = vi.fn(async () => {});
    const open = createExternalLinkOpener({ openExternal, now: () => 0 });
    for (let i = 0; i < 10; i++) await open('https://example.com/');
    await expect(open('https://ods.od.nih.gov/')).resolves.toBe(true);
  });

  it('lists only https hosts the renderer cites, each a plain lower-case name', () => {
    for (const host of LINK_OUT_HOSTS) {
      expect(checkExternalUrl(`https://${host}/`)).toEqual({ ok: true, url: `https://${host}/` });
    }
  });
});
