/**
 * Writing a unit address as a citation, in the forms officials use:
 *
 *   gongwen   《技工教育“十四五”规划》（人社部发〔2021〕86号）二（三）  — 公文: full title, 文号 where
 *             the kind is cited with it (src/lib/vocab), Chinese numerals;
 *   court     《中华人民共和国职业教育法》第三十六条第二款第三项 — 法释〔2009〕14号: the full name and
 *             the 条款项 numbers, no 文号;
 *   academic  《职业教育法》第36条第2款第3项 — the short title, Arabic numerals;
 *   plain     the clause quoted, then its 公文 citation and its URL.
 *
 * In every form 第一款 is left out when the article has a single 款 (a `sole` clause step), parts,
 * chapters and sections are left out before an article (articles are numbered through the whole
 * document) and kept before an outline item, whose numbering starts again in each chapter.
 */
import { toChineseNumeral } from '../text/index.ts';
import { citesDocNumber } from '../vocab/index.ts';
import type { PolicyKind } from '../pst/types.ts';
import type { UnitPath } from './types.ts';

/** The citation forms. */
export const CITATION_FORMS = ['gongwen', 'court', 'academic', 'plain'] as const;
/** One citation form. */
export type CitationForm = (typeof CITATION_FORMS)[number];

/** How each form is named in the copy menu. */
export const CITATION_FORM_LABELS: Readonly<Record<CitationForm, string>> = {
  gongwen: '公文格式',
  court: '裁判文书格式',
  academic: '学术格式（阿拉伯数字）',
  plain: '原文加出处',
};

/** Numerals as a form writes them. */
export type Numerals = 'chinese' | 'arabic';

/**
 * The unit part of a citation: 第三十六条第二款第三项, 二（三）1.（2）, 第二部分 (a 一、 item on its own),
 * 第二章第一部分, 专栏2第1项, 附件1第二部分, 表1; with Arabic numerals 第36条第2款第3项.
 */
export function formatUnitPath(path: UnitPath, numerals: Numerals = 'chinese'): string {
  const n = (x: number) => (numerals === 'arabic' ? String(x) : (toChineseNumeral(x) ?? String(x)));
  const hasArticle = path.some((s) => s.type === 'article' || s.type === 'number');
  let out = '';
  let inBox = false;
  for (const [i, s] of path.entries()) {
    const last = i === path.length - 1;
    switch (s.type) {
      case 'attachment':
        out += `附件${s.number}`;
        break;
      case 'part':
        if (!hasArticle || last) out += `第${n(s.number)}编`;
        break;
      case 'chapter':
        if (!hasArticle || last) out += `第${n(s.number)}章`;
        break;
      case 'section':
        if (!hasArticle || last) out += `第${n(s.number)}节`;
        break;
      case 'article':
      case 'number':
        out += `第${n(s.number)}条${s.type === 'article' && s.zhiyi !== null ? `之${n(s.zhiyi)}` : ''}`;
        break;
      case 'clause':
        if (!s.sole) out += `第${n(s.number)}款`;
        break;
      case 'item':
        out += `第${n(s.number)}项`;
        break;
      case 'subitem':
        out += `第${s.number}目`;
        break;
      case 'box':
        out += `专栏${s.number}`;
        inBox = true;
        break;
      case 'table':
        out += `表${s.number}`;
        break;
      case 'outline':
        // Outline labels are labels, not counts: every form writes them as the document does,
        // but a 一、 item on its own is 第一部分 — a bare 一 after a title reads as part of it.
        if (inBox && s.level === 3) out += `第${s.number}项`;
        else if (s.level === 1 && !path.slice(i + 1).some((x) => x.type === 'outline')) out += `第${cn(s.number)}部分`;
        else out += s.level === 1 ? cn(s.number) : s.level === 2 ? `（${cn(s.number)}）` : s.level === 3 ? `${s.number}.` : `（${s.number}）`;
        break;
    }
  }
  return out;
}

/** What a citation needs to know of the document. */
export interface CitedDocument {
  title: string;
  docNumber: string | null;
  kind: PolicyKind | null;
}

/** What the plain form needs besides: the unit's text and its absolute URL. */
export interface PlainExtras {
  text: string;
  url: string;
}

/**
 * The citation of a unit (or of the whole document when `path` is null) in one form.
 *
 * @example formatCitation(zyjyf, path('第三十六条第二款第三项'), 'academic') // '《职业教育法》第36条第2款第3项'
 * @example formatCitation(jgjy, path('二（三）'), 'gongwen') // '《技工教育“十四五”规划》（人社部发〔2021〕86号）二（三）'
 */
export function formatCitation(doc: CitedDocument, path: UnitPath | null, form: CitationForm, extras?: PlainExtras): string {
  const unit = path ? formatUnitPath(path, form === 'academic' ? 'arabic' : 'chinese') : '';
  switch (form) {
    case 'gongwen':
      return `${documentPart(doc, 'gongwen')}${unit}`;
    case 'court':
      return `${documentPart(doc, 'court')}${unit}`;
    case 'academic':
      return `${documentPart(doc, 'academic')}${unit}`;
    case 'plain': {
      const citation = `${documentPart(doc, 'gongwen')}${unit}`;
      if (!extras) return citation;
      return `“${extras.text.replace(/\n+/g, ' ').trim()}”\n——${citation}\n${extras.url}`;
    }
  }
}

/**
 * The document part of a citation in a form: 《title》 with （文号） in the 公文 form where the kind
 * is cited with it; the title without 中华人民共和国 in the academic form; a title quoted inside
 * the title in 〈〉.
 */
export function documentPart(doc: CitedDocument, form: CitationForm): string {
  // A title inside a title takes 〈〉: 《…关于印发〈技工院校教材管理工作实施细则〉的通知》.
  const title = doc.title.replace(/《/g, '〈').replace(/》/g, '〉');
  if (form === 'academic') return `《${title.replace(/^中华人民共和国(?=.)/, '')}》`;
  const number = (form === 'gongwen' || form === 'plain') && doc.docNumber && citesDocNumber(doc.kind) ? `（${doc.docNumber}）` : '';
  return `《${title}》${number}`;
}

function cn(x: number): string {
  return toChineseNumeral(x) ?? String(x);
}
