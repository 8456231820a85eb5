/** The document's sections in reading order; every block carries `data-offset` so positions map back to the canonical text. */
import type { ReactNode } from 'react';
import type { Section } from '../../core/corpus/types.js';
import { useI18n } from '../i18n/LanguageContext.js';
import { BlockView } from './BlockView.js';
import type { TextDecoration } from './textDecorations.js';

/** DOM id of a section, namespaced so corpus slugs never clash with the app's own ids. */
export function sectionDomId(sectionId: string): string {
  return `section-${sectionId}`;
}

export function headingDomId(sectionId: string): string {
  return `heading-${sectionId}`;
}

/** The rendered blocks of the document body in reading order; each carries its canonical start in `data-offset`. */
export function renderedBlocks(root: ParentNode = document): HTMLElement[] {
  return Array.from(root.querySelectorAll<HTMLElement>('[data-document-body] [data-offset]'));
}

/** The canonical offset a rendered block starts at. */
export function blockOffset(block: HTMLElement): number {
  return Number(block.dataset.offset);
}

/** What to scroll to the top to show `block`: its section when it is the first block under a heading, so the heading comes along. */
export function scrollTargetOf(block: HTMLElement): HTMLElement {
  const section = block.closest<HTMLElement>('[data-section-id]');
  if (!section) return block;
  const first = section.querySelector('[data-offset]');
  const heading = document.getElementById(headingDomId(section.dataset.sectionId ?? ''));
  return first === block && heading !== null ? section : block;
}

/** `decorations` mark ranges of the canonical text: search hits, find matches, theme evidence and annotations. */
export function DocumentBody({
  sections,
  decorations = [],
  sectionExtras,
}: {
  sections: Section[];
  decorations?: readonly TextDecoration[];
  /** Rendered at the top of each section, under its heading (theme chips). */
  sectionExtras?: (sectionId: string) => ReactNode;
}) {
  const { t } = useI18n();
  return (
    <div className="doc-body" lang="nl" data-testid="document-body" data-document-body="">
      {sections.map((section) =>
        section.heading === null ? (
          <section key={section.id} id={sectionDomId(section.id)} data-section-id={section.id} className="doc-section doc-section--lead" aria-label={t('toc.intro')}>
            {sectionExtras?.(section.id)}
            {section.blocks.map((block) => (
              <BlockView key={block.start} block={block} decorations={decorations} />
            ))}
          </section>
        ) : (
          <section key={section.id} id={sectionDomId(section.id)} data-section-id={section.id} className="doc-section" aria-labelledby={headingDomId(section.id)}>
            <h2 className="doc-section__heading" id={headingDomId(section.id)} tabIndex={-1}>
              {section.heading}
            </h2>
            {sectionExtras?.(section.id)}
            {section.blocks.map((block) => (
              <BlockView key={block.start} block={block} decorations={decorations} />
            ))}
          </section>
        ),
      )}
    </div>
  );
}
