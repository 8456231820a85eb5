/** UI strings of the note feature, in Dutch and English; merged into the dictionary. */
import { defineStrings } from './defineStrings.js';

export const noteStrings = defineStrings({}, {});
