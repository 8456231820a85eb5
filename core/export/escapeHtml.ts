/** Why: every piece of user text that goes into exported HTML or XML passes one escaper, so no note, tag or label can become markup. */

const replacements: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** `text` safe as HTML/XML text or a quoted attribute value; control characters other than tab and newline are dropped. */
export function escapeHtml(text: string): string {
  return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '').replace(/[&<>"']/g, (character) => replacements[character]!);
}
