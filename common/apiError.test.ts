import { describe, expect, it } from 'vitest';
import { ApiError, apiErrors, describeApiError, httpStatusOf, isApiFailure, type ApiErrorCode, type ApiFailure } from './apiError.js';

describe('apiError', () => {
  it('describes every code in Dutch and in English, and the two differ', () => {
    for (const code of Object.keys(apiErrors) as ApiErrorCode[]) {
      const failure = { code, params: { id: 'x', docId: 'd', sectionId: 's', method: 'm', detail: 'd', limitBytes: 10, reason: 'read-only' } } as ApiFailure;
      const dutch = describeApiError(failure, 'nl');
      const english = describeApiError(failure, 'en');
      expect(dutch.length, code).toBeGreaterThan(5);
      expect(english, code).not.toBe(dutch);
    }
  });

  it('puts the parameters into the sentence', () => {
    expect(describeApiError({ code: 'document-not-found', params: { id: 'werkplaats-flevoland' } }, 'en')).toBe('There is no document with id "werkplaats-flevoland".');
    expect(describeApiError({ code: 'read-only', params: { reason: 'newer-version' } }, 'nl')).toMatch(/nieuwere versie/);
  });

  it('writes numbers as the language does', () => {
    expect(describeApiError({ code: 'body-too-large', params: { limitBytes: 1048576 } }, 'nl')).toBe('Verzoek is te groot (hoogstens 1.048.576 bytes).');
    expect(describeApiError({ code: 'body-too-large', params: { limitBytes: 1048576 } }, 'en')).toBe('The request is too large (at most 1,048,576 bytes).');
  });

  it('carries code and parameters in the thrown error, with the Dutch sentence as its message', () => {
    const error = new ApiError('theme-not-found', { id: 'jeugd' });
    expect(error.toFailure()).toEqual({ code: 'theme-not-found', params: { id: 'jeugd' } });
    expect(error.message).toBe('Er is geen thema met id "jeugd".');
    expect(new ApiError('internal').toFailure()).toEqual({ code: 'internal', params: {} });
  });

  it.each([
    ['invalid-input', 400],
    ['invalid-json', 400],
    ['unauthorized', 401],
    ['forbidden-origin', 403],
    ['document-not-found', 404],
    ['unknown-method', 404],
    ['method-not-allowed', 405],
    ['read-only', 409],
    ['body-too-large', 413],
    ['internal', 500],
  ] as const)('maps %s to HTTP %i', (code, status) => {
    expect(httpStatusOf(code)).toBe(status);
  });

  it('recognises only well-formed failures with a known code', () => {
    expect(isApiFailure({ code: 'document-not-found', params: { id: 'a' } })).toBe(true);
    expect(isApiFailure({ code: 'no-such-code', params: {} })).toBe(false);
    expect(isApiFailure({ code: 'internal' })).toBe(false);
    expect(isApiFailure('internal')).toBe(false);
    expect(isApiFailure({ code: 'toString', params: {} })).toBe(false);
  });

  it('reads an unknown code from a newer host as an internal error', () => {
    expect(describeApiError({ code: 'from-the-future', params: {} } as unknown as ApiFailure, 'en')).toBe(describeApiError({ code: 'internal', params: {} }, 'en'));
  });
});
