/** Why: taking the data over from another window is the host's business (locks, files); the API reaches it only through this small interface. */

/** What the host offers when the data opened read-only because another live process holds the writer lock. */
export interface DataAccess {
  /** True while the data is read-only because another process holds it, so the user may take it over. */
  canTakeOver(): boolean;
  /** Takes the writer lock from the other process and reopens the data for writing here. */
  takeOver(): Promise<void>;
}
