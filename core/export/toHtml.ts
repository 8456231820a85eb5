/** Why: one self-contained, printable HTML file is what people open, mail and print, and it is also the source of the PDF; user text in it can never run as code. */
import { citationParts, referenceParts } from './citation.js';
import { escapeHtml } from './escapeHtml.js';
import type { ExportAnnotation, ExportModel } from './exportModel.js';
import { fillTemplate } from './exportStrings.js';
import { noteToHtml } from './noteToHtml.js';

/**
 * The Content-Security-Policy the file carries: no script of any kind, no frames, no plugins, no forms,
 * no outside requests; only the file's own inline styles.
 */
export const exportContentSecurityPolicy = "default-src 'none'; script-src 'none'; object-src 'none'; frame-src 'none'; child-src 'none'; worker-src 'none'; connect-src 'none'; img-src 'none'; font-src 'none'; media-src 'none'; form-action 'none'; base-uri 'none'; style-src 'unsafe-inline'";

const styles = `
:root { color-scheme: light; --text: #1c2024; --muted: #545b63; --border: #e0dbd0; --accent: #14616a; --surface: #fffefb;
  --c0: #fff0a6; --c1: #c9f0cf; --c2: #cfe3ff; --c3: #f9d3e6; --c4: #e2d6fb; --e0: #c9a800; --e1: #3f9b4d; --e2: #3a78c9; --e3: #c2508a; --e4: #7a5cc7; }
* { box-sizing: border-box; }
html { background: #f6f4ef; }
body { margin: 0 auto; max-width: 46rem; padding: 2.5rem 1.5rem 4rem; background: var(--surface); color: var(--text);
  font: 1.0625rem/1.6 Charter, 'Bitstream Charter', 'Sitka Text', Cambria, Georgia, 'Source Serif 4', 'Noto Serif', 'Liberation Serif', 'DejaVu Serif', serif; }
h1, h2, h3, h4, h5, h6, .meta, .tags, .citation, .count, footer { font-family: system-ui, -apple-system, 'Segoe UI', Roboto, 'Liberation Sans', 'DejaVu Sans', sans-serif; }
h1 { font-size: 1.75rem; line-height: 1.25; margin: 0 0 .25rem; }
h2 { font-size: 1.35rem; margin: 2.5rem 0 .75rem; padding-bottom: .3rem; border-bottom: 2px solid var(--border); }
h3 { font-size: 1.1rem; margin: 1.75rem 0 .5rem; color: var(--accent); }
h4, h5, h6 { font-size: 1rem; margin: 1rem 0 .25rem; }
.count, .meta { color: var(--muted); font-size: .875rem; margin: 0; }
dl.meta { display: grid; grid-template-columns: max-content 1fr; gap: .1rem 1rem; margin: 1rem 0 0; }
dl.meta dt { font-weight: 600; }
dl.meta dd { margin: 0; overflow-wrap: anywhere; }
article.annotation { margin: 1.25rem 0; padding: 0 0 1rem; border-bottom: 1px solid var(--border); break-inside: avoid; }
blockquote.quote { margin: 0 0 .6rem; padding: .5rem .9rem; border-left: 4px solid var(--e0); background: var(--c0); white-space: pre-wrap; }
.color-1 blockquote.quote { border-color: var(--e1); background: var(--c1); }
.color-2 blockquote.quote { border-color: var(--e2); background: var(--c2); }
.color-3 blockquote.quote { border-color: var(--e3); background: var(--c3); }
.color-4 blockquote.quote { border-color: var(--e4); background: var(--c4); }
.note { margin: .25rem 0 .5rem; }
.note p { margin: .3rem 0; }
.note blockquote { margin: .4rem 0; padding-left: .8rem; border-left: 3px solid var(--border); color: var(--muted); }
.tags { display: flex; flex-wrap: wrap; gap: .35rem; list-style: none; margin: .4rem 0; padding: 0; font-size: .8rem; }
.tags li { border: 1px solid var(--border); border-radius: 999px; padding: 0 .55rem; }
.citation { color: var(--muted); font-size: .85rem; margin: .3rem 0 0; overflow-wrap: anywhere; }
.orphan { display: inline-block; margin-left: .4rem; padding: 0 .4rem; border-radius: 4px; background: #fbeed5; color: #7a4a00; font-size: .8rem; }
a { color: var(--accent); }
ol.references { padding-left: 1.25rem; }
ol.references li { margin: .4rem 0; padding-left: .25rem; text-indent: -1.5rem; margin-left: 1.5rem; list-style: none; }
footer { margin-top: 3rem; color: var(--muted); font-size: .8rem; }
@page { size: A4; margin: 18mm 16mm; }
@media print {
  html, body { background: #fff; }
  body { max-width: none; padding: 0; font-size: 11pt; }
  h2, h3 { break-after: avoid; }
  a { color: inherit; text-decoration: none; }
  .citation a::after { content: ' (' attr(href) ')'; }
}
`;

function annotationHtml(annotation: ExportAnnotation, model: ExportModel): string {
  const { strings } = model;
  const citation = citationParts(annotation, model);
  const parts = [`<article class="annotation color-${annotation.color}" id="a-${escapeHtml(annotation.id)}">`];
  parts.push(`<blockquote class="quote">${escapeHtml(annotation.quote)}</blockquote>`);
  if (annotation.note !== null) parts.push(`<div class="note">${noteToHtml(annotation.note)}</div>`);
  if (annotation.tags.length > 0) parts.push(`<ul class="tags" aria-label="${escapeHtml(strings.tags)}">${annotation.tags.map((tag) => `<li>#${escapeHtml(tag)}</li>`).join('')}</ul>`);
  parts.push(
    `<p class="meta">${escapeHtml(strings.color)}: ${escapeHtml(annotation.colorLabel)}${annotation.orphan ? `<span class="orphan">${escapeHtml(strings.orphanMark)}</span>` : ''}</p>`,
    `<p class="citation">— <cite>${escapeHtml(citation.title)}</cite>${citation.section ? `, ${escapeHtml(citation.section)}` : ''}${citation.source ? `, ${escapeHtml(citation.source)}` : ''} · <a href="${escapeHtml(citation.deepLink)}">${escapeHtml(strings.openInApp)}</a></p>`,
    '</article>',
  );
  return parts.join('');
}

/** The export as HTML in pieces (one per highlight, plus head, headings, notebook and references), so long exports can report progress. */
export function* htmlChunks(model: ExportModel): Generator<string> {
  const { strings } = model;
  const out: string[] = [];
  const flush = () => `${out.splice(0).join('\n')}\n`;
  out.push(
    '<!doctype html>',
    `<html lang="${model.language}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${exportContentSecurityPolicy}">`,
    '<meta name="referrer" content="no-referrer">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta name="generator" content="Werkplaats Reader ${escapeHtml(model.appVersion)}">`,
    `<title>${escapeHtml(model.title)}</title>`,
    `<style>${styles}</style>`,
    '</head>',
    '<body>',
    '<header>',
    `<h1>${escapeHtml(model.title)}</h1>`,
    `<p class="count">${escapeHtml(fillTemplate(strings.count, { annotations: model.annotations.length, notebook: model.notebook.length }))}</p>`,
    `<dl class="meta"><dt>${escapeHtml(strings.scope)}</dt><dd>${escapeHtml(model.scopeLabel)}</dd><dt>${escapeHtml(strings.exported)}</dt><dd><time datetime="${escapeHtml(model.exportedAt)}">${escapeHtml(model.exportedAt.slice(0, 10))}</time></dd><dt>${escapeHtml(strings.corpusVersion)}</dt><dd>${escapeHtml(model.corpusVersion)}</dd><dt>${escapeHtml(strings.appVersion)}</dt><dd>${escapeHtml(model.appVersion)}</dd></dl>`,
    '</header>',
    '<main>',
  );
  if (model.includes.highlights && model.groups.length === 0) out.push(`<p><em>${escapeHtml(strings.noHighlights)}</em></p>`);
  yield flush();
  for (const group of model.groups) {
    out.push(`<section class="group"><h2>${escapeHtml(group.title)}</h2>`);
    for (const subgroup of group.subgroups) {
      if (subgroup.heading !== null) out.push(`<h3>${escapeHtml(subgroup.heading)}</h3>`);
      for (const annotation of subgroup.annotations) {
        out.push(annotationHtml(annotation, model));
        yield flush();
      }
    }
    out.push('</section>');
  }
  if (model.notebook.length > 0) {
    out.push(`<section class="notebook"><h2>${escapeHtml(strings.notebook)}</h2>`);
    for (const note of model.notebook) out.push(`<h3>${escapeHtml(note.title)}</h3><div class="note">${noteToHtml(note.content)}</div>`);
    out.push('</section>');
  }
  if (model.sources.length > 0) {
    out.push(`<section class="sources"><h2>${escapeHtml(strings.references)}</h2><ol class="references">`);
    for (const source of model.sources) {
      const reference = referenceParts(source, model);
      out.push(`<li>${escapeHtml(reference.lead)}<cite>${escapeHtml(reference.title)}</cite>${escapeHtml(reference.tail)} <a href="${escapeHtml(reference.deepLink)}">${escapeHtml(strings.openInApp)}</a></li>`);
    }
    out.push('</ol></section>');
  }
  out.push('</main>', `<footer>Werkplaats Reader ${escapeHtml(model.appVersion)}</footer>`, '</body>', '</html>');
  yield flush();
}

/** The export as one self-contained HTML document: its own styles, a CSP without script, every user string escaped. */
export function toHtml(model: ExportModel): string {
  return [...htmlChunks(model)].join('');
}
