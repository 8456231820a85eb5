import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ApiError } from '../../common/apiError.js';
import { methodNames, type WerkplaatsApi } from './contract.js';
import { dispatch } from './dispatch.js';
import { stubApi } from './stubApi.js';

function recordingApi(calls: string[]): WerkplaatsApi {
  return stubApi({
    async getAppInfo() {
      calls.push('getAppInfo');
      return { corpusVersion: 'v1', documentCount: 0, readOnly: false, notices: [] };
    },
    async listDocuments() {
      calls.push('listDocuments');
      return [];
    },
    async getDocument({ id }) {
      calls.push(`getDocument:${id}`);
      throw new ApiError('document-not-found', { id });
    },
    async getReadingState() {
      throw new Error('database exploded at /home/user/secret');
    },
    async setReadingState({ docId, offset }) {
      calls.push(`setReadingState:${docId}:${offset}`);
      return { docId, offset, corpusVersion: 'v1', updatedAt: '2026-01-01T00:00:00.000Z' };
    },
    async search({ query }) {
      calls.push(`search:${query}`);
      return { hits: [], total: 0, correctedQuery: null, counts: { documents: {}, regions: {}, kinds: {}, themes: {} }, expansions: [], themes: [] };
    },
  });
}

describe('dispatch', () => {
  it('runs a valid call and wraps its value', async () => {
    const calls: string[] = [];
    expect(await dispatch(recordingApi(calls), 'listDocuments', {})).toEqual({ ok: true, value: [] });
    expect(calls).toEqual(['listDocuments']);
  });

  it.each([
    ['an unknown method', 'dropTables', {}, 'unknown-method'],
    ['a prototype key as method', '__proto__', {}, 'unknown-method'],
    ['a method that is not a string', 42, {}, 'unknown-method'],
    ['an extra input field', 'listDocuments', { admin: true }, 'invalid-input'],
    ['a missing id', 'getDocument', {}, 'invalid-input'],
    ['an id of the wrong type', 'getDocument', { id: 7 }, 'invalid-input'],
    ['a negative offset', 'setReadingState', { docId: 'a', offset: -1 }, 'invalid-input'],
    ['a fractional offset', 'setReadingState', { docId: 'a', offset: 1.5 }, 'invalid-input'],
    ['an array as input', 'listDocuments', [], 'invalid-input'],
  ])('refuses %s without running anything', async (_case, method, input, code) => {
    const calls: string[] = [];
    const result = await dispatch(recordingApi(calls), method, input);
    expect(result).toMatchObject({ ok: false, error: { code } });
    expect(calls).toEqual([]);
  });

  it('passes an expected failure through as its code and parameters', async () => {
    const result = await dispatch(recordingApi([]), 'getDocument', { id: 'onbekend' });
    expect(result).toEqual({ ok: false, error: { code: 'document-not-found', params: { id: 'onbekend' } } });
  });

  it('hides the details of unexpected errors', async () => {
    const result = await dispatch(recordingApi([]), 'getReadingState', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(JSON.stringify(result)).not.toContain('secret');
  });

  it('never throws, whatever a transport hands it', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.constantFrom(...methodNames), fc.string()), fc.anything(), async (method, input) => {
        const result = await dispatch(recordingApi([]), method, input);
        expect(typeof result.ok).toBe('boolean');
      }),
      { numRuns: 300 },
    );
  });
});
