/** The reader's own settings (text size, line width, line spacing, motion), kept in this browser and applied as data attributes on <html>, never as inline styles. */

export interface ReadingSettings {
  /** Text size step, 0 (smallest) to 5; 2 is the default. */
  size: number;
  width: 'narrow' | 'normal' | 'wide';
  spacing: 'compact' | 'normal' | 'relaxed';
  /** `system` follows the system's reduced-motion setting. */
  motion: 'system' | 'reduce' | 'full';
}

export const sizeSteps = 6;
export const widths: readonly ReadingSettings['width'][] = ['narrow', 'normal', 'wide'];
export const spacings: readonly ReadingSettings['spacing'][] = ['compact', 'normal', 'relaxed'];
export const motions: readonly ReadingSettings['motion'][] = ['system', 'reduce', 'full'];
export const defaultReadingSettings: ReadingSettings = { size: 2, width: 'normal', spacing: 'normal', motion: 'system' };

const storageKey = 'werkplaats-reading';

/** Reads stored settings; anything missing or malformed falls back to its default. */
export function parseReadingSettings(text: string | null): ReadingSettings {
  let value: Partial<Record<keyof ReadingSettings, unknown>> = {};
  try {
    const parsed: unknown = text ? JSON.parse(text) : {};
    if (parsed && typeof parsed === 'object') value = parsed as typeof value;
  } catch {
    value = {};
  }
  const size = typeof value.size === 'number' && Number.isInteger(value.size) && value.size >= 0 && value.size < sizeSteps ? value.size : defaultReadingSettings.size;
  const pick = <T extends string>(options: readonly T[], candidate: unknown, fallback: T): T => (options.includes(candidate as T) ? (candidate as T) : fallback);
  return {
    size,
    width: pick(widths, value.width, defaultReadingSettings.width),
    spacing: pick(spacings, value.spacing, defaultReadingSettings.spacing),
    motion: pick(motions, value.motion, defaultReadingSettings.motion),
  };
}

export function storedReadingSettings(): ReadingSettings {
  try {
    return parseReadingSettings(localStorage.getItem(storageKey));
  } catch {
    return defaultReadingSettings;
  }
}

export function storeReadingSettings(settings: ReadingSettings): void {
  try {
    localStorage.setItem(storageKey, JSON.stringify(settings));
  } catch {
    // Without storage the settings last for this visit only.
  }
}

/** Puts the settings on <html> as `data-reading-size`, `data-reading-width`, `data-reading-spacing` and `data-motion`. */
export function applyReadingSettings(settings: ReadingSettings): void {
  const root = document.documentElement.dataset;
  root.readingSize = String(settings.size);
  root.readingWidth = settings.width;
  root.readingSpacing = settings.spacing;
  const reduce = settings.motion === 'reduce' || (settings.motion === 'system' && window.matchMedia('(prefers-reduced-motion: reduce)').matches);
  root.motion = reduce ? 'reduce' : 'full';
}
