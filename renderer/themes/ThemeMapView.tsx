/** Placeholder until the themes views land. */
export function ThemeMapView(_props: { themeId?: string }) {
  return null;
}
