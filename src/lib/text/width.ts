/**
 * Width folding that keeps offsets: every function here maps one UTF-16 code unit to exactly
 * one code unit, so an index into the folded string is the same index into the original.
 * Match on the folded copy, then slice the original (STYLE.md: positions point into the real
 * file).
 */

/**
 * Folds full-width ASCII (`！`–`～`, U+FF01–U+FF5E) to half-width and the ideographic space
 * U+3000 to a plain space; everything else is left alone.
 *
 * @example toHalfWidth('３６号　') // '36号 '
 */
export function toHalfWidth(value: string): string {
  return value.replace(/[\uff01-\uff5e\u3000]/g, (char) => (char === '\u3000' ? ' ' : String.fromCharCode(char.charCodeAt(0) - 0xfee0)));
}

/** Whitespace as it occurs in Chinese official text: ASCII space, tab, U+3000, no-break space. */
export const SPACE_CLASS = '[ \\t\\u3000\\u00a0]';

/** Whether `char` is a space in the sense of {@link SPACE_CLASS} (or a line break). */
export function isSpace(char: string | undefined): boolean {
  return char !== undefined && /^[ \t\u3000\u00a0\r\n]$/.test(char);
}
