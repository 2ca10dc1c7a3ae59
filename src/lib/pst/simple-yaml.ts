/**
 * A fast reader for the frontmatter the importer writes, and nothing else. The corpus
 * frontmatter is `yaml.stringify` output (src/lib/import/markdown.ts): block mappings and
 * sequences, plain scalars, `[]`, `""`. Parsing it with `yaml`'s full document API cost about a
 * sixth of the structure parser's time, though a frontmatter is a few hundred bytes.
 *
 * This reads that shape only and gives up (`undefined`) on anything else — comments, quoted
 * strings, flow collections, anchors, tags, numbers other than plain integers, keys
 * outside `[A-Za-z][A-Za-z0-9_-]*` (unit ids like art-2-p2 are keys of renamedUnits), duplicate keys, unusual indentation — so the caller falls
 * back to `yaml`. Where it answers, the answer equals `parseDocument(text).toJS()` under the
 * YAML 1.2 core schema, and the document has no errors.
 */

/** The data of a frontmatter block, or `undefined` when it is not in the simple shape. */
export function readSimpleYaml(text: string): Record<string, unknown> | undefined {
  if (text.includes('\r') || text.includes('\t')) return undefined;
  const lines = text.split('\n');
  const reader = new Reader(lines);
  const value = reader.mapping(0);
  return value !== undefined && reader.at === lines.length ? value : undefined;
}

const KEY = /^([A-Za-z][A-Za-z0-9_-]*):(?: (.*))?$/;
/** Words the core schema reads as null or a boolean in any spelling; plain strings and keys may not be these. */
const RESERVED = new Set(['null', 'Null', 'NULL', 'true', 'True', 'TRUE', 'false', 'False', 'FALSE']);

class Reader {
  at = 0;
  constructor(private readonly lines: readonly string[]) {}

  /** A block mapping whose keys start at column `indent`; the first line may be a `- ` item's rest. */
  mapping(indent: number, first?: string): Record<string, unknown> | undefined {
    const out: Record<string, unknown> = {};
    let line = first;
    if (line === undefined) {
      line = this.lineAt(indent);
      if (line === undefined) return undefined;
    }
    for (;;) {
      const match = KEY.exec(line);
      // A key `null`/`True`/… is not the string it reads as: `toJS` makes it "" or "true".
      if (!match?.[1] || Object.hasOwn(out, match[1]) || RESERVED.has(match[1])) return undefined;
      this.at += 1;
      const value = match[2] === undefined ? this.nested(indent) : scalar(match[2]);
      if (value === undefined) return undefined;
      out[match[1]] = value;
      if (this.at >= this.lines.length) return out;
      const next = this.lineAt(indent);
      if (next === undefined) return this.indentOf(this.lines[this.at]) < indent ? out : undefined;
      line = next;
    }
  }

  /** The block under `key:` — a sequence or mapping indented two more. */
  private nested(indent: number): unknown {
    const line = this.lines[this.at];
    if (line === undefined || this.indentOf(line) !== indent + 2) return undefined;
    return line.startsWith('- ', indent + 2) ? this.sequence(indent + 2) : this.mapping(indent + 2);
  }

  /** A block sequence whose `- ` markers are at column `indent`. */
  private sequence(indent: number): unknown[] | undefined {
    const out: unknown[] = [];
    for (;;) {
      const line = this.lineAt(indent);
      if (line === undefined || !line.startsWith('- ')) break;
      const rest = line.slice(2);
      let item: unknown;
      if (KEY.test(rest)) item = this.mapping(indent + 2, rest);
      else {
        this.at += 1;
        item = scalar(rest);
      }
      if (item === undefined) return undefined;
      out.push(item);
      if (this.at >= this.lines.length) break;
    }
    const next = this.lines[this.at];
    return next === undefined || this.indentOf(next) < indent ? out : undefined;
  }

  /** The current line without its indentation, if it is indented exactly `indent`. */
  private lineAt(indent: number): string | undefined {
    const line = this.lines[this.at];
    if (line === undefined || this.indentOf(line) !== indent) return undefined;
    return line.slice(indent);
  }

  private indentOf(line: string | undefined): number {
    if (line === undefined) return -1;
    let n = 0;
    while (line[n] === ' ') n++;
    return n === line.length ? -1 : n; // a blank line: give up (see callers)
  }
}

/** A plain scalar, `[]` or `""`; `undefined` when the text is anything else. */
function scalar(text: string): unknown {
  if (text === 'null') return null;
  if (text === 'true') return true;
  if (text === 'false') return false;
  if (text === '[]') return [];
  if (text === '""') return '';
  if (/^(?:0|[1-9][0-9]{0,14})$/.test(text)) return Number(text);
  if (/^[0-9]{4}-[0-9]{2}-[0-9]{2}$/.test(text)) return text; // a date is a string in the core schema
  return isPlainString(text) ? text : undefined;
}

/**
 * Text that no core-schema number pattern can match: it starts with a digit but has a
 * character no number has (`001_5538f58a.txt`).
 */
const NOT_A_NUMBER = /^[0-9][^]*[^0-9a-fA-FxXoO.+\-eE_]/;

/**
 * A plain scalar that is a string and means itself: no indicator first, no `: ` or ` #`, no
 * trailing space or colon, no control characters, nothing the core schema resolves to null, a
 * boolean or a number. (Quotes, commas and brackets after the first character are plain text
 * in block context.)
 */
function isPlainString(text: string): boolean {
  return (
    text !== '' &&
    (/^[^\s\-?:,[\]{}#&*!|>'"%@`0-9+.~\\]/.test(text) || NOT_A_NUMBER.test(text)) &&
    !/: | #|[\s:]$|[\u0000-\u001f\u007f-\u009f\ufeff\u2028\u2029\ud800-\udfff]/.test(text) &&
    !RESERVED.has(text)
  );
}
