/**
 * The way back from text to file: Markdown un-escaping (`\*` → `*`, `&#x20;` → ` `) and
 * rejoined lines make a paragraph's text differ from its bytes in the file, so each text the
 * parser keeps carries an offset map, and every position it makes goes through one.
 *
 * Internal to the parser; the maps live in a WeakMap so that trees stay plain data.
 */
import type { Node, Point, Position } from 'unist';
import type { VFile } from 'vfile';

/** A text and, for each of its UTF-16 indices (and its end), the file offset it came from. */
export interface SourceText {
  text: string;
  /** `offsets.length === text.length + 1`; the last entry is the offset just past the text. */
  offsets: number[];
}

const sources = new WeakMap<Node, SourceText>();

/** Remembers where `node`'s text came from. */
export function setSourceText(node: Node, source: SourceText): void {
  sources.set(node, source);
}

/** Where `node`'s text came from, if the parser recorded it. */
export function getSourceText(node: Node): SourceText | undefined {
  return sources.get(node);
}

/** Concatenates source texts (inline nodes of one paragraph). */
export function joinSourceTexts(parts: readonly SourceText[]): SourceText {
  if (parts.length === 1 && parts[0]) return parts[0]; // the usual paragraph: one text node
  const offsets: number[] = [];
  let text = '';
  for (const part of parts) {
    text += part.text;
    // A loop, not push(...): a spread of a long paragraph's offsets can overflow the stack.
    for (let i = 0; i < part.offsets.length - 1; i++) offsets.push(part.offsets[i] ?? 0);
  }
  offsets.push(parts.at(-1)?.offsets.at(-1) ?? 0);
  return { text, offsets };
}

/**
 * Aligns a decoded `value` with the `raw` file bytes it was decoded from (starting at file
 * offset `base`): equal characters map to each other, a backslash escape or a character
 * reference maps to its first byte, whitespace the decoder dropped (indentation of
 * continuation lines) is skipped, and anything else is a one-for-one substitution.
 */
export function alignSource(value: string, raw: string, base: number): SourceText {
  const offsets: number[] = [];
  let j = 0;
  for (let i = 0; i < value.length; i++) {
    const char = value[i];
    for (;;) {
      if (j >= raw.length) {
        offsets.push(base + raw.length);
        break;
      }
      if (raw[j] === char) {
        offsets.push(base + j);
        j += 1;
        break;
      }
      if (raw[j] === '\\' && raw[j + 1] === char) {
        offsets.push(base + j);
        j += 2;
        break;
      }
      const reference = /^&(?:#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|[a-zA-Z][a-zA-Z0-9]{1,31});/.exec(raw.slice(j, j + 40));
      if (reference) {
        // A reference may decode to two UTF-16 units (an astral character): map both to it.
        const decoded = decodeNumeric(reference[0]);
        offsets.push(base + j);
        if (decoded !== null && decoded.length === 2 && i + 1 < value.length) {
          offsets.push(base + j);
          i += 1;
        }
        j += reference[0].length;
        break;
      }
      if (/\s/.test(raw[j] ?? '')) {
        j += 1; // indentation or line padding the decoder dropped
        continue;
      }
      offsets.push(base + j); // a substitution (NUL → U+FFFD): keep in step
      j += 1;
      break;
    }
  }
  offsets.push(base + Math.min(j, raw.length));
  return { text: value, offsets };
}

function decodeNumeric(reference: string): string | null {
  const hex = /^&#[xX]([0-9a-fA-F]+);$/.exec(reference);
  const dec = /^&#([0-9]+);$/.exec(reference);
  const code = hex?.[1] ? Number.parseInt(hex[1], 16) : dec?.[1] ? Number(dec[1]) : null;
  if (code === null || code > 0x10ffff) return null;
  return String.fromCodePoint(code);
}

/** The raw file bytes from `start` to `end`, mapped one to one. */
export function rawSource(value: string, start: number, end: number): SourceText {
  const text = value.slice(start, end);
  return { text, offsets: Array.from({ length: text.length + 1 }, (_, i) => start + i) };
}

/** Cuts `source` to `[from, to)`. */
export function sliceSourceText(source: SourceText, from: number, to: number = source.text.length): SourceText {
  return { text: source.text.slice(from, to), offsets: source.offsets.slice(from, to + 1) };
}

const lineStarts = new WeakMap<VFile, number[]>();

/** The unist point of a file offset (lines and columns are 1-based). */
export function pointAt(file: VFile, offset: number): Point {
  let starts = lineStarts.get(file);
  if (!starts) {
    const value = String(file.value);
    starts = [0];
    for (let i = 0; i < value.length; i++) if (value[i] === '\n') starts.push(i + 1);
    lineStarts.set(file, starts);
  }
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if ((starts[mid] ?? 0) <= offset) low = mid;
    else high = mid - 1;
  }
  return { line: low + 1, column: offset - (starts[low] ?? 0) + 1, offset };
}

/**
 * The position in the file of `source.text.slice(from, to)`. The end is where the next
 * character starts, so an escaped last character (`\*`) is covered whole.
 */
export function positionOf(file: VFile, source: SourceText, from = 0, to = source.text.length): Position {
  const end = source.offsets.at(-1) ?? 0;
  const startOffset = source.offsets[from] ?? end;
  return { start: pointAt(file, startOffset), end: pointAt(file, Math.max(startOffset, source.offsets[to] ?? end)) };
}

/**
 * Where in the file `node.text.slice(from, to)` stands, for nodes whose text the parser kept the
 * way back for (paragraph texts, 款, 项, outline items); `undefined` for invented nodes. This is
 * how a later pass (cross-references) reports at a citation's true line and column.
 */
export function textPosition(file: VFile, node: Node, from: number, to: number): Position | undefined {
  const source = getSourceText(node);
  return source ? positionOf(file, source, from, to) : undefined;
}
