import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addStep, createRoute, moveStep, removeStep } from './editRoute.js';
import type { ReadingRoute, RouteStep } from './readingRoute.js';

const now = new Date('2026-12-02T10:00:00Z');
const later = new Date('2026-12-02T11:00:00Z');

function step(id: string): RouteStep {
  return { id, target: { kind: 'document', docId: 'werkplaats-flevoland' }, instruction: null, questions: [] };
}

function routeWith(ids: readonly string[]): ReadingRoute {
  return ids.reduce((route, id) => addStep(route, step(id), now), createRoute({ id: 'r1', title: '  Mantelzorg in de regio ' }, now));
}

const stepIds = (route: ReadingRoute) => route.steps.map((entry) => entry.id);

describe('editRoute', () => {
  it('makes a route with a trimmed title, no steps and revision 1', () => {
    const route = createRoute({ id: 'r1', title: '  Mantelzorg  ', goals: [' doel ', '  '] }, now);
    expect(route).toMatchObject({ title: 'Mantelzorg', goals: ['doel'], steps: [], revision: 1, origin: null });
  });

  it('adds steps at the end or at a place, and raises the revision each time', () => {
    const route = addStep(routeWith(['a', 'b']), step('c'), later, 1);
    expect(stepIds(route)).toEqual(['a', 'c', 'b']);
    expect(route.revision).toBe(4);
    expect(route.modified).toBe(later.toISOString());
  });

  it('refuses a step whose id is already in the route', () => {
    expect(() => addStep(routeWith(['a']), step('a'), now)).toThrow(RangeError);
  });

  it('moves a step up and down, clamped to the list', () => {
    expect(stepIds(moveStep(routeWith(['a', 'b', 'c']), 'c', 0, later))).toEqual(['c', 'a', 'b']);
    expect(stepIds(moveStep(routeWith(['a', 'b', 'c']), 'a', 99, later))).toEqual(['b', 'c', 'a']);
    const unchanged = routeWith(['a', 'b']);
    expect(moveStep(unchanged, 'missing', 0, later)).toBe(unchanged);
  });

  it('removes a step and says where it stood, so undo puts it back in place', () => {
    const { route, removed } = removeStep(routeWith(['a', 'b', 'c']), 'b', later);
    expect(stepIds(route)).toEqual(['a', 'c']);
    expect(removed?.index).toBe(1);
    expect(stepIds(addStep(route, removed!.step, later, removed!.index))).toEqual(['a', 'b', 'c']);
  });

  it('never loses or duplicates a step, whatever the moves (property)', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.string({ minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 12 }),
        fc.array(fc.tuple(fc.nat(20), fc.integer({ min: -3, max: 20 })), { maxLength: 20 }),
        (ids, moves) => {
          let route = routeWith(ids);
          for (const [which, to] of moves) route = moveStep(route, ids[which % ids.length]!, to, later);
          expect([...stepIds(route)].sort()).toEqual([...ids].sort());
        },
      ),
    );
  });

  it('removing then re-adding at the reported place restores the order (property)', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.string({ minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 12 }), fc.nat(), (ids, pick) => {
        const original = routeWith(ids);
        const { route, removed } = removeStep(original, ids[pick % ids.length]!, later);
        expect(stepIds(addStep(route, removed!.step, later, removed!.index))).toEqual(ids);
      }),
    );
  });
});
