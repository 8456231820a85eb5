import { describe, expect, it } from 'vitest';
import { applyEdit, isRightPlace } from './trackEdits.js';

describe('applyEdit', () => {
  it('shifts a range when a character is inserted before it and grows it when inserted inside', () => {
    const range = { start: 4, end: 8 };
    let text = applyEdit('abc defg hij', { kind: 'insert', position: 0, character: 'x' }, [range]);
    expect(text.slice(range.start, range.end)).toBe('defg');
    text = applyEdit(text, { kind: 'insert', position: 7, character: 'Y' }, [range]);
    expect(text.slice(range.start, range.end)).toBe('deYfg');
  });

  it('shrinks a range when a character inside it is deleted and shifts it for deletions before', () => {
    const range = { start: 4, end: 8 };
    let text = applyEdit('abc defg hij', { kind: 'delete', position: 5 }, [range]);
    expect(text.slice(range.start, range.end)).toBe('dfg');
    text = applyEdit(text, { kind: 'delete', position: 0 }, [range]);
    expect(text.slice(range.start, range.end)).toBe('dfg');
  });
});

describe('isRightPlace', () => {
  it('accepts an anchor covering most of the true range and rejects one elsewhere or far too long', () => {
    expect(isRightPlace({ start: 10, end: 20 }, { start: 11, end: 20 })).toBe(true);
    expect(isRightPlace({ start: 30, end: 40 }, { start: 10, end: 20 })).toBe(false);
    expect(isRightPlace({ start: 0, end: 100 }, { start: 10, end: 20 })).toBe(false);
    expect(isRightPlace({ start: 15, end: 25 }, { start: 10, end: 20 })).toBe(true);
    expect(isRightPlace({ start: 16, end: 26 }, { start: 10, end: 20 })).toBe(false);
  });
});

describe('applyEdit with multi-character strings', () => {
  it('shifts by the full length of an inserted or replacing string', () => {
    const range = { start: 4, end: 8 };
    let text = applyEdit('abc defg hij', { kind: 'insert', position: 1, character: 'ij' }, [range]);
    expect(text.slice(range.start, range.end)).toBe('defg');
    text = applyEdit(text, { kind: 'replace', position: 0, character: '\r\n' }, [range]);
    expect(text.slice(range.start, range.end)).toBe('defg');
    text = applyEdit(text, { kind: 'replace', position: range.start + 1, character: 'ij' }, [range]);
    expect(text.slice(range.start, range.end)).toBe('dijfg');
  });
});
