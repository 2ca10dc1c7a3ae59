/**
 * Decoding raw source bytes into text.
 *
 * Sources arrive as UTF-8 (with or without BOM), sometimes as UTF-16 or GB18030 exports of
 * Windows tools. We detect the encoding, decode, and report what we did; we never guess
 * silently. Only a file that decodes to mostly control characters is unusable.
 */
import type { SourceMessage } from './messages.ts';

/** The result of decoding one source file. */
export interface DecodedSource {
  /** The decoded text, BOM removed, line endings untouched. */
  text: string;
  /** The encoding that was used. */
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';
  /** Whether the file started with a byte-order mark. */
  bom: boolean;
  /** Problems found, with positions where known. */
  messages: SourceMessage[];
  /** True when the file cannot be used at all (binary junk); the build should fail on it. */
  fatal: boolean;
}

/**
 * Decode a source file.
 *
 * @example
 *   decodeSource(new TextEncoder().encode('第一条　…'), 'a.txt').encoding // 'utf-8'
 */
export function decodeSource(bytes: Uint8Array, file: string): DecodedSource {
  const messages: SourceMessage[] = [];
  const note = (reason: string, ruleId: string, severity: SourceMessage['severity'] = 'warning') =>
    messages.push({ file, line: 1, column: 1, reason, ruleId, severity });

  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    note('UTF-8 byte-order mark removed', 'encoding-bom', 'info');
    return finish(decodeWith('utf-8', bytes.subarray(3)), 'utf-8', true);
  }
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    note('decoded as UTF-16LE (byte-order mark)', 'encoding-utf16', 'info');
    return finish(decodeWith('utf-16le', bytes.subarray(2)), 'utf-16le', true);
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    note('decoded as UTF-16BE (byte-order mark)', 'encoding-utf16', 'info');
    return finish(decodeWith('utf-16be', bytes.subarray(2)), 'utf-16be', true);
  }
  const utf16 = sniffUtf16(bytes);
  if (utf16) {
    note(`decoded as ${utf16.toUpperCase()} (no byte-order mark; NUL byte pattern)`, 'encoding-utf16');
    return finish(decodeWith(utf16, bytes), utf16, false);
  }
  const utf8 = tryDecode('utf-8', bytes);
  if (utf8 !== null) return finish(utf8, 'utf-8', false);
  // Not UTF-8: GB18030 (Windows exports) or UTF-16 without BOM (CJK text has no NUL bytes to
  // sniff). Decode each way and keep the one that reads as Chinese text.
  const candidates = (['gb18030', 'utf-16le', 'utf-16be'] as const)
    .map((encoding) => ({ encoding, text: tryDecode(encoding, bytes) }))
    .filter((c): c is { encoding: 'gb18030' | 'utf-16le' | 'utf-16be'; text: string } => c.text !== null)
    .map((c) => ({ ...c, score: textScore(c.text) }))
    .sort((a, b) => b.score - a.score);
  const best = candidates[0];
  if (best && best.score >= 0.9) {
    note(
      best.encoding === 'gb18030' ? 'not valid UTF-8; decoded as GB18030' : `not valid UTF-8; decoded as ${best.encoding.toUpperCase()} (no byte-order mark)`,
      best.encoding === 'gb18030' ? 'encoding-gb18030' : 'encoding-utf16',
    );
    return finish(best.text, best.encoding, false);
  }
  // Neither: decode leniently so that nothing is lost silently, and say where it broke.
  const where = firstInvalidUtf8(bytes);
  const text = decodeWith('utf-8', bytes);
  const pos = positionOfByte(bytes, where);
  messages.push({
    file,
    line: pos.line,
    column: pos.column,
    reason: `invalid UTF-8 at byte ${where} and not GB18030 or UTF-16 either; undecodable bytes kept as U+FFFD`,
    ruleId: 'encoding-invalid',
    severity: 'warning',
  });
  return finish(text, 'utf-8', false);

  function finish(text: string, encoding: DecodedSource['encoding'], bom: boolean): DecodedSource {
    let fatal = false;
    if (text.length > 0 && controlRatio(text) > 0.3) {
      fatal = true;
      messages.push({
        file,
        line: 1,
        column: 1,
        reason: 'binary data, not text: more than 30% control or undecodable characters',
        ruleId: 'encoding-binary',
        severity: 'error',
      });
    } else if (text.trim() === '') {
      messages.push({
        file,
        line: 1,
        column: 1,
        reason: 'empty source: no text, no documents',
        ruleId: 'source-empty',
        severity: 'warning',
      });
    }
    return { text, encoding, bom, messages, fatal };
  }
}

function decodeWith(encoding: string, bytes: Uint8Array): string {
  return new TextDecoder(encoding).decode(bytes);
}

function tryDecode(encoding: string, bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** UTF-16 without BOM shows NUL in every other byte for ASCII-heavy text. */
function sniffUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 4) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  if (oddNul / pairs > 0.3 && evenNul / pairs < 0.05) return 'utf-16le';
  if (evenNul / pairs > 0.3 && oddNul / pairs < 0.05) return 'utf-16be';
  return null;
}

/**
 * Share of characters that plausibly belong to a Chinese policy text: CJK ideographs, CJK and
 * full-width punctuation, printable ASCII, white space. A wrong decoding scores low.
 */
function textScore(text: string): number {
  const n = Math.min(text.length, 1 << 16);
  if (n === 0) return 0;
  let good = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (
      (c >= 0x4e00 && c <= 0x9fff) ||
      (c >= 0x3000 && c <= 0x303f) ||
      (c >= 0xff00 && c <= 0xffef) ||
      (c >= 0x20 && c <= 0x7e) ||
      c === 0x09 ||
      c === 0x0a ||
      c === 0x0d ||
      (c >= 0x2010 && c <= 0x2027) ||
      c === 0xfe39 ||
      c === 0xfe3a
    )
      good++;
  }
  return good / n;
}

/** Share of characters that are neither text nor ordinary whitespace. */
function controlRatio(text: string): number {
  const n = Math.min(text.length, 1 << 16);
  if (n === 0) return 0;
  let bad = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) || c === 0xfffd || c === 0x7f) bad++;
  }
  return bad / n;
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  // Validity of a prefix (allowing an unfinished final sequence) is monotone: binary search.
  const validPrefix = (n: number) => {
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, n), { stream: true });
      return true;
    } catch {
      return false;
    }
  };
  let lo = 0;
  let hi = bytes.length;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (validPrefix(mid)) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

function positionOfByte(bytes: Uint8Array, index: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < index && i < bytes.length; i++) {
    if (bytes[i] === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  const column = new TextDecoder().decode(bytes.subarray(lineStart, index)).length + 1;
  return { line, column };
}
