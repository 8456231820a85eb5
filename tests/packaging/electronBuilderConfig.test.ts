import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { deepLinkScheme } from '../../core/links/deepLink.js';

const require = createRequire(import.meta.url);
const yaml = require('js-yaml') as { load(text: string): unknown };
const root = join(import.meta.dirname, '..', '..');

/** electron-builder's own JSON schema of its configuration, as shipped in app-builder-lib (compiling it takes seconds, so once). */
const validate = new Ajv({ allErrors: true, strict: false }).compile(JSON.parse(readFileSync(require.resolve('app-builder-lib/scheme.json'), 'utf8')) as object);

interface BuilderConfig {
  appId: string;
  productName: string;
  asar: boolean;
  afterPack: string;
  files: string[];
  protocols: { name: string; schemes: string[] }[];
  linux: { target: string[]; icon: string; maintainer: string };
  win: { target: string[]; icon: string };
  mac: { target: string[]; icon: string };
}

const config = yaml.load(readFileSync(join(root, 'electron-builder.yml'), 'utf8')) as BuilderConfig;

describe('electron-builder.yml', () => {
  it("is valid against electron-builder's own schema", () => {
    expect(validate(config), JSON.stringify(validate.errors, null, 2)).toBe(true);
  });

  it('would be caught by that schema if it had a typo', () => {
    expect(validate({ ...config, linux: { ...config.linux, targets: ['deb'] } })).toBe(false);
  });

  it('gives the deb what it requires: a maintainer with an e-mail address, and a homepage and author in package.json', () => {
    const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { author?: { name?: string; email?: string }; homepage?: string };
    const address = /^[^<>]+ <[^@\s<>]+@[^@\s<>]+\.[a-z]{2,}>$/;
    expect(config.linux.maintainer).toMatch(address);
    expect(`${manifest.author?.name} <${manifest.author?.email}>`).toMatch(address);
    expect(manifest.homepage).toMatch(/^https:\/\//);
  });

  it('builds AppImage and deb, NSIS and dmg, with the app id and product name', () => {
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(config.win.target).toEqual(['nsis']);
    expect(config.mac.target).toEqual(['dmg']);
    expect(config.appId).toBe('nl.werkplaatsen.reader');
    expect(config.productName).toBe('Werkplaats Reader');
  });

  it("registers the app's own link scheme with the operating system", () => {
    expect(config.protocols.flatMap((protocol) => protocol.schemes)).toEqual([deepLinkScheme]);
  });

  it('points at icon files that exist, packs into asar and runs the fuse hook', () => {
    expect(existsSync(join(root, config.linux.icon, '256x256.png'))).toBe(true);
    expect(existsSync(join(root, config.win.icon))).toBe(true);
    expect(existsSync(join(root, config.mac.icon))).toBe(true);
    expect(config.asar).toBe(true);
    expect(config.afterPack).toBe('./scripts/afterPack.mjs');
    expect(config.files).toContain('dist/corpus/**');
    expect(config.files).toContain('!**/*.map');
  });
});
