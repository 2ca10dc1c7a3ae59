/**
 * Relations between the documents of one source: a notice that 印发 the document after it is
 * its wrapper, the full text after a news item is embedded in it, an attachment belongs to the
 * document before it; and what an embedded document or attachment inherits from its parent.
 */
import type { SourceDocument } from './document.ts';
import { splitIssuers } from './issuers.ts';
import { resolveEffective } from './metadata.ts';
import { titleKey } from '../text/index.ts';
import { ISSUED_HEADLINE } from './segment.ts';

/**
 * Relations between documents of one source: a notice that 印发 the document after it is its
 * wrapper; the full text after a news item is embedded in it; an attachment belongs to the
 * document before it.
 */
export function linkRoles(docs: SourceDocument[], dict: readonly string[]): void {
  // The 文号 under a news headline is the reported document's (（中办发〔2022〕65 号）).
  for (let i = 0; i + 1 < docs.length; i++) {
    const d = docs[i]!;
    const next = docs[i + 1]!;
    if (d.role === 'news' && d.docNumber && next.startReason === 'full-text') {
      next.docNumber ??= d.docNumber;
      d.docNumber = null;
    }
  }
  for (let i = 0; i < docs.length; i++) {
    const d = docs[i]!;
    if (d.role === 'attachment') {
      // The document before it, if that document announces attachments (附件：…, 见附件).
      for (let j = i - 1; j >= 0; j--) {
        const p = docs[j]!;
        if (p.role === 'attachment') continue;
        d.parent = j;
        break;
      }
      if (d.genre === '其他' && /行动$/.test(d.title)) d.genre = '方案';
      if (d.genre === '其他' && d.body.some((b) => b.type === 'table')) d.genre = '表';
      continue;
    }
    const prev = docs[i - 1];
    if (!prev) continue;
    if (d.startReason === 'full-text' && prev.role === 'news') {
      d.role = 'embedded';
      d.parent = i - 1;
      continue;
    }
    if (prev.role === 'standalone' || prev.role === 'wrapper' || prev.role === 'news') {
      if (issues(prev, d.title)) {
        prev.role = prev.role === 'news' ? 'news' : 'wrapper';
        d.role = 'embedded';
        d.parent = i - 1;
      }
    }
  }
  // Embedded documents carry their wrapper's 文号, issuers and dates where they have none;
  // attachments their parent's issuers and date. Parents come first, so chains resolve.
  for (const d of docs) {
    if (d.parent === null || (d.role !== 'embedded' && d.role !== 'attachment')) continue;
    const p = docs[d.parent]!;
    if (d.role === 'embedded') d.docNumber ??= p.docNumber;
    const headline = p.role === 'news' ? ISSUED_HEADLINE.exec(p.title) : null;
    if (d.issuers.length === 0 && headline) d.issuers = splitIssuers(headline[1]!, dict);
    d.dates.published ??= p.dates.published;
    if (d.issuers.length === 0) d.issuers = [...p.issuers];
    d.dates.issued ??= p.dates.issued;
    if (d.jurisdiction === '全国') d.jurisdiction = p.jurisdiction;
    d.dates.effective ??= resolveEffective(d.effectiveRule, d.dates.issued, d.dates.published);
  }
}

/** Does `wrapper` issue a document titled `title`? (关于印发X的通知, 印发《X》, 现将《X》印发) */
function issues(wrapper: SourceDocument, title: string): boolean {
  const want = titleKey(title);
  const t = titleKey(wrapper.title);
  const m = /印发(.+?)(?:的通知)?$/.exec(t);
  if (m && titleKey(m[1]!) === want) return true;
  for (const b of wrapper.body) {
    if (b.type !== 'para') continue;
    // The wrapper itself issues: 现将《X》印发给你们 / 现印发给你们 / 现予印发 / 附件：X
    if (!/印发给你们|现予印发|印发给各|现将.{0,80}印发|^附件[:：]/.test(b.text)) continue;
    for (const q of b.text.matchAll(/《([^《》]{2,80})》/g)) if (titleKey(q[1]!) === want) return true;
  }
  return false;
}
