/**
 * Synthetic corpora N× the real one, for measuring how build cost grows. Each copy of a real
 * document keeps its structure (chapters, articles, outlines, tables, boxes) and gets a changed
 * title, 文号, dates, numbers and wording, so that search and parsing see realistic but
 * distinct text.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';

const PLACES = ['北京市', '天津市', '河北省', '山西省', '辽宁省', '吉林省', '江苏省', '浙江省', '安徽省', '福建省', '江西省', '山东省', '河南省', '湖北省', '湖南省', '广东省', '海南省', '四川省', '贵州省', '陕西省', '甘肃省', '青海省'];
const WORDING: Array<[string, string]> = [
  ['加强', '强化'], ['推进', '推动'], ['完善', '健全'], ['支持', '扶持'], ['鼓励', '引导'],
  ['技工院校', '技工学校'], ['职业院校', '职业学校'], ['培训', '培养'], ['建立', '建设'], ['提高', '提升'],
];

/** Write a corpus `factor` times the real one into `outDir` (replacing it); returns its size. */
export function generateScaledCorpus(sourceDir: string, outDir: string, factor: number): { documents: number; bytes: number } {
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const files = readdirSync(sourceDir).filter((f) => f.endsWith('.md')).sort();
  let documents = 0;
  let bytes = 0;
  for (let k = 0; k < factor; k++) {
    for (const name of files) {
      const text = readFileSync(join(sourceDir, name), 'utf8');
      const out = k === 0 ? text : variant(text, k);
      const id = k === 0 ? name : name.replace(/\.md$/, `-x${k}.md`);
      writeFileSync(join(outDir, id), out);
      documents++;
      bytes += Buffer.byteLength(out);
    }
  }
  return { documents, bytes };
}

function variant(text: string, k: number): string {
  const m = /^---\n([\s\S]*?)\n---\n/.exec(text)!;
  const meta = parse(m[1]!) as Record<string, unknown> & { id: string; title: string; docNumber: string | null; parent: string | null; dates: Record<string, string | null> };
  const place = PLACES[k % PLACES.length]!;
  meta.id = `${meta.id}-x${k}`;
  meta.key = `${String(meta.key)}#${k}`;
  meta.title = `${place}${meta.title.replace(/^中华人民共和国/, '')}（${k}）`;
  if (meta.docNumber) meta.docNumber = meta.docNumber.replace(/〔(\d{4})〕(\d+)号/, (_, y: string, n: string) => `〔${Number(y) + (k % 5)}〕${Number(n) + k}号`);
  if (meta.parent) meta.parent = `${meta.parent}-x${k}`;
  for (const key of Object.keys(meta.dates)) {
    const d = meta.dates[key];
    if (d) meta.dates[key] = `${Number(d.slice(0, 4)) + (k % 5)}${d.slice(4)}`;
  }
  let body = text.slice(m[0].length);
  const [from, to] = WORDING[k % WORDING.length]!;
  body = body.split(from).join(to);
  // Change amounts and counts, not structure: numbers not followed by 条/章/节/. or inside labels.
  body = body.replace(/(\d+)(?=\s*(?:万元|元|%|个|所|人))/g, (n) => String(Number(n) + k));
  return `---\n${stringify(meta, { lineWidth: 0 })}---\n${body}`;
}
