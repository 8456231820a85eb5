/** Placeholder until the themes views land. */
export function ThemeView(_props: { themeId?: string }) {
  return null;
}
