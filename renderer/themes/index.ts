/** The themes feature's surface for other features: links to theme pages, theme labels and data, the reader's theme marks and the small theme map. */
export { themeHref, themeMapHref, themesHref } from './themeRoutes.js';
export { themeLabel } from './themeData.js';
export { useThemesInReader } from './useThemesInReader.js';
export { ThemeMiniMap, type MiniMapRoute } from './ThemeMiniMap.js';
