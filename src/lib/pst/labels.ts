/**
 * The Chinese label of a unit as a citation writes it, whatever the source's typography:
 * 第三十六条, 第三十六条之一, 第二款, 第（三）项, 第1目, 二、, （三）, 1., （1）, 专栏2, 附件1, 表1.
 */
import { toChineseNumeral } from '../text/index.ts';
import type { Unit } from './types.ts';

const cn = (n: number): string => toChineseNumeral(n) ?? String(n);

/** The canonical outline label for a level and number: 二、, （三）, 1., （1）. */
export function outlineLabel(level: 1 | 2 | 3 | 4, n: number): string {
  switch (level) {
    case 1:
      return `${cn(n)}、`;
    case 2:
      return `（${cn(n)}）`;
    case 3:
      return `${n}.`;
    case 4:
      return `（${n}）`;
  }
}

/**
 * The Chinese label of an addressable unit.
 *
 * @example unitLabel(article) // '第三十六条' (or '第三十六条之一')
 * @example unitLabel(item)    // '第（三）项', even when the source wrote (三)
 */
export function unitLabel(node: Unit): string {
  switch (node.type) {
    case 'part':
      return `第${cn(node.number)}编`;
    case 'chapter':
      return `第${cn(node.number)}章`;
    case 'section':
      return `第${cn(node.number)}节`;
    case 'article':
      return `第${cn(node.number)}条${node.zhiyi === null ? '' : `之${cn(node.zhiyi)}`}`;
    case 'clause':
      return `第${cn(node.number)}款`;
    case 'item':
      return `第（${cn(node.number)}）项`;
    case 'subitem':
      return `第${node.number}目`;
    case 'outline':
      return outlineLabel(node.level, node.number);
    case 'box':
      return `专栏${node.number}`;
    case 'attachment':
      return `附件${node.number}`;
    case 'table':
      return `表${node.number}`;
  }
}
