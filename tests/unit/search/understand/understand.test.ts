/**
 * understandQuery on real phrasings, with the corpus vocabulary and the real thesaurus: what is
 * asked (intents), which words are searched (a term's text or alternates holding the word), and
 * that no question word or particle is searched.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { before, describe, it } from 'node:test';
import {
  CUES,
  hasTraditional,
  loadThesaurus,
  loadToSimplified,
  QUESTION_WORDS,
  understandQuery,
  type Intent,
  type Thesaurus,
  type UnderstoodQuery,
} from '../../../../src/lib/search/understand/index.ts';
import { corpusVocabulary } from './corpus.ts';

let vocabulary: Set<string>;
let thesaurus: Thesaurus;
let toSimplified: (s: string) => string;

before(async () => {
  vocabulary = await corpusVocabulary();
  thesaurus = loadThesaurus(readFileSync('content/dictionaries/synonyms.txt', 'utf8'), 'content/dictionaries/synonyms.txt');
  toSimplified = await loadToSimplified();
});

/** What the browser does: convert only when the query has traditional characters. */
function understand(q: string): UnderstoodQuery {
  return understandQuery(q, { vocabulary, thesaurus, toSimplified: hasTraditional(q) ? toSimplified : undefined });
}

/** Whether `word` is searched: inside some term's text or alternates, or cut into consecutive terms. */
function searched(u: UnderstoodQuery, word: string): boolean {
  if (u.terms.some((t) => [t.text, ...t.alternates].some((w) => w.includes(word)))) return true;
  return u.terms
    .filter((t) => t.source === 'query')
    .map((t) => t.text)
    .join('')
    .includes(word);
}

// [query as people type it, what it asks, words that must be searched]
const ROWS: Array<[string, Intent[], string[]]> = [
  // amounts
  ['学徒补贴多少钱', ['amount'], ['学徒', '补贴']],
  ['企业新型学徒制培训补贴标准', ['amount'], ['新型学徒制', '补贴']],
  ['世赛金牌奖励多少', ['amount'], ['世界技能大赛', '奖励']],
  ['职业培训补贴每人补多少', ['amount'], ['职业培训补贴']],
  ['技能大师工作室补助金额', ['amount'], ['技能大师工作室', '补助']],
  ['给学徒的钱', ['amount'], ['学徒', '补贴', '资金']],
  ['产业人才一次性补贴有多高', ['amount'], ['一次性', '补贴']],
  ['中职免学费标准', ['amount'], ['中等职业学校', '学费']],
  ['国家助学金每年多少', ['amount'], ['国家助学金']],
  ['高技能人才津贴多少元', ['amount'], ['高技能人才', '津贴']],
  // times and durations
  ['技校读几年', ['time'], ['技工学校', '学制']],
  ['技工学校学制几年', ['time'], ['技工学校', '学制']],
  ['职业教育法什么时候施行', ['time'], ['职业教育法', '施行']],
  ['电子培训券有效期多长', ['time'], ['电子培训券', '有效期']],
  ['学籍注册截止时间', ['time'], ['学籍', '注册']],
  ['新型学徒制培训期限', ['time'], ['学徒', '期限']],
  ['预备技师读多久', ['time'], ['预备技师']],
  ['何时完成学籍注册', ['time'], ['学籍', '注册']],
  ['实施细则哪年开始执行', ['time'], ['实施细则', '执行']],
  ['顶岗实习多长时间', ['time'], ['岗位实习', '实习']],
  ['职业院校教师每年多少学时培训', ['time'], ['职业院校', '教师', '学时', '培训']],
  ['新职教法是什么时候开始施行的', ['time'], ['职业教育法', '施行']],
  // who is responsible
  ['谁负责技工学校的管理', ['responsible'], ['技工学校', '管理']],
  ['技工教育规划教材由谁审核', ['responsible'], ['教材', '审核']],
  ['哪个部门负责职业技能等级认定', ['responsible'], ['职业技能等级认定']],
  ['职业学校由哪个部门主管', ['responsible'], ['职业学校', '主管']],
  ['产教融合型企业归谁管', ['responsible'], ['产教融合型企业']],
  ['技能人才评价谁来组织', ['responsible'], ['技能人才', '评价', '组织']],
  ['世赛集训基地由谁建设', ['responsible'], ['世界技能大赛', '集训', '基地']],
  // whether something is allowed, required or forbidden
  ['技工学校能不能改办成中专？', ['permission'], ['技工学校', '中专']],
  ['技校老师评职称还要论文吗', ['permission'], ['技工学校', '教师', '职称评审', '论文']],
  ['用人单位可以歧视职业院校毕业生吗', ['permission'], ['用人单位', '职业院校', '毕业生']],
  ['学校能否向学生收取实习费用', ['permission'], ['学生', '实习', '费用']],
  ['职业学校是否允许举办营利性培训', ['permission'], ['职业学校', '营利']],
  ['企业可不可以不提取职工教育经费', ['permission'], ['职工教育经费']],
  ['行业协会是否可以收取费用', ['permission'], ['行业协会', '费用']],
  ['培训评价组织要不要收费', ['permission'], ['职业教育培训评价组织']],
  ['中职学生需不需要参加实习', ['permission'], ['中等职业学校', '实习']],
  ['禁止哪些行为', ['permission'], ['禁止']],
  ['能不能跨省参加技能等级认定', ['permission'], ['技能等级认定']],
  ['技校生能考大学吗', ['permission'], ['技校', '大学']],
  // penalties
  ['违反规定怎么处罚', ['penalty'], ['违反', '规定', '处罚']],
  ['职业学校违法组织实习怎么罚', ['penalty'], ['职业学校', '实习']],
  ['非法中介安排学生实习罚款多少', ['amount', 'penalty'], ['学生', '实习', '罚款']],
  ['侵害实习学生权利要承担什么法律责任', ['penalty'], ['实习', '法律责任']],
  ['教材违规使用会受什么处分', ['penalty'], ['教材', '处分']],
  ['用人单位违规会被怎样处理', ['penalty'], ['用人单位', '处理']],
  ['技能等级证书造假的处罚', ['penalty'], ['职业技能等级证书', '处罚']],
  // who is eligible
  ['哪些人可以申请职业培训补贴', ['eligibility'], ['职业培训补贴']],
  ['国家助学金资助对象', ['eligibility'], ['国家助学金', '资助']],
  ['参加技师研修需要什么条件', ['eligibility'], ['技师', '研修']],
  ['谁能参加世界技能大赛选拔', ['eligibility'], ['世界技能大赛', '选拔']],
  ['什么人能享受免学费', ['eligibility'], ['学费']],
  ['产教融合型企业认定条件', ['eligibility'], ['产教融合型企业', '认定']],
  ['哪些学生能享受国家助学金', ['eligibility'], ['学生', '国家助学金']],
  ['入选双高计划要具备什么资格', ['eligibility'], ['双高计划']],
  ['新型学徒制培训对象有哪些', ['eligibility'], ['新型学徒制', '培训']],
  ['企业申报产教融合型企业的条件', ['eligibility'], ['产教融合型企业', '申报']],
  ['技能等级认定哪些机构可以做', ['eligibility'], ['技能等级认定', '机构']],
  // keyword, colloquial and traditional queries that ask for no particular kind
  ['技工学校 学制', ['time'], ['技工学校', '学制']],
  ['國家助學金 怎麼發放', [], ['国家助学金', '发放']],
  ['職業技能等級認定', [], ['职业技能等级认定']],
  ['世赛获奖有什么奖励', [], ['世界技能大赛', '获奖', '奖励']],
  ['职教20条', [], ['国家职业教育改革实施方案']],
  ['职教法第三十六条', [], ['职业教育法']],
  ['双高学校建设', [], ['双高', '高水平高职学校和专业建设计划']],
  ['老师下企业实践', [], ['教师', '企业', '实践']],
  ['中职升高职', [], ['中等职业学校', '高等职业学校']],
  ['请问职业技能等级证书怎么查询', [], ['职业技能等级证书', '查询']],
  ['工学一体化老师', [], ['工学一体化', '教师']],
  ['实习学生有报酬吗', [], ['实习', '学生', '报酬']],
  ['实习岗位跟专业不对口', [], ['实习', '岗位', '专业', '对口']],
  ['人社部 技工院校 改革', [], ['人力资源社会保障部', '技工院校', '改革']],
  ['一体化课程标准', [], ['一体化', '课程标准']],
  ['国家职业技能标准 编制', [], ['职业技能标准', '编制']],
  ['职业学校的主管部门', ['responsible'], ['职业学校', '主管部门']],
  // everyday words for the texts' words (synonyms.txt), and question frames around them
  ['职教法第几条讲校企合作', [], ['职业教育法', '校企合作']],
  ['学校安排实习还收钱合法吗', ['permission'], ['实习', '收费', '收取费用']],
  ['新职教法哪天开始实施', ['time'], ['职业教育法', '施行']],
  ['技校生能考公务员吗', ['permission'], ['技工院校学生', '公务员']],
  ['学校实验员能评正高吗', ['permission'], ['实验员', '正高级']],
  ['副高要几年', ['time'], ['副高级']],
  ['世赛拿奖有哪些待遇', [], ['世界技能大赛', '获奖', '待遇']],
  ['技工学校在校生最少要多少人', ['amount'], ['技工学校', '在校学生', '不少于']],
  ['每所学校最多招多少人', ['amount'], ['不超过']],
  ['职高毕业能上大专吗', ['permission'], ['职业高中', '高职']],
  ['跟岗实习怎么管理', [], ['岗位实习', '管理']],
  ['中高职贯通招生', [], ['贯通培养', '五年制', '招生']],
  ['春季高考怎么报名', [], ['职教高考', '报名']],
  ['中职生国家助学金', [], ['中职学生', '国家助学金']],
  ['产教融合型企业税收优惠', [], ['产教融合型企业', '税费', '财税']],
  ['教育局负责什么', ['responsible'], ['教育行政部门']],
  ['工人评职称', [], ['技能人才', '职称评审']],
  ['技校文凭国家承认吗', [], ['技工学校', '学历证书', '毕业证书']],
  ['考证补贴', [], ['职业技能鉴定', '职业技能等级认定', '补贴']],
  ['企业带徒弟有补贴吗', [], ['企业', '带徒', '补贴']],
  ['国赛获奖能免试上大学吗', ['permission'], ['全国技能大赛', '全国职业院校技能大赛', '获奖', '免试']],
  ['省赛一等奖奖励多少', ['amount'], ['全省技能大赛', '省级竞赛', '奖励']],
  ['培训补贴一个人补多少钱', ['amount'], ['培训补贴', '每人']],
  ['技能补贴怎么领', [], ['补贴', '领取', '申领']],
  ['技工学校一年招多少人', ['amount'], ['技工学校', '每年', '招生']],
  ['技校老师一周上几节课', [], ['技工学校', '教师', '每周', '任课时数']],
  ['技校生当兵有什么优惠', [], ['技工院校学生', '参军', '入伍']],
  ['实验员评职称要论文吗', ['permission'], ['实验技术人才', '职称评审', '论文']],
];

describe('understandQuery: real phrasings', () => {
  for (const [query, intents, words] of ROWS) {
    it(`${query} → ${intents.join(', ') || 'no intent'}; searches ${words.join(' ')}`, () => {
      const u = understand(query);
      assert.deepEqual(u.intents, intents);
      for (const word of words) assert.ok(searched(u, word), `${word} not searched: ${JSON.stringify(u.terms)}`);
      for (const term of u.terms.filter((t) => t.source === 'query')) {
        assert.ok(!QUESTION_WORDS.has(term.text), `question word ${term.text} searched`);
        assert.ok(CUES.get(term.text)?.keep !== false, `question cue ${term.text} searched`);
      }
    });
  }

  it('has at least 60 rows across every intent', () => {
    assert.ok(ROWS.length >= 60);
    for (const intent of ['amount', 'time', 'responsible', 'permission', 'penalty', 'eligibility'] as const) {
      assert.ok(ROWS.filter(([, i]) => i.includes(intent)).length >= 6, intent);
    }
  });
});

describe('understandQuery: the rest of what it returns', () => {
  it('labels the words searched and the kind asked', () => {
    assert.equal(understand('学徒补贴多少钱').label, '按“学徒 补贴”检索 · 问金额');
    assert.equal(understand('违反规定怎么处罚').label, '按“违反 规定 处罚”检索 · 问处罚');
  });

  it('lists what it dropped', () => {
    assert.deepEqual(understand('学徒补贴多少钱').dropped, ['多少钱']);
    assert.deepEqual(understand('请问职业技能等级证书怎么查询').dropped, ['请问', '怎么']);
    assert.deepEqual(understand('技校老师评职称还要论文吗').dropped.sort(), ['吗', '还要'].sort());
  });

  it('cuts a question’s own 能 as a word (兼职 + 能, not 兼 + 职能), and guesses no typo across it', () => {
    const u = understand('老师去企业兼职能拿钱吗');
    assert.ok(u.terms.some((t) => t.text === '兼职'));
    assert.ok(!u.terms.some((t) => t.text === '职能'));
    const v = understand('技校生能考公务员吗');
    assert.ok(!v.terms.some((t) => t.source === 'fuzzy'), JSON.stringify(v.terms));
  });

  it('drops the frame of asking which article says something', () => {
    assert.deepEqual(understand('职教法第几条讲校企合作').dropped.sort(), ['第几条', '讲'].sort());
    assert.deepEqual(understand('哪条规定说了实习报酬').dropped.sort(), ['了', '哪条', '说'].sort());
  });

  it('keeps a query of nothing but question words', () => {
    const u = understand('多少钱？');
    assert.deepEqual(
      u.terms.map((t) => t.text),
      ['多少钱'],
    );
    assert.deepEqual(u.intents, ['amount']);
  });

  it('takes quoted phrases verbatim, never cut or stripped', () => {
    const u = understand('“什么是双师型教师” 认定');
    assert.deepEqual(u.phrases, ['什么是双师型教师']);
    assert.ok(!u.terms.some((t) => t.text.includes('双师')));
    assert.deepEqual(
      u.terms.filter((t) => t.source === 'query').map((t) => t.text),
      ['认定'],
    );
  });

  it('takes 文号 out of the words, canonical', () => {
    const u = understand('云政发[2021]28号 补贴');
    assert.deepEqual(u.docNumbers, ['云政发〔2021〕28号']);
    assert.deepEqual(
      u.terms.filter((t) => t.source === 'query').map((t) => t.text),
      ['补贴'],
    );
    assert.equal(u.label, '按“云政发〔2021〕28号 补贴”检索');
  });

  it('weights the reader’s own word above what the thesaurus adds, and money words lowest', () => {
    const u = understand('技校老师');
    const own = u.terms.find((t) => t.text === '技校')!;
    const ring = u.terms.find((t) => t.source === 'synonym' && t.expands === '技校')!;
    assert.equal(own.source, 'query');
    assert.ok(ring.weight < own.weight);
    assert.deepEqual([ring.text, ...ring.alternates].sort(), ['技工学校', '技工院校'].sort());
    const money = understand('给学徒的钱').terms.find((t) => t.source === 'synonym' && t.expands === '钱')!;
    assert.ok(money.weight < ring.weight);
  });

  it('searches a word typed as typed, not again as a synonym of another', () => {
    const u = understand('技校 技工学校 管理');
    const ring = u.terms.filter((t) => t.source === 'synonym' && t.expands === '技校');
    assert.deepEqual(
      ring.map((t) => [t.text, ...t.alternates]),
      [['技工院校']],
    );
    assert.ok(!u.terms.some((t) => t.source === 'synonym' && [t.text, ...t.alternates].includes('技工学校')));
  });

  it('works without a vocabulary: cuts at thesaurus and question words, unknown runs stay whole', () => {
    const u = understandQuery('学徒补贴多少钱', { thesaurus });
    assert.deepEqual(
      u.terms.filter((t) => t.source === 'query').map((t) => t.text),
      ['学徒', '补贴'],
    );
    assert.deepEqual(u.intents, ['amount']);
    const v = understandQuery('产教融合项目怎么申报', { thesaurus });
    assert.deepEqual(
      v.terms.map((t) => t.text),
      ['产教融合项目', '申报'],
    );
  });

  it('accepts the vocabulary as a membership test', () => {
    const u = understandQuery('学徒补贴多少钱', { thesaurus, vocabulary: (w) => vocabulary.has(w) });
    assert.deepEqual(
      u.terms.filter((t) => t.source === 'query').map((t) => t.text),
      ['学徒', '补贴'],
    );
  });
});
