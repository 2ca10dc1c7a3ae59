/**
 * A document's header: the blocks before its text that are metadata — the title, a masthead
 * (…文件, or issuers printed above it), the 文号, 发布时间 — and the facts they state. A 题注
 * under a law's or rule's title stays in the text but is read for its 文号, 公布 date and the
 * congress that adopted it (its dated events with their roles are src/lib/status's).
 */
import { findDates, findDocNumbers, parseChineseDate } from '../text/index.ts';
import { cleanDocNumber } from './metadata.ts';
import type { Block } from './paragraphs.ts';
import { DATE_LINE, DOC_NUMBER_LINE, PUBLISHED_LINE, endsSentence } from './patterns.ts';
import { isOrgLine, type DocumentStart } from './segment.ts';

/** The header blocks, the body blocks and what the header says. */
export interface Header {
  header: Block[];
  body: Block[];
  docNumber: string | null;
  published: string | null;
  /** Issuers printed in the masthead (or the congress of a 题注). */
  masthead: string;
}

/** Split a document's blocks (`own`, within the source's `all`) into header and body. */
export function readHeader(start: DocumentStart, own: readonly Block[], all: readonly Block[]): Header {
  const titleSet = new Set(start.titleBlocks.map((b) => all[b]!));
  const header: Block[] = [];
  const body: Block[] = [];
  let docNumber: string | null = null;
  let published: string | null = null;
  let masthead = '';
  let inHeader = true;
  for (const b of own) {
    const t = b.type === 'para' ? b.text : '';
    if (titleSet.has(b) || (start.label !== undefined && b === all[start.label])) {
      header.push(b);
      continue;
    }
    if (inHeader && b.type === 'para') {
      const dn = DOC_NUMBER_LINE.test(t) && [...t].length <= 50 ? findDocNumbers(t)[0] : undefined;
      if (dn && docNumber === null) {
        docNumber = dn.normalized;
        const rest = t.slice(dn.end);
        if (PUBLISHED_LINE.test(rest.trim())) published = findDates(rest)[0]?.iso ?? null;
        header.push(b);
        continue;
      }
      if (PUBLISHED_LINE.test(t) || (DATE_LINE.test(t) && header.length > 0 && body.length === 0 && start.reason !== 'doc-number')) {
        published ??= findDates(t)[0]?.iso ?? parseChineseDate(t);
        header.push(b);
        continue;
      }
      if (/文件$/.test(t) && [...t].length <= 40) {
        masthead += t.replace(/文件$/, '');
        header.push(b);
        continue;
      }
      if (isOrgLine(t) && header.length === 0 && body.length === 0) {
        // Masthead issuers printed above 文件 on their own line.
        masthead += t;
        header.push(b);
        continue;
      }
    }
    if (b.type === 'para' && header.length > 0 && body.length === 0 && /^[（(]/.test(t) && titleSet.size > 0 && !endsSentence(t.replace(/[)）]$/, ''))) {
      // （1986 年 11 月 11 日劳人培〔1986〕22 号公布 根据…修订） under a rule's title: keep as text, read facts.
      const dns = findDocNumbers(t);
      if (dns[0] && docNumber === null && /公布|发布|印发/.test(t)) docNumber = cleanDocNumber(dns[0].normalized);
      if (/公布|发布/.test(t)) published ??= findDates(t)[0]?.iso ?? null;
      // （1999年4月2日云南省第九届人民代表大会常务委员会第八次会议通过 …）
      const congress = /(?:^|[日）)])([\u4e00-\u9fa5]{2,8}?)第[一二三四五六七八九十]{1,3}届人民代表大会常务委员会/.exec(t);
      if (congress) masthead ||= `${congress[1]}人民代表大会常务委员会`;
    }
    inHeader = false;
    body.push(b);
  }

  return { header, body, docNumber, published, masthead };
}
