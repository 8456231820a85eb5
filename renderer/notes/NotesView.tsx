/** Placeholder until the annotations overview lands. */
export function NotesView() {
  return null;
}
