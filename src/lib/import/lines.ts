/**
 * Source lines: the unit of accounting. Every non-blank source line ends up in exactly one
 * place — a document or the noise report — and every later stage refers back to line numbers.
 */

/** One physical line of a decoded source file. */
export interface SourceLine {
  /** 1-based line number in the source file. */
  no: number;
  /** The line without its terminator (\n, \r\n or \r). */
  text: string;
  /** Offset of the line's first character in the decoded text. */
  offset: number;
}

/** Split decoded text into lines, accepting \n, \r\n and lone \r. Linear in the input. */
export function splitLines(text: string): SourceLine[] {
  const lines: SourceLine[] = [];
  let start = 0;
  let no = 1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a || c === 0x0d) {
      lines.push({ no: no++, text: text.slice(start, i), offset: start });
      if (c === 0x0d && text.charCodeAt(i + 1) === 0x0a) i++;
      start = i + 1;
    }
  }
  if (start < text.length) lines.push({ no, text: text.slice(start), offset: start });
  return lines;
}

const SPACE = /[\s\u3000\u00a0\ufeff]/;

/** True when a line holds nothing but white space (incl. U+3000 and no-break space). */
export function isBlank(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (!SPACE.test(text[i]!)) return false;
  return true;
}

/** Count of non-blank characters, the unit of the accounting invariant. */
export function inkCount(text: string): number {
  let n = 0;
  for (const ch of text) if (!SPACE.test(ch)) n++;
  return n;
}

/**
 * Display width as printed in a Chinese PDF: CJK characters and full-width punctuation take two
 * columns, ASCII one. Used to tell a hard-wrapped (full) line from the last line of a paragraph.
 */
export function displayWidth(text: string): number {
  let w = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    w += c >= 0x2e80 || (c >= 0x2010 && c <= 0x2027) ? 2 : 1;
  }
  return w;
}

/** The line with leading and trailing white space (incl. U+3000) removed; 1-based column of its start. */
export function trimLine(text: string): { text: string; column: number } {
  let s = 0;
  let e = text.length;
  while (s < e && SPACE.test(text[s]!)) s++;
  while (e > s && SPACE.test(text[e - 1]!)) e--;
  return { text: text.slice(s, e), column: s + 1 };
}
