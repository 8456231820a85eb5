/** Why: the data folder (taking it over from another window, showing and opening it) is the host's business; the API reaches it only through this small interface. */

/** What the host offers about the data folder. */
export interface DataAccess {
  /** The data folder's absolute path, to show the user where their data lives. */
  folder?: string;
  /** True while the data is read-only because another process holds it, so the user may take it over. */
  canTakeOver(): boolean;
  /** Takes the writer lock from the other process and reopens the data for writing here. */
  takeOver(): Promise<void>;
  /**
   * Opens the data folder (always `folder`, never a path from the caller) in the system's file manager; only where
   * the host can (the desktop app). Rejects with an `ApiError` when the system could not open it.
   */
  openFolder?: () => Promise<void>;
}
