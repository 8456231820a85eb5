/** UI strings of the search feature, in Dutch and English; merged into the dictionary. */
import { defineStrings } from './defineStrings.js';

export const searchStrings = defineStrings({}, {});
