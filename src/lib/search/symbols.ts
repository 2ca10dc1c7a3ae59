/**
 * Symbols: the units search compares, with offsets into the text as given.
 *
 * A symbol is one Han character (or any other non-ASCII letter or digit), or one run of ASCII
 * letters and digits (`2021`, `iso9001`). Text is folded per character (NFKC, lower case), so
 * `２０２１` and `2021`, `Ａ` and `a` are the same symbol, while `start`/`end` still point into
 * the original string — the excerpt and the highlighter mark the text the reader sees.
 *
 * Symbols are grouped into runs. A run ends at a line break and at punctuation that separates
 * clauses (，。；：！？ …); it continues across spaces (PDF copies write `2021 年 12 月` and
 * `5000 元`), brackets, quotes, 《》, 、, hyphens and slashes, so `人社部发〔2021〕86号` and
 * `人社部发[2021]86 号` meet on `发·2021·86·号`, and `技工教育“十四五”规划` matches the query
 * `技工教育十四五规划`. (A query's own spaces separate its parts: see query.ts.)
 */

/** One symbol: its folded value and where it sits in the original text. */
export interface SearchSymbol {
  /** Folded value: one character, or an ASCII run in lower case. */
  value: string;
  /** UTF-16 offset of its first character in the original text. */
  start: number;
  /** UTF-16 offset just after its last character. */
  end: number;
  /** Index of the run it belongs to; symbols of one run are adjacent for phrase matching. */
  run: number;
}

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
/**
 * What a phrase continues across: spaces other than line breaks, brackets of every width
 * (〔〕［］【】（）()[]﹝﹞), quotes, book-title marks, the enumeration comma 、, middle dots,
 * hyphens, dashes, slashes, the ASCII full stop (1.5万), underscores and apostrophes.
 */
const BRIDGE = /^[ \t\u00a0\u3000\u2000-\u200a\u202f\u205f〔〕［］【】（）()[\]﹝﹞{}｛｝〈〉《》<>＜＞「」『』“”‘’"'＂＇、·・•‧\-‐‑‒–—―－~～_/／\\.．]$/u;

/**
 * Splits text into symbols.
 *
 * @example
 *   symbols('人社部发〔2021〕86号').map((s) => s.value) // ['人','社','部','发','2021','86','号']
 *   symbols('产教融合，校企合作').map((s) => s.run)      // [0,0,0,0,1,1,1,1]
 */
export function symbols(text: string): SearchSymbol[] {
  const out: SearchSymbol[] = [];
  let run = 0;
  // Whether the current run has any symbol yet: a run is only counted once it has one.
  let open = false;
  let ascii: SearchSymbol | null = null;

  const closeAscii = () => {
    if (ascii) out.push(ascii);
    ascii = null;
  };
  const breakRun = () => {
    closeAscii();
    if (open) run++;
    open = false;
  };

  let offset = 0;
  for (const char of text) {
    const start = offset;
    offset += char.length;
    const folded = fold(char);
    if (folded === '') {
      // A character that folds to nothing (a combining mark, a format character) joins the
      // symbol before it.
      const last = ascii ?? (open ? out.at(-1) : undefined);
      if (last) last.end = offset;
      continue;
    }
    // Usually one character; NFKC may give several (`㈠` → `(一)`), each keeping the
    // original character's offsets.
    for (const c of folded) {
      if (/^[a-z0-9]$/.test(c)) {
        if (ascii) {
          ascii.value += c;
          ascii.end = offset;
        } else {
          ascii = { value: c, start, end: offset, run };
          open = true;
        }
      } else if (LETTER_OR_DIGIT.test(c)) {
        closeAscii();
        out.push({ value: c, start, end: offset, run });
        open = true;
      } else if (BRIDGE.test(c)) {
        // The phrase continues, but an ASCII run stops: `1.5` is the symbols 1 and 5.
        closeAscii();
      } else {
        breakRun();
      }
    }
  }
  closeAscii();
  return out;
}

/** NFKC and lower case for one character (`Ａ` → `a`, `２` → `2`, `①` → `1`). */
function fold(char: string): string {
  // Most characters are CJK unified ideographs (no compatibility mapping) or plain ASCII:
  // answered without normalising, which is most of the time spent cutting a text.
  const c = char.charCodeAt(0);
  if (char.length === 1 && ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39))) return char;
  return char
    .normalize('NFKC')
    .toLowerCase()
    .replace(/\p{M}|\p{Cf}/gu, '');
}
