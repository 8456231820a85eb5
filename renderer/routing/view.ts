/** What a view declares beside itself: how its hash route is read, how it renders, and whether it is in the main menu. */
import type { ReactNode } from 'react';
import type { DocumentSummary } from '../../core/corpus/types.js';
import type { AsyncState } from '../api/queries.js';
import type { MessageKey } from '../i18n/dictionary.js';

/** A hash path split into its path (`/doc/x`) and its query parameters. */
export interface HashLocation {
  path: string;
  params: URLSearchParams;
}

/** What the app shell hands every view. */
export interface ViewShell {
  /** The app's notices (restored backup, read-only data), placed by the view under its header. */
  notices: ReactNode;
  /** The library's document list, loaded once for all views. */
  documents: AsyncState<DocumentSummary[]>;
  /** The user's data is read-only here (see `AppInfo.readOnly`). */
  readOnly: boolean;
}

/** One view of the app, declared in its own feature folder and found by the registry in `renderer/views.ts`. */
export interface ViewDefinition<Params> {
  /** A stable name, unique among views. */
  id: string;
  /** Reads the view's parameters from a hash location, or null when the location is not this view's. */
  parse(location: HashLocation): Params | null;
  /** Renders the view for `params`. */
  render(params: Params, shell: ViewShell): ReactNode;
  /**
   * `plain`: the shell wraps the view in the shared header and a `<main>`. `own`: the view lays out its whole page
   * (the library and the reader, which bring their own header parts).
   */
  page: 'plain' | 'own';
  /** Remounts the view (and scrolls to the top) when this changes; defaults to the view's id. */
  key?(params: Params): string;
  /** The view restores its own scroll position instead of starting at the top (the reader). */
  keepsScroll?: boolean;
  /** Its place in the main menu, if it has one; `order` sorts the menu. */
  menu?: { label: MessageKey; order: number; href: string };
  /** The menu entry this view belongs under when it has none of its own (a theme page under "Thema’s"). */
  menuParent?: string;
}

/** Declares a view; the identity function keeps `Params` tied between `parse` and `render`. */
export function defineView<Params>(definition: ViewDefinition<Params>): ViewDefinition<Params> {
  return definition;
}

/** Splits a hash (`#/doc/a?at=3`) into its path and parameters. */
export function hashLocation(hash: string): HashLocation {
  const [path = '', search = ''] = hash.replace(/^#/, '').split(/\?(.*)/s, 2);
  return { path: path === '' ? '/' : path, params: new URLSearchParams(search) };
}

/** Decodes one path segment, or null when it is not valid percent-encoding. */
export function decodeSegment(value: string): string | null {
  try {
    return decodeURIComponent(value);
  } catch {
    return null;
  }
}

/** The app's home, the library; also where "back" and error pages lead. */
export const homeHref = '#/';

/** Goes to `href` (a hash route) without touching the path or query string. */
export function navigate(href: string): void {
  window.location.hash = href.replace(/^#/, '');
}
