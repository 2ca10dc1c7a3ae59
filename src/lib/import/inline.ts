/**
 * Outline structure run together inside one source line. A web copy holds one paragraph per
 * line, but sometimes two: an item run into the sentence before it (`2.建设任务。（1）义务教育学校
 * 建设。…`), or a level-1 heading run into the first sentence of its section
 * (`四、全面落实企业主体作用,大力加强校企合作坚持校企合作基本办学制度。`). A line is split only on
 * evidence from the same document, recorded with the decision:
 *
 * - **an item**: a numbered item (（1） 1. （一） 一、) right after a sentence end, where the same
 *   document opens a paragraph with an item of that level elsewhere, and the run-in items number
 *   on from each other (（1）（2）（3）…). Without such a paragraph, or after a colon or semicolon
 *   (an inline list after 以下条件： is common), there is no evidence that the document sets its
 *   items apart: the place is recorded as undecided (run-in-undecided) instead.
 * - **a heading**: a level-1 heading (一、…) that holds a sentence end, in a document whose
 *   level-1 headings are bare (no sentence punctuation: at least two, twice as many as the others). The heading ends where its last clause
 *   meets a word that opens sentences elsewhere in the document (坚持 after a 。), the clause
 *   keeping at least four characters and the sentence at least six. Where no such word is found,
 *   a message names the place.
 */
import { matchMarker } from '../pst/patterns.ts';
import { ATTACHMENT_LEAD } from './patterns.ts';
import type { CanonicalDocument } from './merge.ts';
import type { SourceMessage } from './messages.ts';
import { sourcePosition, splitParagraphAt, type Block, type Decision, type Paragraph } from './paragraphs.ts';

/** Nothing but the lead of an attachment list before the first item (附件：1.…): not a run-in place. */
const ATTACHMENT_LEAD_ONLY = new RegExp(`${ATTACHMENT_LEAD.source}$`);

/** What splitting a document's glued lines did: decisions taken and places left undecided. */
export interface InlineResult {
  decisions: Decision[];
  messages: SourceMessage[];
}

/** A sentence end after which a run-in item is split off (given the evidence). */
const SENTENCE_END = /[。！？]/;
/** A colon or semicolon before an item: a list run in by design as often as not; only reported. */
const LIST_LEAD = /[：:；;]/;
/** Sentence punctuation a bare heading does not have. */
const SENTENCE_PUNCTUATION = /[。；;！？!?：:]/;
/** Characters that end a clause of a heading: 全面落实企业主体作用，大力加强校企合作. */
const CLAUSE_END = /[，,、]/;

/** Split the glued outline items and headings of `d`'s body (in place). */
export function splitGluedOutline(d: CanonicalDocument): InlineResult {
  const file = d.copies[0]!.file;
  const result: InlineResult = { decisions: [], messages: [] };
  const levels = standaloneLevels(d.body);
  const out: Block[] = [];
  for (const b of d.body) {
    if (b.type !== 'para') {
      out.push(b);
      continue;
    }
    const parts = splitHeading(b, d.body, file, result);
    for (const p of parts) for (const q of splitItems(p, levels, result)) out.push(q);
  }
  d.body.splice(0, d.body.length, ...out);
  return result;
}

/** Outline levels with which some paragraph of the body opens: the document sets them apart. */
function standaloneLevels(body: readonly Block[]): Set<number> {
  const levels = new Set<number>();
  for (const b of body) {
    if (b.type !== 'para') continue;
    const m = matchMarker(b.text);
    if (m?.kind === 'outline' && m.level !== null) levels.add(m.level);
  }
  return levels;
}

/** A run-in outline item at each sentence end of `p`, split off where the document gives evidence. */
function splitItems(p: Paragraph, levels: ReadonlySet<number>, result: InlineResult): Paragraph[] {
  const found: Array<{ at: number; level: number; number: number; afterSentence: boolean }> = [];
  for (let i = 1; i < p.text.length; i++) {
    const lead = p.text[i - 1]!;
    if (!SENTENCE_END.test(lead) && !LIST_LEAD.test(lead)) continue;
    const m = matchMarker(p.text.slice(i));
    if (m?.kind !== 'outline' || m.level === null || m.number === null || m.labelStart !== 0) continue;
    if (!/^[\u4e00-\u9fa5“《]/.test(m.rest)) continue;
    found.push({ at: i, level: m.level, number: m.number, afterSentence: SENTENCE_END.test(lead) });
  }
  if (found.length === 0) return [p];
  const own = matchMarker(p.text);
  const parts: Paragraph[] = [];
  let rest = p;
  let offset = 0;
  let previous: number | null = null;
  const undecided: Array<{ f: (typeof found)[number]; pos: { line: number; column: number }; why: string }> = [];
  for (const f of found) {
    // Run-in items number on from each other: （1） then （2）; a lone （3） after （1） is not an item.
    const follows = previous === null ? f.number === 1 || (own?.level === f.level && own.number === f.number - 1) : f.number === previous + 1;
    const pos = sourcePosition(p, f.at);
    if (!follows) continue;
    if (!levels.has(f.level) || !f.afterSentence) {
      undecided.push({
        f,
        pos,
        why: f.afterSentence
          ? 'no paragraph of this document opens with an item of its level'
          : `it follows 「${p.text[f.at - 1]}」, and a list after a colon or semicolon is run in as often as not`,
      });
      previous = f.number;
      continue;
    }
    const [head, tail] = splitParagraphAt(rest, f.at - offset);
    result.decisions.push({
      line: pos.line,
      next: pos.line,
      kind: 'break-run-in',
      evidence: `「${p.text.slice(f.at, f.at + 8)}…」 opens a numbered item after 「…${p.text.slice(Math.max(0, f.at - 6), f.at)}」 within line ${pos.line} (column ${pos.column}); other paragraphs of the document open with items of this level`,
    });
    parts.push(head);
    rest = tail;
    offset = f.at;
    previous = f.number;
  }
  parts.push(rest);
  // One record per paragraph for the items kept run in (an attachment list 附件：1.… is not a place).
  const first = undecided[0];
  if (first && !ATTACHMENT_LEAD_ONLY.test(p.text.slice(0, first.f.at))) {
    result.decisions.push({
      line: first.pos.line,
      next: first.pos.line,
      kind: 'run-in-undecided',
      evidence: `${undecided.length} numbered item(s) from 「${p.text.slice(first.f.at, first.f.at + 8)}…」 (column ${first.pos.column}) run on inside line ${first.pos.line}; ${first.why}: kept in the paragraph`,
    });
  }
  return parts;
}

/** A level-1 heading run into a sentence: split where the evidence places its end. */
function splitHeading(p: Paragraph, body: readonly Block[], file: string, result: InlineResult): Paragraph[] {
  const m = matchMarker(p.text);
  if (m?.kind !== 'outline' || m.level !== 1 || !SENTENCE_PUNCTUATION.test(m.rest)) return [p];
  const level1 = body.filter((b): b is Paragraph => b.type === 'para' && matchMarker(b.text)?.kind === 'outline' && matchMarker(b.text)?.level === 1);
  const bare = level1.filter((b) => !SENTENCE_PUNCTUATION.test(b.text));
  // The document's style is the bare heading: at least two, and twice as many as the others.
  if (bare.length < 2 || bare.length < 2 * (level1.length - bare.length)) return [p];
  const sentenceEnd = p.text.search(/[。；;！？!?]/);
  // A heading that ends in a colon (三、保障措施：) holds no sentence.
  if (sentenceEnd === -1) return [p];
  const openers = sentenceOpeners(body);
  // The last clause of the heading: after its last comma.
  let clauseStart = m.restStart;
  for (let i = m.restStart; i < sentenceEnd; i++) if (CLAUSE_END.test(p.text[i]!)) clauseStart = i + 1;
  let at = -1;
  for (let i = clauseStart + 4; i <= sentenceEnd - 6; i++) if (openers.has(p.text.slice(i, i + 2))) at = i;
  const pos = sourcePosition(p, at === -1 ? m.restStart : at);
  if (at === -1) {
    result.messages.push({
      file,
      line: pos.line,
      column: pos.column,
      reason: `level-1 heading 「${p.text.slice(0, 16)}…」 holds a sentence, unlike ${bare.length} of the document's ${level1.length} level-1 headings, but no word that opens sentences in this document marks where the heading ends: kept as one paragraph`,
      ruleId: 'heading-run-in',
      severity: 'warning',
    });
    return [p];
  }
  const [head, tail] = splitParagraphAt(p, at);
  result.decisions.push({
    line: pos.line,
    next: pos.line,
    kind: 'break-run-in',
    evidence: `level-1 heading 「${head.text}」 runs into 「${tail.text.slice(0, 10)}…」 within line ${pos.line}: ${bare.length} of the document's ${level1.length} level-1 headings have no sentence punctuation, and 「${p.text.slice(at, at + 2)}」 opens sentences elsewhere in it`,
  });
  return [head, tail];
}

/** Two-character words that open a sentence somewhere in the body (after 。 ！ ？). */
function sentenceOpeners(body: readonly Block[]): Set<string> {
  const words = new Set<string>();
  for (const b of body) {
    if (b.type !== 'para') continue;
    for (const m of b.text.matchAll(/[。！？]([\u4e00-\u9fa5]{2})/g)) words.add(m[1]!);
  }
  return words;
}
