/**
 * Why: the JSON export is the reader's lossless backup and the format the import reads back, so it follows
 * the W3C Web Annotation Data Model (JSON-LD) and keeps everything the app stores in `werkplaats:` extensions.
 *
 * Shape (one `AnnotationCollection`, all annotations in one embedded `AnnotationPage`):
 *
 * ```jsonc
 * {
 *   "@context": ["http://www.w3.org/ns/anno.jsonld", { "werkplaats": "urn:werkplaats-reader:ns:", …"@json" typed extensions }],
 *   "id": "urn:werkplaats-reader:export:<exportedAt>",
 *   "type": "AnnotationCollection",
 *   "label": "Aantekeningen — alles",
 *   "total": 2,
 *   "generator": { "id": "urn:werkplaats-reader:app", "type": "Software", "name": "Werkplaats Reader", "werkplaats:version": "0.1.0" },
 *   "generated": "2026-12-02T20:00:00.000Z",
 *   "werkplaats:format": 1,
 *   "werkplaats:corpusVersion": "<bundle hash at export time>",
 *   "werkplaats:scope": { "kind": "all" },                 // the ExportScope
 *   "werkplaats:colorLabels": ["belangrijk", "vraag", "definitie", "voorbeeld", "kritiek"],
 *   "werkplaats:notebook": [ { "id", "scope": NotebookScope, "content": tiptap JSON, "text", "created", "modified" } ],
 *   "first": {
 *     "id": "urn:werkplaats-reader:export:<exportedAt>#page-1", "type": "AnnotationPage", "startIndex": 0,
 *     "items": [ {
 *       "id": "urn:werkplaats-reader:annotation:<encoded id>",
 *       "type": "Annotation",
 *       "motivation": "highlighting",
 *       "created": ISO, "modified": ISO,
 *       "body": [                                             // absent when there is no note and no tag
 *         { "type": "TextualBody", "purpose": "commenting", "format": "text/html", "value": "<p>…</p>",
 *           "werkplaats:tiptap": { "type": "doc", "content": [ … ] } },      // the note exactly as stored
 *         { "type": "TextualBody", "purpose": "tagging", "value": "<tag>" }  // one per tag, in order
 *       ],
 *       "target": {
 *         "type": "SpecificResource",
 *         "source": "werkplaats://doc/<docId>",
 *         "selector": [ { "type": "TextQuoteSelector", "exact", "prefix", "suffix" },
 *                       { "type": "TextPositionSelector", "start", "end" } ],   // as stored, unchanged
 *         "werkplaats:docId": "<docId>", "werkplaats:documentTitle": "…", "werkplaats:sourceFile": "000_….txt" | null
 *       },
 *       "werkplaats:id": "<id as stored>",
 *       "werkplaats:color": 0..4, "werkplaats:colorLabel": "belangrijk",
 *       "werkplaats:corpusVersion": "<version the selectors were made against>",
 *       "werkplaats:orphan": false,                           // true: not found in the current text
 *       "werkplaats:section": { "id": "…", "heading": "…" } | null
 *     } ]
 *   }
 * }
 * ```
 *
 * Reading back: `werkplaats:id`, `target["werkplaats:docId"]`, `target.selector`, `werkplaats:corpusVersion`,
 * `werkplaats:color`, the tagging bodies' values, the commenting body's `werkplaats:tiptap`, `created` and
 * `modified` restore an `Annotation` field for field (its `noteText` is derived from the note again).
 */
import type { NotebookScope } from '../annotations/notebookNote.js';
import type { Selector } from '../../common/annotations/selectors.js';
import type { NoteDocument } from '../../common/notes/noteDocument.js';
import { formatDeepLink } from '../links/deepLink.js';
import type { ExportAnnotation, ExportModel } from './exportModel.js';
import type { ExportScope } from './exportOptions.js';
import { noteToHtml } from './noteToHtml.js';

/** The W3C Web Annotation JSON-LD context. */
export const webAnnotationContext = 'http://www.w3.org/ns/anno.jsonld';
/** The IRI the `werkplaats:` extension prefix expands to. */
export const werkplaatsNamespace = 'urn:werkplaats-reader:ns:';
/** Bumped when the extensions change shape. */
export const webAnnotationExportFormat = 1;

/** The JSON-LD context of an export: the W3C one plus the app's extension terms (JSON values kept as they are). */
export const exportContext = [
  webAnnotationContext,
  {
    werkplaats: werkplaatsNamespace,
    'werkplaats:tiptap': { '@type': '@json' },
    'werkplaats:scope': { '@type': '@json' },
    'werkplaats:colorLabels': { '@type': '@json' },
    'werkplaats:notebook': { '@type': '@json' },
    'werkplaats:section': { '@type': '@json' },
  },
] as const;

/** A note or tag body. */
export type WebAnnotationBody =
  | { type: 'TextualBody'; purpose: 'commenting'; format: 'text/html'; value: string; 'werkplaats:tiptap': NoteDocument }
  | { type: 'TextualBody'; purpose: 'tagging'; value: string };

/** One exported annotation. */
export interface WebAnnotation {
  id: string;
  type: 'Annotation';
  motivation: 'highlighting';
  created: string;
  modified: string;
  body?: WebAnnotationBody[];
  target: {
    type: 'SpecificResource';
    source: string;
    selector: Selector[];
    'werkplaats:docId': string;
    'werkplaats:documentTitle': string;
    'werkplaats:sourceFile': string | null;
  };
  'werkplaats:id': string;
  'werkplaats:color': number;
  'werkplaats:colorLabel': string;
  'werkplaats:corpusVersion': string;
  'werkplaats:orphan': boolean;
  'werkplaats:section': { id: string; heading: string | null } | null;
}

/** A notebook page in the export. */
export interface WebAnnotationNotebookNote {
  id: string;
  scope: NotebookScope;
  content: NoteDocument;
  text: string;
  created: string;
  modified: string;
}

/** The whole export. */
export interface WebAnnotationCollection {
  '@context': typeof exportContext;
  id: string;
  type: 'AnnotationCollection';
  label: string;
  total: number;
  generator: { id: string; type: 'Software'; name: string; 'werkplaats:version': string };
  generated: string;
  'werkplaats:format': number;
  'werkplaats:corpusVersion': string;
  'werkplaats:scope': ExportScope;
  'werkplaats:colorLabels': string[];
  'werkplaats:notebook': WebAnnotationNotebookNote[];
  first: { id: string; type: 'AnnotationPage'; startIndex: 0; items: WebAnnotation[] };
}

/** The IRI of an annotation id (any string the app stored). */
export function annotationIri(id: string): string {
  return `urn:werkplaats-reader:annotation:${encodeURIComponent(id)}`;
}

/** One annotation of the model as a W3C annotation. */
export function toWebAnnotation(annotation: ExportAnnotation): WebAnnotation {
  const body: WebAnnotationBody[] = [];
  if (annotation.note !== null) body.push({ type: 'TextualBody', purpose: 'commenting', format: 'text/html', value: noteToHtml(annotation.note), 'werkplaats:tiptap': annotation.note });
  for (const tag of annotation.tags) body.push({ type: 'TextualBody', purpose: 'tagging', value: tag });
  return {
    id: annotationIri(annotation.id),
    type: 'Annotation',
    motivation: 'highlighting',
    created: annotation.created,
    modified: annotation.modified,
    ...(body.length > 0 ? { body } : {}),
    target: {
      type: 'SpecificResource',
      source: formatDeepLink({ docId: annotation.docId, fragment: null }),
      selector: annotation.selectors,
      'werkplaats:docId': annotation.docId,
      'werkplaats:documentTitle': annotation.documentTitle,
      'werkplaats:sourceFile': annotation.sourceFile,
    },
    'werkplaats:id': annotation.id,
    'werkplaats:color': annotation.color,
    'werkplaats:colorLabel': annotation.colorLabel,
    'werkplaats:corpusVersion': annotation.corpusVersion,
    'werkplaats:orphan': annotation.orphan,
    'werkplaats:section': annotation.sectionId === null ? null : { id: annotation.sectionId, heading: annotation.sectionHeading },
  };
}

/** The model as a W3C `AnnotationCollection` object (see the module comment for its shape). */
export function toWebAnnotationCollection(model: ExportModel): WebAnnotationCollection {
  const id = `urn:werkplaats-reader:export:${model.exportedAt}`;
  return {
    '@context': exportContext,
    id,
    type: 'AnnotationCollection',
    label: model.title,
    total: model.annotations.length,
    generator: { id: 'urn:werkplaats-reader:app', type: 'Software', name: 'Werkplaats Reader', 'werkplaats:version': model.appVersion },
    generated: model.exportedAt,
    'werkplaats:format': webAnnotationExportFormat,
    'werkplaats:corpusVersion': model.corpusVersion,
    'werkplaats:scope': model.scope,
    'werkplaats:colorLabels': [...model.colorLabels],
    'werkplaats:notebook': model.notebook.map(({ id: noteId, scope, content, text, created, modified }) => ({ id: noteId, scope, content, text, created, modified })),
    first: { id: `${id}#page-1`, type: 'AnnotationPage', startIndex: 0, items: model.annotations.map(toWebAnnotation) },
  };
}

/** The export as JSON-LD text (two-space indented, ending in a newline). */
export function formatWebAnnotationJson(model: ExportModel): string {
  return `${JSON.stringify(toWebAnnotationCollection(model), null, 2)}\n`;
}
