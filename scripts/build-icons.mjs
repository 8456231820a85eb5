// Renders the one icon design (resources/icon.svg) into every file the installers need: PNGs 16–1024 px, icon.ico and icon.icns.
// Usage: npm run icons   (needs Debian's Chromium, or CHROMIUM_PATH; the outputs are committed, so packaging needs no browser)
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { encodeIcns, encodeIco } from './iconFormats.mjs';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const resources = join(root, 'resources');
const svg = readFileSync(join(resources, 'icon.svg'), 'utf8');

/** Every size written as a PNG; the .ico and .icns take the ones their formats know. */
const pngSizes = [16, 24, 32, 48, 64, 128, 256, 512, 1024];

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  const page = await browser.newPage();
  // The browser draws the vector at each size itself, so small sizes are rendered, not scaled down from a big bitmap.
  const rendered = await page.evaluate(
    async ({ source, sizes }) => {
      const image = new Image();
      image.src = `data:image/svg+xml;base64,${btoa(source)}`;
      await image.decode();
      const result = [];
      for (const size of sizes) {
        const canvas = document.createElement('canvas');
        canvas.width = size;
        canvas.height = size;
        const context = canvas.getContext('2d');
        context.drawImage(image, 0, 0, size, size);
        // Raw pixels only where the .ico stores a bitmap (below 256 px); passing them as text keeps the transfer small.
        const pixels = size < 256 ? context.getImageData(0, 0, size, size).data : new Uint8ClampedArray();
        let rgba = '';
        for (let index = 0; index < pixels.length; index += 8192) rgba += String.fromCharCode(...pixels.subarray(index, index + 8192));
        result.push({ size, png: canvas.toDataURL('image/png').split(',')[1], rgba: btoa(rgba) });
      }
      return result;
    },
    { source: svg, sizes: pngSizes },
  );

  const images = rendered.map(({ size, png, rgba }) => ({ size, png: Buffer.from(png, 'base64'), rgba: Buffer.from(rgba, 'base64') }));
  const iconsDir = join(resources, 'icons');
  rmSync(iconsDir, { recursive: true, force: true });
  mkdirSync(iconsDir, { recursive: true });
  // electron-builder's Linux targets take a folder of <size>x<size>.png files.
  for (const { size, png } of images) writeFileSync(join(iconsDir, `${size}x${size}.png`), png);
  writeFileSync(join(resources, 'icon.png'), images.find((image) => image.size === 1024).png);
  writeFileSync(join(resources, 'icon.ico'), encodeIco(images.filter((image) => image.size <= 256)));
  writeFileSync(join(resources, 'icon.icns'), encodeIcns(images));
  // Records which design the files were rendered from, so a test notices an SVG edit without a re-render.
  writeFileSync(join(resources, 'icon.svg.sha256'), `${createHash('sha256').update(svg).digest('hex')}\n`);

  // A contact sheet to look at: every size as shipped, and the small ones enlarged pixel for pixel, on light and dark.
  const dataUrl = (png) => `data:image/png;base64,${png.toString('base64')}`;
  const asShipped = images.filter(({ size }) => size <= 256).map(({ size, png }) => `<figure><img src="${dataUrl(png)}" width="${size}"><figcaption>${size}</figcaption></figure>`).join('');
  const enlarged = images.filter(({ size }) => size <= 48).map(({ size, png }) => `<figure><img class="big" src="${dataUrl(png)}" width="${size * 8}"><figcaption>${size} ×8</figcaption></figure>`).join('');
  await page.setViewportSize({ width: 1400, height: 400 });
  await page.setContent(
    `<style>body{margin:0;font:14px sans-serif}section{display:flex;gap:24px;align-items:end;padding:24px}.dark{background:#202428;color:#eee}figure{margin:0;display:flex;flex-direction:column;gap:8px;align-items:center}.big{image-rendering:pixelated}</style>` +
      `<section>${asShipped}</section><section class="dark">${asShipped}</section><section>${enlarged}</section>`,
  );
  const preview = join(root, 'dist', 'icons-preview.png');
  mkdirSync(dirname(preview), { recursive: true });
  await page.screenshot({ path: preview, fullPage: true });
  console.log(`Iconen geschreven / icons written: ${pngSizes.join(', ')} px, icon.ico, icon.icns; preview: dist/icons-preview.png`);
} finally {
  await browser.close();
}
