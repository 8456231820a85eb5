/** UI strings of the theme feature, in Dutch and English; merged into the dictionary. */
import { defineStrings } from './defineStrings.js';

export const themeStrings = defineStrings({}, {});
