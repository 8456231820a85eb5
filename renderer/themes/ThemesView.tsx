/** Placeholder until the themes views land. */
export function ThemesView(_props: { themeId?: string }) {
  return null;
}
