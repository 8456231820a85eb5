import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodeIcns, encodeIco, pngSize, readIcns, readIco } from './iconFormats.mjs';

const resources = join(import.meta.dirname, '..', 'resources');
const read = (name: string) => readFileSync(join(resources, name));

/** A tiny valid PNG header of the given size: enough for the containers, which never decode pixels. */
function fakePng(size: number): Uint8Array {
  const bytes = Buffer.alloc(33);
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).copy(bytes, 0);
  bytes.writeUInt32BE(13, 8);
  bytes.write('IHDR', 12, 'ascii');
  bytes.writeUInt32BE(size, 16);
  bytes.writeUInt32BE(size, 20);
  return bytes;
}

describe('the shipped icon set (resources/)', () => {
  it('was rendered from the current icon.svg (after editing it, run npm run icons)', () => {
    const svgHash = createHash('sha256').update(read('icon.svg').toString('utf8')).digest('hex');
    expect(read('icon.svg.sha256').toString('utf8').trim()).toBe(svgHash);
  });

  it('has a PNG for every size from 16 to 1024 px, each as large as its name says', () => {
    const files = readdirSync(join(resources, 'icons')).sort();
    const sizes = files.map((name) => Number(/^(\d+)x\1\.png$/.exec(name)?.[1])).sort((a, b) => a - b);
    expect(sizes).toEqual([16, 24, 32, 48, 64, 128, 256, 512, 1024]);
    for (const size of sizes) expect(pngSize(read(`icons/${size}x${size}.png`))).toEqual({ width: size, height: size });
    expect(pngSize(read('icon.png'))).toEqual({ width: 1024, height: 1024 });
  });

  it('has a Windows .ico with 16–256 px, bitmaps below 256 and a PNG at 256', () => {
    const entries = readIco(read('icon.ico'));
    expect(entries.map((entry) => entry.size)).toEqual([16, 24, 32, 48, 64, 128, 256]);
    expect(entries.map((entry) => entry.format)).toEqual(['bmp', 'bmp', 'bmp', 'bmp', 'bmp', 'bmp', 'png']);
    // A 32-bit bitmap of n×n pixels holds at least n·n·4 bytes: the pixels are really there.
    for (const entry of entries.filter((item) => item.format === 'bmp')) expect(entry.bytes).toBeGreaterThanOrEqual(40 + entry.size * entry.size * 4);
  });

  it('has a macOS .icns from 16 to 1024 px, Retina types included', () => {
    const elements = readIcns(read('icon.icns'));
    expect(elements.map((element) => element.type)).toEqual(['icp4', 'icp5', 'ic11', 'icp6', 'ic12', 'ic07', 'ic08', 'ic13', 'ic09', 'ic14', 'ic10']);
    expect(elements.find((element) => element.type === 'ic10')?.size).toBe(1024);
    expect(elements.find((element) => element.type === 'icp4')?.size).toBe(16);
  });
});

describe('iconFormats', () => {
  const sizes = [16, 24, 32, 48, 64, 128, 256];

  it('reads back every .ico it writes, sizes and formats in order', () => {
    fc.assert(
      fc.property(fc.subarray(sizes, { minLength: 1 }), (chosen) => {
        const images = chosen.map((size) => ({ size, png: fakePng(size), rgba: new Uint8Array(size * size * 4).fill(200) }));
        const entries = readIco(encodeIco(images));
        expect(entries.map((entry) => entry.size)).toEqual(chosen);
        expect(entries.map((entry) => entry.format)).toEqual(chosen.map((size) => (size === 256 ? 'png' : 'bmp')));
      }),
    );
  });

  it('reads back every .icns it writes, each type with its own pixel size', () => {
    const all = [16, 32, 64, 128, 256, 512, 1024];
    fc.assert(
      fc.property(fc.subarray(all, { minLength: 1 }), (chosen) => {
        const elements = readIcns(encodeIcns(chosen.map((size) => ({ size, png: fakePng(size) }))));
        expect(new Set(elements.map((element) => element.size))).toEqual(new Set(chosen));
      }),
    );
  });

  it.each([
    ['an empty file', new Uint8Array()],
    ['a PNG', fakePng(16)],
    ['a truncated .icns', encodeIcns([{ size: 16, png: fakePng(16) }]).subarray(0, 20)],
  ])('refuses %s as .icns with a clear error', (_name, bytes) => {
    expect(() => readIcns(bytes)).toThrow(/icns/);
  });
});
