import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { captureWindowState, defaultWindowState, minimumWindowSize, restoreWindowState, type Rectangle } from './windowState.js';
import { loadWindowState, saveWindowState, windowStateFileName } from './windowStateFile.js';

const laptop: Rectangle = { x: 0, y: 0, width: 1920, height: 1050 };
const rightMonitor: Rectangle = { x: 1920, y: 0, width: 2560, height: 1400 };

describe('restoreWindowState', () => {
  it('keeps a saved window that is on a screen', () => {
    const saved = { bounds: { x: 100, y: 80, width: 1400, height: 900 }, maximized: false };
    expect(restoreWindowState(saved, [laptop])).toEqual(saved);
    const onSecond = { bounds: { x: 2100, y: 50, width: 1600, height: 1000 }, maximized: true };
    expect(restoreWindowState(onSecond, [laptop, rightMonitor])).toEqual(onSecond);
  });

  it('brings a window back from a screen that is gone, at its size', () => {
    const saved = { bounds: { x: 2100, y: 50, width: 1600, height: 1000 }, maximized: false };
    const restored = restoreWindowState(saved, [laptop]);
    expect(restored.bounds).toEqual({ x: 160, y: 25, width: 1600, height: 1000 });
  });

  it('never opens smaller than the minimum or larger than the screen', () => {
    expect(restoreWindowState({ bounds: { x: 10, y: 10, width: 200, height: 100 }, maximized: false }, [laptop]).bounds).toMatchObject(minimumWindowSize);
    expect(restoreWindowState({ bounds: { x: 10, y: 10, width: 9000, height: 9000 }, maximized: false }, [laptop]).bounds).toMatchObject({ width: 1920, height: 1050 });
  });

  it.each([
    [undefined],
    [null],
    ['{"bounds":1}'],
    [{ bounds: { x: 0, y: 0, width: 1300 }, maximized: false }],
    [{ bounds: { x: 0, y: 0, width: 1300, height: 900 }, maximized: 'yes' }],
    [{ bounds: { x: 0.5, y: 0, width: 1300, height: 900 }, maximized: false }],
    [{ bounds: { x: 0, y: 0, width: -1, height: 900 }, maximized: false }],
    [{ bounds: { x: 0, y: 0, width: 1300, height: 900 }, maximized: false, __proto__: { evil: true }, extra: 1 }],
  ])('gives the default for %j', (saved) => {
    expect(restoreWindowState(saved, [laptop])).toEqual(defaultWindowState([laptop]));
  });

  it('always returns a window whose title bar is on one of the screens', () => {
    const area = fc.record({ x: fc.integer({ min: -5000, max: 5000 }), y: fc.integer({ min: -3000, max: 3000 }), width: fc.integer({ min: 800, max: 5000 }), height: fc.integer({ min: 600, max: 3000 }) });
    fc.assert(
      fc.property(fc.array(area, { minLength: 1, maxLength: 3 }), fc.anything(), fc.record({ x: fc.integer({ min: -100_000, max: 100_000 }), y: fc.integer({ min: -100_000, max: 100_000 }), width: fc.integer({ min: 1, max: 100_000 }), height: fc.integer({ min: 1, max: 100_000 }) }), fc.boolean(), (areas, junk, bounds, maximized) => {
        for (const saved of [junk, { bounds, maximized }]) {
          const { bounds: result } = restoreWindowState(saved, areas);
          expect(result.width).toBeGreaterThanOrEqual(minimumWindowSize.width);
          expect(result.height).toBeGreaterThanOrEqual(minimumWindowSize.height);
          const titleBar = { x: result.x + result.width / 2, y: result.y + 10 };
          const reachable = areas.some((screen) => titleBar.y >= screen.y - 24 && titleBar.y < screen.y + screen.height && result.x + result.width > screen.x && result.x < screen.x + screen.width);
          expect(reachable).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('window state file', () => {
  it('round-trips through a small JSON file in the folder', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'werkplaats-window-'));
    const state = captureWindowState({ x: 100.4, y: 80, width: 1400.6, height: 900 }, true);
    saveWindowState(folder, state);
    expect(JSON.parse(readFileSync(join(folder, windowStateFileName), 'utf8'))).toEqual({ bounds: { x: 100, y: 80, width: 1401, height: 900 }, maximized: true });
    expect(await loadWindowState(folder, [laptop])).toEqual(state);
  });

  it('opens the default window for a missing, damaged or oversized file', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'werkplaats-window-'));
    expect(await loadWindowState(folder, [laptop])).toEqual(defaultWindowState([laptop]));
    writeFileSync(join(folder, windowStateFileName), '{ kapot');
    expect(await loadWindowState(folder, [laptop])).toEqual(defaultWindowState([laptop]));
    writeFileSync(join(folder, windowStateFileName), JSON.stringify({ bounds: { x: 1, y: 1, width: 1300, height: 900 }, maximized: false, pad: 'x'.repeat(5000) }));
    expect(await loadWindowState(folder, [laptop])).toEqual(defaultWindowState([laptop]));
  });
});
