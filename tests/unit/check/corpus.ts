/** The checker's data from a few real documents of content/policies, parsed once for the check tests. */
import { readFileSync } from 'node:fs';
import { listUnits } from '../../../src/lib/cite/index.ts';
import { buildCheckData, createChecker, type CheckData } from '../../../src/lib/check/index.ts';
import { parsePolicy } from '../../../src/lib/pst/index.ts';
import { buildLibrary, crossReference } from '../../../src/lib/xref/index.ts';

/** The law, a 规划 and the notice issuing it, a 方案 and its notice, and the Yunnan regulation that repeals an older one. */
export const IDS = ['zyjyf-2022', 'rsbf-2021-86', 'rsbf-2021-86-notice', 'gf-2019-4', 'gf-2019-4-notice', 'ynszyjytl', 'lrp-1986-22'];

let data: CheckData | undefined;

/** The check data of {@link IDS}, with 职教法 as an abbreviation of the law. */
export function checkData(): CheckData {
  if (!data) {
    const docs = IDS.map((id) => ({ id, tree: parsePolicy(readFileSync(`content/policies/${id}.md`, 'utf8'), { path: `content/policies/${id}.md` }).tree }));
    const xref = crossReference(docs, buildLibrary(docs));
    data = buildCheckData(
      docs.map((d) => ({ id: d.id, meta: d.tree.meta, units: listUnits(d.tree), abbreviations: d.id === 'zyjyf-2022' ? ['职教法'] : [] })),
      xref.relations,
    );
  }
  return data;
}

/** A checker over {@link checkData}. */
export const checker = () => createChecker(checkData());
