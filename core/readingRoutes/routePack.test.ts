import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync, writeFileSync } from 'node:fs';
import { z } from 'zod';
import { addStep, createRoute } from './editRoute.js';
import { mergeImportedRoute, readRoutePack, routePackSchema, toRoutePack } from './routePack.js';
import type { ReadingRoute } from './readingRoute.js';

const now = new Date('2026-12-02T10:00:00Z');
const source = { file: 'mantelzorg.leesroute.json', now };

function sampleRoute(): ReadingRoute {
  const route = createRoute({ id: 'route-1', title: 'Mantelzorg in drie regio’s', audience: 'tweedejaars', goals: ['Vergelijk de aanpak'] }, now);
  return addStep(route, {
    id: 'step-1',
    target: { kind: 'section', docId: 'werkplaats-flevoland', sectionId: 'inleiding' },
    instruction: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Lees de inleiding.' }] }] },
    questions: [{ id: 'q-1', prompt: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Wie doet mee?' }] }] }, promptText: 'Wie doet mee?' }],
  }, now);
}

describe('routePack', () => {
  it('reads back what it writes, labelled with its origin', () => {
    const pack = JSON.parse(JSON.stringify(toRoutePack(sampleRoute(), { author: 'J. de Vries', corpusVersion: 'abc', now })));
    const read = readRoutePack(pack, source);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.route.steps).toEqual(sampleRoute().steps);
    expect(read.route.origin).toEqual({ name: 'J. de Vries', imported: now.toISOString(), file: source.file });
  });

  it('names the file as origin when the pack has no author', () => {
    const read = readRoutePack(toRoutePack(sampleRoute(), { author: '', corpusVersion: 'abc', now }), source);
    expect(read.ok && read.route.origin?.name).toBe(source.file);
  });

  it.each([
    ['another kind of file', { format: 'iets-anders', formatVersion: 1 }, 'format'],
    ['a newer format', { format: 'werkplaats-leesroute', formatVersion: 7 }, 'formatVersion'],
    ['a step with an unknown target', 'target', 'route.steps[0].target.kind'],
    ['an extra key', 'extra', 'route'],
  ])('refuses %s with the place of the problem', (_, change, path) => {
    const pack: Record<string, unknown> = JSON.parse(JSON.stringify(toRoutePack(sampleRoute(), { author: 'x', corpusVersion: 'abc', now })));
    if (change === 'target') (pack.route as ReadingRoute).steps[0]!.target = { kind: 'video', docId: 'x' } as never;
    else if (change === 'extra') (pack.route as Record<string, unknown>).script = 'alert(1)';
    else Object.assign(pack, change);
    const read = readRoutePack(pack, source);
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.problems.map((problem) => problem.place)).toContain(path);
  });

  it('cleans hostile rich text like a typed note', () => {
    const pack = toRoutePack(sampleRoute(), { author: 'x', corpusVersion: 'abc', now });
    (pack.route.steps[0] as { instruction: unknown }).instruction = {
      type: 'doc',
      content: [{ type: 'paragraph', content: [{ type: 'text', text: 'klik', marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }] }, { type: 'script', text: 'x' }] }],
    };
    const read = readRoutePack(pack, source);
    expect(read.ok && JSON.stringify(read.route.steps[0]!.instruction)).toBe(JSON.stringify({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'klik' }] }] }));
  });

  it('never throws and never accepts arbitrary JSON as a pack (property)', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(readRoutePack(value, source).ok).toBe(false);
      }),
    );
  });

  it('keeps the JSON Schema in docs/ in step with the format (WRITE_SCHEMAS=1 rewrites it)', () => {
    const file = new URL('../../docs/route-pack.schema.json', import.meta.url);
    const generated = { $id: 'https://werkplaats-reader.invalid/route-pack.schema.json', title: 'Werkplaats Reader reading-route pack', ...z.toJSONSchema(routePackSchema, { reused: 'ref' }) };
    if (process.env.WRITE_SCHEMAS) writeFileSync(file, `${JSON.stringify(generated, null, 2)}\n`);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(generated);
  });
});

describe('mergeImportedRoute', () => {
  const route = sampleRoute();
  it.each([
    ['a new route is added', undefined, route, 'added'],
    ['a newer revision replaces the old', route, { ...route, revision: route.revision + 1 }, 'updated'],
    ['the same revision changes nothing', route, route, 'unchanged'],
    ['an older revision changes nothing', { ...route, revision: route.revision + 1 }, route, 'older'],
  ] as const)('%s', (_, existing, incoming, outcome) => {
    const merged = mergeImportedRoute(existing, incoming);
    expect(merged.outcome).toBe(outcome);
    expect(merged.route.revision).toBe(Math.max(existing?.revision ?? 0, incoming.revision));
  });
});
