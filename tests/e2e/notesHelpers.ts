/** Helpers for the notes specs: calling the API from the page, selecting canonical text ranges, and finding a phrase to annotate. */
import type { Page } from '@playwright/test';

/** Calls an API method as the page's web transport does (session cookie, same origin) and returns the value; throws on failure. */
export async function api<T = unknown>(page: Page, method: string, input: unknown): Promise<T> {
  const result = await page.evaluate(
    async ([name, body]) => {
      const response = await fetch(`/api/${name}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
      return (await response.json()) as { ok: boolean; value?: unknown; error?: { message: string } };
    },
    [method, input] as const,
  );
  if (!result.ok) throw new Error(`${method} failed: ${result.error?.message}`);
  return result.value as T;
}

/** Selects `[start, end)` of the canonical text in the reader, as a mouse drag would. */
export async function selectRange(page: Page, start: number, end: number): Promise<void> {
  await page.evaluate(
    ([from, to]) => {
      const runs = Array.from(document.querySelectorAll<HTMLElement>('.doc-body [data-start]'));
      const point = (offset: number, preferNext: boolean): [Node, number] => {
        for (const run of runs) {
          const runStart = Number(run.dataset.start);
          const length = run.textContent?.length ?? 0;
          if (offset >= runStart && (preferNext ? offset < runStart + length : offset <= runStart + length)) return [run.firstChild!, offset - runStart];
        }
        throw new Error(`no run holds offset ${offset}`);
      };
      const [startNode, startOffset] = point(from, true);
      const [endNode, endOffset] = point(to, false);
      const range = document.createRange();
      range.setStart(startNode, startOffset);
      range.setEnd(endNode, endOffset);
      const selection = window.getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
    },
    [start, end] as const,
  );
}

/** A phrase of a few words from the n-th paragraph of the open document, with its canonical offsets. */
export async function phraseIn(page: Page, paragraph: number, words = 4): Promise<{ start: number; end: number; text: string }> {
  return page.evaluate(
    ([index, count]) => {
      const element = document.querySelectorAll<HTMLElement>('.doc-body p.doc-paragraph')[index]!;
      const text = element.textContent ?? '';
      const offset = Number(element.dataset.offset);
      const matches = [...text.matchAll(/\S+/g)];
      const first = matches[1] ?? matches[0]!;
      const last = matches[Math.min(matches.length - 1, 1 + count - 1)]!;
      const start = offset + first.index!;
      const end = offset + last.index! + last[0].length;
      return { start, end, text: text.slice(first.index!, last.index! + last[0].length) };
    },
    [paragraph, words] as const,
  );
}

/** The text under every mark of annotation `id`, joined. */
export async function markedText(page: Page, id: string): Promise<string> {
  return page.locator(`mark[data-annotation-id="${id}"]`).evaluateAll((marks) => marks.map((mark) => mark.textContent).join(''));
}
