/** The API methods about the user's data folder itself: where it is, opening it, and taking it over when another window holds it. */
import { z } from 'zod';
import { ApiError } from '../../common/apiError.js';
import { defineMethod } from '../api/defineMethod.js';

export const storageMethods = {
  /**
   * Takes the user's data over from the other window or process that holds it, so it can be edited here; that
   * one then refuses to save. Does nothing when there is nothing to take over. Answers whether the data is still read-only.
   */
  takeOverData: defineMethod(z.object({}).strict(), async (_input, { dataAccess, store }): Promise<{ readOnly: boolean }> => {
    if (dataAccess?.canTakeOver()) await dataAccess.takeOver();
    return { readOnly: store.readOnly };
  }),
  /** Where the data folder is, and whether this host can open it for the user (the desktop app can; the browser cannot). */
  getDataFolder: defineMethod(z.object({}).strict(), async (_input, { dataAccess }): Promise<{ path: string | null; canOpen: boolean }> => ({
    path: dataAccess?.folder ?? null,
    canOpen: dataAccess?.openFolder !== undefined,
  })),
  /** Opens the data folder in the system's file manager. Takes no path: the folder is the host's own, never the caller's. */
  openDataFolder: defineMethod(z.object({}).strict(), async (_input, { dataAccess }): Promise<{ opened: true }> => {
    if (!dataAccess?.openFolder) throw new ApiError('folder-open-unavailable');
    await dataAccess.openFolder();
    return { opened: true };
  }),
};
