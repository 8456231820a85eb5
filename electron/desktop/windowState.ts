/** The main window's remembered size and position: validated on load, and moved back onto a screen when the screens changed. */
import { z } from 'zod';

/** A rectangle in screen coordinates. */
export interface Rectangle {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** What is remembered between runs. */
export interface WindowState {
  bounds: Rectangle;
  maximized: boolean;
}

/** Smallest window the app lays out well in; a saved state is never made smaller. */
export const minimumWindowSize = { width: 1024, height: 700 } as const;
const defaultSize = { width: 1280, height: 860 } as const;

const coordinate = z.number().int().min(-100_000).max(100_000);
const length = z.number().int().min(1).max(100_000);
const windowStateSchema = z
  .object({
    bounds: z.object({ x: coordinate, y: coordinate, width: length, height: length }).strict(),
    maximized: z.boolean(),
  })
  .strict();

/** How much of the window's title bar must lie on some screen for the window to count as reachable. */
const visibleMargin = 48;

/** `width`×`height` centred in `area`; on a screen smaller than the window its top-left corner stays on the screen. */
function centred(area: Rectangle, width: number, height: number): Rectangle {
  return { x: area.x + Math.max(0, Math.round((area.width - width) / 2)), y: area.y + Math.max(0, Math.round((area.height - height) / 2)), width, height };
}

function overlaps(bounds: Rectangle, area: Rectangle): boolean {
  return bounds.x + bounds.width - visibleMargin > area.x && bounds.x + visibleMargin < area.x + area.width && bounds.y >= area.y - visibleMargin / 2 && bounds.y + visibleMargin < area.y + area.height;
}

/** The default: the usual size, centred on the primary screen's work area (the first in `workAreas`). */
export function defaultWindowState(workAreas: readonly Rectangle[]): WindowState {
  const area = workAreas[0] ?? { x: 0, y: 0, width: defaultSize.width, height: defaultSize.height };
  const width = Math.max(minimumWindowSize.width, Math.min(defaultSize.width, area.width));
  const height = Math.max(minimumWindowSize.height, Math.min(defaultSize.height, area.height));
  return { bounds: centred(area, width, height), maximized: false };
}

/**
 * The state to open with, from whatever the state file held (`saved`, already JSON-parsed, or
 * undefined): anything malformed gives the default; a window whose title bar is on no screen any more
 * (a monitor was unplugged) is centred on the primary screen at its saved size; sizes are never below
 * the minimum nor above the screen it lands on.
 */
export function restoreWindowState(saved: unknown, workAreas: readonly Rectangle[]): WindowState {
  const parsed = windowStateSchema.safeParse(saved);
  if (!parsed.success || workAreas.length === 0) return defaultWindowState(workAreas);
  const { bounds, maximized } = parsed.data;
  const sizedFor = (area: Rectangle) => ({
    width: Math.min(Math.max(bounds.width, minimumWindowSize.width), Math.max(area.width, minimumWindowSize.width)),
    height: Math.min(Math.max(bounds.height, minimumWindowSize.height), Math.max(area.height, minimumWindowSize.height)),
  });
  // The screen it is on, judged at the size it will open with.
  for (const area of workAreas) {
    const size = sizedFor(area);
    const candidate = { x: bounds.x, y: bounds.y, ...size };
    if (overlaps(candidate, area)) return { bounds: candidate, maximized };
  }
  const primary = workAreas[0]!;
  const size = sizedFor(primary);
  return { bounds: centred(primary, size.width, size.height), maximized };
}

/** The state to save for a window with these (normal, not maximized) bounds; rounds to whole pixels. */
export function captureWindowState(normalBounds: Rectangle, maximized: boolean): WindowState {
  const round = (value: number) => Math.round(value);
  return { bounds: { x: round(normalBounds.x), y: round(normalBounds.y), width: round(normalBounds.width), height: round(normalBounds.height) }, maximized };
}
