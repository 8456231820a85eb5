/** Why: a Markdown file is read into the same plain dump format as every page, so the corpus pipeline treats it alike. */

/** The page's text without Markdown markup, list items as "  1. …" / "  • …" lines, and its first `#` heading as title. */
export function markdownToPageText(markdown: string): { text: string; title: string | null } {
  let title: string | null = null;
  let inFence = false;
  const lines: string[] = [];
  for (const raw of markdown.replace(/\r\n?/g, '\n').split('\n')) {
    if (/^\s*(```|~~~)/.test(raw)) {
      inFence = !inFence;
      continue;
    }
    if (inFence) {
      lines.push(raw);
      continue;
    }
    const line = raw
      .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
      .replace(/<[^>]+>/g, '')
      .replace(/(\*\*|__)(.+?)\1/g, '$2')
      .replace(/(^|\W)[*_](\S.*?\S|\S)[*_](?=\W|$)/g, '$1$2')
      .replace(/`([^`]+)`/g, '$1');
    const heading = /^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$/.exec(line);
    if (heading) {
      if (heading[1] === '#' && title === null) title = heading[2]!;
      lines.push('', heading[2]!, '');
      continue;
    }
    if (/^\s{0,3}([-*_])(\s*\1){2,}\s*$/.test(line)) {
      lines.push('');
      continue;
    }
    const bullet = /^(\s*)[-*+]\s+(.*)$/.exec(line);
    if (bullet) {
      lines.push(`${bullet[1]!.length >= 2 ? '    ' : '  '}• ${bullet[2]}`);
      continue;
    }
    const numbered = /^(\s*)(\d{1,2})[.)]\s+(.*)$/.exec(line);
    if (numbered) {
      lines.push(`${numbered[1]!.length >= 2 ? '    ' : '  '}${numbered[2]}. ${numbered[3]}`);
      continue;
    }
    lines.push(line.replace(/^\s{0,3}>\s?/, ''));
  }
  return { text: lines.join('\n').replace(/\n{3,}/g, '\n\n').trim(), title };
}
