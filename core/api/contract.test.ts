import { describe, expect, it } from 'vitest';
import { apiErrors } from '../../common/apiError.js';
import { methodGroups, methodNames, methods } from './contract.js';
import { isWellFormedMethodName } from './transport.js';

describe('contract', () => {
  it('gives every method one home: no two domains declare the same name', () => {
    const declared = methodGroups.flatMap((group) => Object.keys(group));
    expect(new Set(declared).size).toBe(declared.length);
    expect(methodNames.sort()).toEqual([...declared].sort());
  });

  it('has method names that every transport accepts', () => {
    for (const name of methodNames) expect(isWellFormedMethodName(name), name).toBe(true);
  });

  it('refuses unknown input fields for every method', () => {
    for (const name of methodNames) {
      expect(methods[name].input.safeParse({ unexpectedField: 1 }).success, name).toBe(false);
    }
  });

  it.each([
    ['listDocuments', true],
    ['a', true],
    ['__proto__', false],
    ['constructor.prototype', false],
    ['List', false],
    ['x'.repeat(65), false],
    ['', false],
    [42, false],
  ])('treats %j as a well-formed method name: %s', (name, expected) => {
    expect(isWellFormedMethodName(name)).toBe(expected);
  });

  it('has no method name that is also an error code (they share the wire)', () => {
    for (const name of methodNames) expect(Object.keys(apiErrors)).not.toContain(name);
  });
});
