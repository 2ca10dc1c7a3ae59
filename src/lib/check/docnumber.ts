/**
 * A 文号 in the form GB/T 9704-2012 (7.2.4) requires: 发文机关代字, the full year in 六角括号
 * 〔〕, the serial number in Arabic digits without 第 and without leading zeros (虚位), then 号:
 * 人社部发〔2021〕86号. Any other way of writing it is resolvable, but a draft should be corrected.
 */
import { normalizeDocNumber } from '../text/index.ts';

/** A 文号 as written, its standard form, and what differs (in words, for the reader). */
export interface DocNumberForm {
  standard: string;
  faults: string[];
}

/**
 * @example standardDocNumber('人社部发[2021]第086号')
 * // { standard: '人社部发〔2021〕86号', faults: ['年份应用六角括号〔〕', '序号前不加“第”字', '序号不编虚位（不加前导0）'] }
 */
export function standardDocNumber(raw: string): DocNumberForm {
  const faults: string[] = [];
  const bracket = /[〔﹝\[［【(（]\s*[0-9０-９]{4}\s*[〕﹞\]］】)）]/u.exec(raw)?.[0] ?? '';
  if (!/^〔[0-9]{4}〕$/.test(bracket.replace(/\s/g, '')) || /\s/.test(bracket)) faults.push('年份应用六角括号〔〕括入');
  if (/[０-９]/.test(raw)) faults.push('年份和序号用半角阿拉伯数字');
  if (/[\s\u3000\u00a0]/.test(raw)) faults.push('文号中不留空格');
  let standard = normalizeDocNumber(raw);
  const serial = /〕(第?)(0*)([0-9]+)号$/.exec(standard);
  if (serial) {
    if (serial[1]) faults.push('序号前不加“第”字');
    if (serial[2]) faults.push('序号不编虚位（1不编为01）');
    standard = `${standard.slice(0, serial.index)}〕${serial[3]}号`;
  }
  if (standard === raw) return { standard, faults: [] };
  return { standard, faults: faults.length > 0 ? faults : ['文号写法不规范'] };
}
