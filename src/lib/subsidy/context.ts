/**
 * What surrounds a rule: whether a sentence only reports the past (2019年，国务院决定从失业保险基金
 * 结余中拿出1000亿元…, 五年来…) and so grants nothing, and the period a rule names.
 */

/** Headings of sections that describe the situation rather than rule (一、发展基础). */
const BACKGROUND_HEADING = /发展基础|发展成就|发展现状|基本情况|现状|面临形势|发展环境|背景|工作回顾/u;
/** Words that mark a report of what has happened. */
const PAST = /五年来|多年来|近年来|以来[，,]|“十三五”(?:时期|期间)|十三五(?:时期|期间)|共组织|截至|截止/u;

/** Targets: 到2025年，…达到30%以上 describes an aim, not money anyone receives. */
const TARGET = /^\s*(?:到|至|力争(?:到)?)\s*(?:\d{4}\s*年|“十四五”末|“十五五”末)/u;

/**
 * Whether a sentence reports the past or sets a target instead of stating a rule: it opens
 * with a year before the document's, speaks of what has been done (五年来, “十三五”时期, 截至…),
 * or opens with the year a target is due (到2025年，…).
 *
 * @example isBackground('2019年，国务院决定从失业保险基金结余中拿出1000亿元…', 2021) // true
 * @example isBackground('确保“十四五”期间省级财政每年投入…不少于5亿元', 2021)          // false
 */
export function isBackground(sentence: string, docYear: number | null): boolean {
  const opening = /^\s*(\d{4})\s*年[，,]/u.exec(sentence);
  if (opening && docYear !== null && Number(opening[1]) < docYear) return true;
  return PAST.test(sentence) || TARGET.test(sentence);
}

/** Whether a heading names a background section (发展基础, 现状 …). */
export function isBackgroundHeading(heading: string | null): boolean {
  return heading !== null && BACKGROUND_HEADING.test(heading);
}

const PERIOD = [
  /实施期限[^，。；,;]*/u,
  /有效期[^，。；,;]*/u,
  /“十四五”(?:期间|时期|末)/u,
  /\d{4} *年? *(?:—|-|–|至|到)+ *\d{4} *年/u,
  /\d+ *年(?:建设期)?内/u,
  /自 *\d{4} *年[^，。；,;]{0,12}起/u,
];

/**
 * The period a sentence gives its rule, as written, or `null`.
 *
 * @example periodOf('以工代训政策实施期限延至 2021 年 12 月。') // '实施期限延至 2021 年 12 月'
 */
export function periodOf(sentence: string): string | null {
  for (const pattern of PERIOD) {
    const match = pattern.exec(sentence);
    if (match) return match[0].replace(/[。；]$/u, '');
  }
  return null;
}
