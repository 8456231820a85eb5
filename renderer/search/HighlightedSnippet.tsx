/** A hit's snippet with its matched words marked, including those found through folding, stemming and compounds. */
import { snippetRuns } from './groupHits.js';

export function HighlightedSnippet({ snippet, highlights }: { snippet: string; highlights: readonly { start: number; end: number }[] }) {
  return (
    <>
      {snippetRuns(snippet, highlights).map((run, position) =>
        run.highlighted ? (
          <mark key={position} className="search-hit__match">
            {run.text}
          </mark>
        ) : (
          <span key={position}>{run.text}</span>
        ),
      )}
    </>
  );
}
