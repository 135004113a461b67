import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { APP_ID, PRODUCT_NAME } from '../src/main/app-identity';
// @ts-expect-error: a plain .mjs config without type declarations
import config from '../electron-builder.config.mjs';

const root = join(import.meta.dirname, '..');

describe('the installer configuration', () => {
  // Loading electron-builder takes a few seconds on a busy machine.
  it("passes electron-builder's own schema", { timeout: 30_000 }, async () => {
    const { validateConfiguration } = await import('app-builder-lib/out/util/config/config.js');
    await expect(validateConfiguration(config, { isEnabled: false })).resolves.toBeUndefined();
  });

  it.each([
    ['runAsNode', false],
    ['enableNodeOptionsEnvironmentVariable', false],
    ['enableNodeCliInspectArguments', false],
    ['enableEmbeddedAsarIntegrityValidation', true],
    ['onlyLoadAppFromAsar', true],
    ['grantFileProtocolExtraPrivileges', false],
    ['enableCookieEncryption', true],
  ])('sets the fuse %s to %s', (fuse, value) => {
    expect(config.electronFuses[fuse]).toBe(value);
  });

  it('sets no fuse beyond those', () => {
    expect(Object.keys(config.electronFuses)).toHaveLength(7);
  });

  it.each([
    ['linux', ['AppImage', 'deb']],
    ['win', ['nsis']],
    ['mac', ['dmg', 'zip']],
  ])('builds %s as %j', (platform, targets) => {
    expect(config[platform].target).toEqual(targets);
  });

  it('names the app as main does, so Windows shows notifications under the installed shortcut', () => {
    expect(config.appId).toBe(APP_ID);
    expect(config.productName).toBe(PRODUCT_NAME);
    expect(config.nsis.createStartMenuShortcut).toBe(true);
  });

  it('packages into app.asar what main loads at run time: the build and the icons', () => {
    expect(config.asar).toBe(true);
    expect(config.files).toEqual(expect.arrayContaining(['out/**/*', 'resources/icons/**/*']));
  });

  it.each(['linux', 'win', 'mac'])('gives %s an icon of at least 512 px', (platform) => {
    const png = readFileSync(join(root, config[platform].icon));
    expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
    expect(png.readUInt32BE(16)).toBeGreaterThanOrEqual(512);
    expect(png.readUInt32BE(20)).toBeGreaterThanOrEqual(512);
  });

  it('packages an exactly pinned, supported Electron (45 or newer: the newest three majors when set)', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    expect(pkg.devDependencies.electron).toMatch(/^\d+\.\d+\.\d+$/);
    expect(Number(pkg.devDependencies.electron.split('.')[0])).toBeGreaterThanOrEqual(45);
  });

  it('pins electron-builder to an exact version and has a dist script that uses this file', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    expect(pkg.devDependencies['electron-builder']).toMatch(/^\d+\.\d+\.\d+$/);
    expect(pkg.scripts.dist).toBe('node scripts/dist.mjs');
    expect(readFileSync(join(root, 'scripts/dist.mjs'), 'utf8')).toContain('electron-builder.config.mjs');
  });
});
