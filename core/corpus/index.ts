/** Why: the rest of the app imports the corpus pipeline from one place. */
export { buildBundle } from './buildBundle.js';
export { composeDocument, type BlockDraft, type DocumentDraft, type SectionDraft } from './composeDocument.js';
export { corpusOverridesSchema, parseCorpusOverrides, type CorpusOverride, type CorpusOverrides } from './corpusOverrides.js';
export { CorpusParseError } from './corpusParseError.js';
export { parsePage, type CorpusPage, type ParseContext, type ParsedPage } from './parsePage.js';
export { toDocumentSummary } from './toDocumentSummary.js';
export type * from './types.js';
export { findOffsetProblems } from './findOffsetProblems.js';
