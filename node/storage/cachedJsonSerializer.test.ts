import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createCachedJsonSerializer as createChunkSerializer } from './cachedJsonSerializer.js';

/** The serializer's chunks joined into the text they spell. */
function createCachedJsonSerializer() {
  const serialize = createChunkSerializer();
  return (data: unknown) => Buffer.concat(serialize(data)).toString('utf8');
}

describe('createCachedJsonSerializer', () => {
  it('writes exactly what JSON.stringify writes, for any JSON object', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.oneof(fc.array(fc.jsonValue()), fc.jsonValue())), (data) => {
        const serialize = createCachedJsonSerializer();
        expect(serialize(structuredClone(data))).toBe(JSON.stringify(data));
      }),
    );
  });

  it('reflects replaced elements and untouched ones alike across writes', () => {
    const serialize = createCachedJsonSerializer();
    const data = { schemaVersion: 2, annotations: [{ id: 'a', color: 0 }, { id: 'b', color: 1 }] };
    serialize(data);
    data.annotations[1] = { ...data.annotations[1]!, color: 3 };
    data.annotations.push({ id: 'c', color: 4 });
    expect(JSON.parse(serialize(data))).toEqual({ schemaVersion: 2, annotations: [{ id: 'a', color: 0 }, { id: 'b', color: 3 }, { id: 'c', color: 4 }] });
  });

  it('makes an in-place change to a written element fail instead of writing stale data', () => {
    const serialize = createCachedJsonSerializer();
    const data = { annotations: [{ id: 'a', tags: ['x'] }] };
    serialize(data);
    expect(() => {
      data.annotations[0]!.tags.push('y');
    }).toThrow(TypeError);
  });
});
