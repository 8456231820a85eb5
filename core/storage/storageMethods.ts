/** The API methods about the user's data folder itself: taking it over when another window holds it. */
import { z } from 'zod';
import { defineMethod } from '../api/defineMethod.js';

/** What the host offers when the data opened read-only because another live process holds the writer lock. */
export interface DataAccess {
  /** True while the data is read-only because another process holds it, so the user may take it over. */
  canTakeOver(): boolean;
  /** Takes the writer lock from the other process and reopens the data for writing here. */
  takeOver(): Promise<void>;
}

export const storageMethods = {
  /**
   * Takes the user's data over from the other window or process that holds it, so it can be edited here; that
   * one then refuses to save. Does nothing when there is nothing to take over. Answers whether the data is still read-only.
   */
  takeOverData: defineMethod(z.object({}).strict(), async (_input, { dataAccess, store }): Promise<{ readOnly: boolean }> => {
    if (dataAccess?.canTakeOver()) await dataAccess.takeOver();
    return { readOnly: store.readOnly };
  }),
};
