// Short excerpts of response bodies for error messages: a body can be huge, or a whole HTML page.

/**
 * The start of `text`, at most `maxChars` characters, with a note of how much was left out.
 * @param text - the text.
 * @param maxChars - the most characters kept (default 200).
 * @returns the excerpt.
 * @internal
 */
export function excerpt(text: string, maxChars = 200): string {
  if (text.length <= maxChars) return text;
  return `${text.slice(0, maxChars)}... (${text.length - maxChars} more characters)`;
}
