/** The API methods about the user's data folder itself: taking it over when another window holds it. */
import { z } from 'zod';
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
};
