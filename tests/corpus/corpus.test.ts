/**
 * The importer over the five real sources, checked against the ground-truth inventory in
 * tests/corpus/inventory/ (written by reading the sources; see its README for conventions).
 */
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { checkParagraphs, importCorpus } from '../../src/lib/import/index.ts';
import { documentKey } from '../../src/lib/import/merge.ts';
import { parsePolicy, visitUnits } from '../../src/lib/pst/index.ts';
import { readCorpusInput } from '../../scripts/lib-cli.ts';
import { catalog, loadCorpus } from '../../src/lib/corpus/index.ts';

interface InventoryDoc {
  startLine: number;
  endLine: number;
  title: string;
  docNumber: string | null;
  issuers: string[];
  dates: { issued: string | null; published: string | null; effective: string | null };
  kind: string;
  genre: string;
  jurisdiction: string;
  role: string;
  parentStartLine: number | null;
  complete: boolean;
  structure: { parts: number; chapters: number; sections: number; articles: number } | null;
}
interface Inventory {
  file: string;
  documents: InventoryDoc[];
  noise: Array<{ line: number; kind: string; text: string }>;
}

const root = process.cwd();
const input = readCorpusInput(root);
const out = importCorpus(input);
const inventories = new Map<string, Inventory>();
// clauses.json is the 款 count inventory (clauses.test.ts), not a source inventory.
for (const name of readdirSync(join(root, 'tests/corpus/inventory'))
  .filter((f) => f.endsWith('.json') && f !== 'clauses.json')
  .sort()) {
  const inv = JSON.parse(readFileSync(join(root, 'tests/corpus/inventory', name), 'utf8')) as Inventory;
  const cur = inventories.get(inv.file);
  if (cur) {
    cur.documents.push(...inv.documents);
    cur.noise.push(...inv.noise);
  } else inventories.set(inv.file, inv);
}
const allInventory = [...inventories.values()].flatMap((i) => i.documents.map((d) => ({ ...d, file: i.file })));

describe('the five sources', () => {
  it('are copied into content/sources byte for byte', () => {
    for (const name of input.sources.keys()) {
      const shared = join(root, '../shared/corpus', name);
      if (!existsSync(shared)) continue; // a fresh clone without shared/ beside it
      assert.deepEqual(readFileSync(join(root, 'content/sources', name)), readFileSync(shared), name);
    }
    assert.equal(input.sources.size, 5);
  });

  it('have every non-blank line accounted for, and every non-blank character in a document or the noise report', () => {
    for (const r of out.reports) {
      assert.deepEqual(r.unaccounted, [], r.file);
      assert.equal(r.ink.documents + r.ink.noise, r.ink.source, `${r.file}: characters lost or counted twice`);
    }
  });

  it('are split into exactly the documents of the inventory, each with its range, title, 文号, issuers, dates, kind, role and parent', () => {
    for (const [file, inv] of inventories) {
      const report = out.reports.find((r) => r.file === file)!;
      const got = out.documents.flatMap((d) => d.copies.filter((c) => c.file === file));
      assert.deepEqual(
        got.map((c) => c.startLine).sort((a, b) => a - b),
        inv.documents.map((d) => d.startLine).sort((a, b) => a - b),
        `${file}: document starts`,
      );
      assert.equal(report.documents.length, inv.documents.length);
      for (const e of inv.documents) {
        const c = got.find((x) => x.startLine === e.startLine)!;
        const where = `${file}:${e.startLine}`;
        assert.equal(c.endLine, e.endLine, `${where} endLine`);
        assert.equal(c.title, e.title, `${where} title`);
        assert.equal(c.docNumber, e.docNumber, `${where} 文号`);
        assert.deepEqual(c.issuers, e.issuers, `${where} issuers`);
        assert.deepEqual(c.dates, e.dates, `${where} dates`);
        assert.equal(c.kind, e.kind, `${where} kind`);
        assert.equal(c.genre, e.genre, `${where} genre`);
        assert.equal(c.jurisdiction, e.jurisdiction, `${where} jurisdiction`);
        assert.equal(c.role, e.role, `${where} role`);
        const parent = c.parent === null ? null : got.find((x) => x.index === c.parent)!.startLine;
        assert.equal(parent, e.parentStartLine ?? null, `${where} parent`);
      }
    }
  });

  it('remove exactly the noise lines of the inventory (发布时间 lines are kept as document header)', () => {
    for (const [file, inv] of inventories) {
      const report = out.reports.find((r) => r.file === file)!;
      const got = new Map(report.noise.records.map((n) => [n.line, n.kind] as const));
      for (const n of inv.noise) {
        if (got.has(n.line)) continue;
        const header = report.accounts.some((a) => 'doc' in a && a.part === 'header' && a.from <= n.line && n.line <= a.to);
        assert.ok(n.kind === 'web' && header, `${file}:${n.line} should be noise (${n.kind}): ${n.text}`);
      }
      const expected = new Set(inv.noise.map((n) => n.line));
      for (const [line, kind] of got) assert.ok(expected.has(line), `${file}:${line} removed as ${kind} but is document text`);
    }
  });

  it('become one canonical document per distinct document: copies merged, truncated copies marked', () => {
    const groups = new Map<string, typeof allInventory>();
    for (const d of allInventory) groups.set(documentKey(d.title), [...(groups.get(documentKey(d.title)) ?? []), d]);
    assert.equal(out.documents.length, groups.size);
    assert.equal(new Set(out.documents.map((d) => d.id)).size, out.documents.length, 'ids are unique');
    for (const [key, copies] of groups) {
      const doc = out.documents.find((d) => d.key === key);
      assert.ok(doc, `no document for ${key}`);
      assert.deepEqual(
        doc.sources.map((s) => `${s.file}:${s.startLine}:${s.complete}`).sort(),
        copies.map((c) => `${c.file}:${c.startLine}:${c.complete !== false}`).sort(),
        `${key}: copies and completeness`,
      );
    }
  });

  it('give every article-structured document its chapters and articles (e.g. 职业教育法: 8 chapters, 69 articles)', () => {
    const law = out.documents.find((d) => d.title === '中华人民共和国职业教育法');
    assert.ok(law);
    const lawTree = parsePolicy(out.files.get(`content/policies/${law.id}.md`)!).tree;
    let chapters = 0;
    let articles = 0;
    visitUnits(lawTree, (node) => {
      if (node.type === 'chapter') chapters++;
      if (node.type === 'article') articles++;
    });
    assert.deepEqual([chapters, articles], [8, 69]);
    let checked = 0;
    for (const e of allInventory) {
      if (!e.structure || e.structure.articles === 0) continue;
      const doc = out.documents.find((d) => d.key === documentKey(e.title))!;
      const text = out.files.get(`content/policies/${doc.id}.md`)!;
      const { tree } = parsePolicy(text, { path: `content/policies/${doc.id}.md` });
      const counts = { parts: 0, chapters: 0, sections: 0, articles: 0 };
      visitUnits(tree, (node) => {
        if (node.type === 'part') counts.parts++;
        if (node.type === 'chapter') counts.chapters++;
        if (node.type === 'section') counts.sections++;
        if (node.type === 'article') counts.articles++;
      });
      assert.deepEqual(counts, e.structure, `${doc.id} ${e.title}`);
      checked++;
    }
    // 技工学校工作规定, 技工院校教材管理工作实施细则 (two copies), 职业教育法, 云南省职业教育条例,
    // 现代职业教育质量提升计划资金管理办法, 云南省职业技能竞赛管理办法（试行）, 云南省拓宽…实施办法（暂行）.
    assert.equal(checked, 8, 'article-structured copies in the inventory');
  });

  it('are imported the same way twice, and the committed corpus is what the importer writes', () => {
    const again = importCorpus(readCorpusInput(root));
    assert.deepEqual([...again.files.keys()], [...out.files.keys()]);
    for (const [p, text] of out.files) {
      assert.equal(again.files.get(p), text, p);
      assert.equal(readFileSync(join(root, p), 'utf8'), text, `${p} is out of date: run npm run import`);
    }
  });

  it('have the paragraph structure the print has: the check finds no wrong split, glued heading, unrebuilt table or leftover space', () => {
    const defects = checkParagraphs(out.documents);
    assert.deepEqual(
      defects.map((d) => `content/sources/${d.file}:${d.line} ${d.id} ${d.kind}: ${d.detail}`),
      [],
    );
  });

  it('use every correction, each with a reason', () => {
    for (const r of out.reports) {
      assert.deepEqual(r.corrections.unused, [], r.file);
      for (const c of r.corrections.used) assert.ok(c.reason.length > 10);
    }
    assert.ok(out.reports.reduce((n, r) => n + r.corrections.total, 0) <= 20, 'corrections stay few');
  });

  it('appear in the catalog (dist/data/catalog.json) exactly once each, with title, 文号, dates and counts', async () => {
    const docs = await loadCorpus(join(root, 'content/policies'), { warn: () => {} });
    const entries = catalog(docs).documents;
    assert.equal(entries.length, out.documents.length);
    assert.equal(new Set(entries.map((e) => e.id)).size, entries.length);
    for (const d of out.documents) {
      const e = entries.find((x) => x.id === d.id);
      assert.ok(e, d.id);
      assert.equal(e.title, d.title);
      assert.equal(e.docNumber, d.docNumber);
      assert.deepEqual(e.dates, d.dates);
      assert.equal(e.url, `/docs/${d.id}/`);
      assert.deepEqual(
        e.sources,
        d.sources.map((s) => ({ file: s.file, startLine: s.startLine, endLine: s.endLine })),
      );
      if (d.parent) assert.ok(entries.find((x) => x.id === d.parent)!.children.includes(d.id), `${d.parent} lists ${d.id}`);
    }
    const law = entries.find((e) => e.title === '中华人民共和国职业教育法')!;
    assert.deepEqual(law.counts, { chapters: 8, sections: 0, articles: 69 });
  });
});
