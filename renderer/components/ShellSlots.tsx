/** What the app shell lends the shared header (the search box, the main menu), so components never import features or the view registry. */
import { createContext, useContext, type ReactNode } from 'react';
import type { MessageKey } from '../i18n/dictionary.js';

/** One entry of the main menu. */
export interface MenuLink {
  href: string;
  label: MessageKey;
  /** The view on screen is this entry or lies under it. */
  current: boolean;
}

/** The parts of the header that the shell fills in. */
export interface ShellSlots {
  search: ReactNode;
  menu: readonly MenuLink[];
}

const ShellSlotsContext = createContext<ShellSlots>({ search: null, menu: [] });

/** Provides the header's slots to everything below. */
export const ShellSlotsProvider = ShellSlotsContext.Provider;

/** The header's slots, as the shell filled them. */
export function useShellSlots(): ShellSlots {
  return useContext(ShellSlotsContext);
}
