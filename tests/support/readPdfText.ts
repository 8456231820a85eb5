/** Tests read PDFs back with pdfjs-dist's legacy build; it expects Promise.withResolvers, which Node 20 lacks. */

type WithResolvers = <T>() => { promise: Promise<T>; resolve: (value: T) => void; reject: (reason: unknown) => void };

/** The text of every page of `bytes`, one line per text run ending a line, pages joined by newlines. */
export async function readPdfText(bytes: Uint8Array): Promise<{ pages: number; text: string }> {
  const promise = Promise as unknown as { withResolvers?: WithResolvers };
  promise.withResolvers ??= <T>() => {
    let resolve!: (value: T) => void;
    let reject!: (reason: unknown) => void;
    const created = new Promise<T>((yes, no) => {
      resolve = yes;
      reject = no;
    });
    return { promise: created, resolve, reject };
  };
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const task = getDocument({ data: bytes });
  const pdf = await task.promise;
  const texts: string[] = [];
  for (let number = 1; number <= pdf.numPages; number += 1) {
    const content = await (await pdf.getPage(number)).getTextContent();
    texts.push(content.items.map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : '') : '')).join(''));
  }
  await task.destroy();
  return { pages: pdf.numPages, text: texts.join('\n') };
}
