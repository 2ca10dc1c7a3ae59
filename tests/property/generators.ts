/**
 * fast-check generators for policy-like sources, from the real grammar: wrapped titles, 文号 in
 * every bracket form, 第X条 with the separators the corpus uses, 一、/（一）/1./（1） outlines,
 * page-start marks, page numbers, URLs, image placeholders, blank lines after every line.
 */
import fc from 'fast-check';
import { toChineseNumeral } from '../../src/lib/text/index.ts';

const HAN = '职业教育技工院校学生企业培训补贴资金管理人才技能国家地方政府部门实施办法规定条例意见通知规划方案高质量发展产教融合校企合作一体化课程';
const PUNCT = '，。、；：“”《》（）';

/** A run of Chinese text with punctuation. */
export const hanText = (min: number, max: number) =>
  fc.array(fc.constantFrom(...[...HAN], ...[...HAN], ...[...PUNCT]), { minLength: min, maxLength: max }).map((a) => a.join(''));

/** A sentence ending in 。 */
export const sentence = hanText(6, 40).map((t) => `${t.replace(/[。；]/g, '')}。`);

/** 文号 in any bracket form, with or without spaces. */
export const docNumber = fc
  .tuple(
    fc.constantFrom('人社部发', '人社厅函', '教职成', '云人社发', '国办发'),
    fc.integer({ min: 2000, max: 2030 }),
    fc.integer({ min: 1, max: 300 }),
    fc.constantFrom(['〔', '〕'], ['﹝', '﹞'], ['[', ']'], ['［', '］']),
    fc.constantFrom('', ' '),
  )
  .map(([p, y, n, [l, r], sp]) => `${p}${l}${y}${r}${n}${sp}号`);

/** 第X条 with a separator: space, U+3000, none. */
const article = fc
  .tuple(fc.integer({ min: 1, max: 120 }), fc.constantFrom(' ', '\u3000', '', '  '), fc.array(sentence, { minLength: 1, maxLength: 3 }))
  .map(([n, sep, s]) => `第${toChineseNumeral(n)}条${sep}${s.join('')}`);

const outline = fc
  .tuple(fc.integer({ min: 1, max: 12 }), fc.constantFrom(1, 2, 3, 4), hanText(2, 12), fc.array(sentence, { maxLength: 2 }))
  .map(([n, level, head, s]) => {
    const cn = toChineseNumeral(n)!;
    const label = level === 1 ? `${cn}、` : level === 2 ? `（${cn}）` : level === 3 ? `${n}.` : `（${n}）`;
    return `${label}${head.replace(/[。；]/g, '')}${s.length ? `。${s.join('')}` : ''}`;
  });

const noise = fc.oneof(
  fc.integer({ min: 1, max: 300 }).map(String),
  fc.constant('http://www.mohrss.gov.cn/xxgk2020/W020210428577244120116.doc'),
  fc.constant('[image: image1.png]'),
  fc.constant('发布时间：2020-06-17'),
);

/** Hard-wrap a paragraph at `width` characters, as a PDF extraction does. */
function wrap(text: string, width: number): string[] {
  const chars = [...text];
  const out: string[] = [];
  for (let i = 0; i < chars.length; i += width) out.push(chars.slice(i, i + width).join(''));
  return out;
}

/** A whole policy-like source: title, 文号, addressee, body, signature, date; wrapped and noisy. */
export const policySource = fc
  .tuple(
    hanText(6, 40).map((t) => `人力资源社会保障部关于${t.replace(/[。，；：]/g, '')}的通知`),
    docNumber,
    fc.array(fc.oneof(article, outline, sentence, noise), { minLength: 1, maxLength: 25 }),
    fc.integer({ min: 12, max: 40 }),
    fc.boolean(),
    fc.boolean(),
  )
  .map(([title, number, body, width, blankAfterEach, pageMarks]) => {
    const lines = [...wrap(title, 18), number, '各省、自治区、直辖市人力资源社会保障厅（局）：'];
    for (const p of body) lines.push(...wrap(p, width));
    lines.push('人力资源社会保障部', '2021 年 8 月 9 日');
    return lines.map((l, i) => (pageMarks && i % 7 === 0 ? ` ${l}` : l)).join(blankAfterEach ? '\n\n' : '\n');
  });

/** Arbitrary text: any Unicode, control characters, long runs of one character. */
export const anyText = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 400 }),
  fc.string({ unit: 'binary', maxLength: 400 }),
  fc
    .tuple(fc.constantFrom('《', '第', '一', '）', ' ', '\u3000', '\t', '\n', '条', '。', '〔'), fc.integer({ min: 1, max: 2000 }))
    .map(([c, n]) => c.repeat(n)),
);
