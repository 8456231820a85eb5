// Writes and reads the two icon containers the installers need (Windows .ico, macOS .icns), so the icon script needs no converter package.

/** ICNS type codes by pixel size: PNG payloads, as Apple's iconutil writes them. Retina (@2x) types repeat a pixel size. */
const icnsTypes = [
  { type: 'icp4', size: 16 },
  { type: 'icp5', size: 32 },
  { type: 'ic11', size: 32 },
  { type: 'icp6', size: 64 },
  { type: 'ic12', size: 64 },
  { type: 'ic07', size: 128 },
  { type: 'ic08', size: 256 },
  { type: 'ic13', size: 256 },
  { type: 'ic09', size: 512 },
  { type: 'ic14', size: 512 },
  { type: 'ic10', size: 1024 },
];

/**
 * A 32-bit BMP (DIB) icon image: bottom-up BGRA rows, then the 1-bit AND mask, as classic Windows icons hold them.
 * Small sizes stay BMP because some Windows tools (NSIS among them) read PNG entries only at 256 px.
 */
function dibImage(size, rgba) {
  const maskRowBytes = Math.ceil(size / 32) * 4;
  const header = Buffer.alloc(40);
  header.writeUInt32LE(40, 0);
  header.writeInt32LE(size, 4);
  header.writeInt32LE(size * 2, 8); // colour rows plus mask rows
  header.writeUInt16LE(1, 12);
  header.writeUInt16LE(32, 14);
  header.writeUInt32LE(size * size * 4 + maskRowBytes * size, 20);
  const pixels = Buffer.alloc(size * size * 4);
  for (let y = 0; y < size; y += 1) {
    for (let x = 0; x < size; x += 1) {
      const from = (y * size + x) * 4;
      const to = ((size - 1 - y) * size + x) * 4;
      pixels[to] = rgba[from + 2];
      pixels[to + 1] = rgba[from + 1];
      pixels[to + 2] = rgba[from];
      pixels[to + 3] = rgba[from + 3];
    }
  }
  // An all-zero AND mask: the alpha channel alone decides transparency.
  return Buffer.concat([header, pixels, Buffer.alloc(maskRowBytes * size)]);
}

/**
 * Encodes a Windows .ico from square images `{size, png, rgba}` (size ≤ 256): BMP entries below 256 px, PNG at 256.
 * @param {{size: number, png: Uint8Array, rgba: Uint8Array}[]} images
 * @returns {Buffer}
 */
export function encodeIco(images) {
  const payloads = images.map(({ size, png, rgba }) => (size >= 256 ? Buffer.from(png) : dibImage(size, rgba)));
  const directory = Buffer.alloc(6 + 16 * images.length);
  directory.writeUInt16LE(0, 0);
  directory.writeUInt16LE(1, 2); // 1 = icon
  directory.writeUInt16LE(images.length, 4);
  let offset = directory.length;
  images.forEach(({ size }, index) => {
    const entry = 6 + 16 * index;
    directory.writeUInt8(size >= 256 ? 0 : size, entry); // 0 means 256
    directory.writeUInt8(size >= 256 ? 0 : size, entry + 1);
    directory.writeUInt16LE(1, entry + 4);
    directory.writeUInt16LE(32, entry + 6);
    directory.writeUInt32LE(payloads[index].length, entry + 8);
    directory.writeUInt32LE(offset, entry + 12);
    offset += payloads[index].length;
  });
  return Buffer.concat([directory, ...payloads]);
}

/**
 * Reads an .ico's directory: each image's size and whether it is stored as PNG or BMP.
 * @param {Uint8Array} bytes
 * @returns {{size: number, format: 'png' | 'bmp', bytes: number}[]}
 */
export function readIco(bytes) {
  const buffer = Buffer.from(bytes);
  if (buffer.readUInt16LE(0) !== 0 || buffer.readUInt16LE(2) !== 1) throw new Error('Geen .ico-bestand / not an .ico file');
  const count = buffer.readUInt16LE(4);
  const entries = [];
  for (let index = 0; index < count; index += 1) {
    const entry = 6 + 16 * index;
    const length = buffer.readUInt32LE(entry + 8);
    const offset = buffer.readUInt32LE(entry + 12);
    if (offset + length > buffer.length) throw new Error('Afgekapt .ico-bestand / truncated .ico file');
    const isPng = buffer.subarray(offset, offset + 8).equals(pngSignature);
    entries.push({ size: buffer.readUInt8(entry) || 256, format: isPng ? 'png' : 'bmp', bytes: length });
  }
  return entries;
}

/**
 * Encodes a macOS .icns from square PNG images `{size, png}`; every ICNS type whose size is present is written.
 * @param {{size: number, png: Uint8Array}[]} images
 * @returns {Buffer}
 */
export function encodeIcns(images) {
  const chunks = [];
  for (const { type, size } of icnsTypes) {
    const image = images.find((candidate) => candidate.size === size);
    if (!image) continue;
    const header = Buffer.alloc(8);
    header.write(type, 0, 'ascii');
    header.writeUInt32BE(8 + image.png.length, 4);
    chunks.push(header, Buffer.from(image.png));
  }
  const body = Buffer.concat(chunks);
  const header = Buffer.alloc(8);
  header.write('icns', 0, 'ascii');
  header.writeUInt32BE(8 + body.length, 4);
  return Buffer.concat([header, body]);
}

/**
 * Reads an .icns's table: each element's type code and the pixel size of its PNG.
 * @param {Uint8Array} bytes
 * @returns {{type: string, size: number}[]}
 */
export function readIcns(bytes) {
  const buffer = Buffer.from(bytes);
  if (buffer.toString('ascii', 0, 4) !== 'icns' || buffer.readUInt32BE(4) !== buffer.length) throw new Error('Geen .icns-bestand / not an .icns file');
  const elements = [];
  for (let offset = 8; offset < buffer.length; ) {
    const type = buffer.toString('ascii', offset, offset + 4);
    const length = buffer.readUInt32BE(offset + 4);
    if (length < 8 || offset + length > buffer.length) throw new Error('Afgekapt .icns-bestand / truncated .icns file');
    elements.push({ type, size: pngSize(buffer.subarray(offset + 8, offset + length)).width });
    offset += length;
  }
  return elements;
}

const pngSignature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/**
 * The width and height of a PNG, from its IHDR chunk.
 * @param {Uint8Array} bytes
 * @returns {{width: number, height: number}}
 */
export function pngSize(bytes) {
  const buffer = Buffer.from(bytes);
  if (!buffer.subarray(0, 8).equals(pngSignature) || buffer.toString('ascii', 12, 16) !== 'IHDR') throw new Error('Geen PNG / not a PNG');
  return { width: buffer.readUInt32BE(16), height: buffer.readUInt32BE(20) };
}
