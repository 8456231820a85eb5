/** The themes feature's surface for other features: links to theme pages, theme labels and data, and the reader's theme marks. */
export { themeHref, themeMapHref, themesHref } from './themeRoutes.js';
export { themeLabel } from './themeData.js';
export { useThemesInReader } from './useThemesInReader.js';
