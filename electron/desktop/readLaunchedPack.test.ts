import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readLaunchedPack } from './readLaunchedPack.js';

const folder = mkdtempSync(join(tmpdir(), 'werkplaats-launch-'));
const pack = '{\n  "format": "werkplaats-leesroute",\n  "formatVersion": 2\n}\n';

describe('readLaunchedPack', () => {
  it('reads a pack file as its name and text', async () => {
    const path = join(folder, 'mantelzorg.json');
    writeFileSync(path, pack);
    expect(await readLaunchedPack(path)).toEqual({ file: 'mantelzorg.json', content: pack });
  });

  it.each([
    ['a W3C annotation file (left to the notes import)', 'notities.json', '{"type":"AnnotationCollection"}'],
    ['a pack under another extension', 'route.md', pack],
    ['bytes that are not UTF-8', 'kapot.json', Buffer.from([0x7b, 0xff, 0xfe, 0x7d])],
    ['an empty file', 'leeg.json', ''],
  ])('passes over %s', async (_, name, content) => {
    const path = join(folder, name);
    writeFileSync(path, content);
    expect(await readLaunchedPack(path)).toBeNull();
  });

  it('passes over a folder named like a pack and a file that is not there', async () => {
    const path = join(folder, 'map.json');
    mkdirSync(path);
    expect(await readLaunchedPack(path)).toBeNull();
    expect(await readLaunchedPack(join(folder, 'bestaat-niet.json'))).toBeNull();
  });
});
