import { describe, expect, it, vi } from 'vitest';
import { checkExternalUrl, createExternalLinkOpener } from './external-links';

describe('checkExternalUrl', () => {
  it.each([
    [
      'https://ods.od.nih.gov/factsheets/Magnesium-HealthProfessional/',
      'https://ods.od.nih.gov/factsheets/Magnesium-HealthProfessional/',
    ],
    ['https://fdc.nal.usda.gov/?query=spinach#top', 'https://fdc.nal.usda.gov/?query=spinach#top'],
    // the host is lower-cased by the parser; what opens is the normalised form
    ['https://WWW.Example.COM/Path', 'https://www.example.com/Path'],
    // an explicit default port is dropped by the parser and allowed
    ['https://example.com:443/', 'https://example.com/'],
  ])('accepts the plain https link %s', (raw, expected) => {
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
  ])('refuses %s', (_label, raw) => {
    expect(checkExternalUrl(raw).ok).toBe(false);
  });
});

describe('createExternalLinkOpener', () => {
  it('opens an accepted link with the normalised URL', async () => {
    const openExternal = vi.fn(async () => {});
    const open = createExternalLinkOpener({ openExternal });
    await expect(open('https://Example.com/a')).resolves.toBe(true);
    expect(openExternal).toHaveBeenCalledWith('https://example.com/a');
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
    await expect(open('https://example.com/')).resolves.toBe(false);
  });
});
