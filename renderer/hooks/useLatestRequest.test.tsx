// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { renderHook } from '@testing-library/react';
import { useLatestRequest } from './useLatestRequest.js';

describe('useLatestRequest', () => {
  it('lets only the newest of overlapping requests through', () => {
    const { result } = renderHook(() => useLatestRequest());
    const first = result.current.begin();
    const second = result.current.begin();
    expect(first()).toBe(false);
    expect(second()).toBe(true);
  });

  it('drops the request under way on cancel', () => {
    const { result } = renderHook(() => useLatestRequest());
    const request = result.current.begin();
    result.current.cancel();
    expect(request()).toBe(false);
  });

  it('drops every answer once the view has gone', () => {
    const { result, unmount } = renderHook(() => useLatestRequest());
    const request = result.current.begin();
    unmount();
    expect(request()).toBe(false);
  });

  it('keeps one guard across renders', () => {
    const { result, rerender } = renderHook(() => useLatestRequest());
    const before = result.current;
    const request = before.begin();
    rerender();
    expect(result.current).toBe(before);
    expect(request()).toBe(true);
  });
});
