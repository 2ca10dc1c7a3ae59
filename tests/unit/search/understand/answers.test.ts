/**
 * answerKinds and answerSpans on clause texts copied from content/policies: which kinds of
 * question a clause answers, and the phrase that answers.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { answerKinds, answerSpans, type Intent } from '../../../../src/lib/search/understand/index.ts';
import { policyTexts } from './corpus.ts';

// [file the text is in, the text, kinds it answers]
const CLAUSES: Array<[string, string, Intent[]]> = [
  ['rsbf-2021-45.md', '参加企业新型学徒制培训的给予企业每人每年 5000 元以上的职业培训补贴，由企业自主用于学', ['amount']],
  ['rcfwxdcyfzstcs.md', '对引进的科技领军人才，给予每人100万元一次性工作生活补贴和最高1000万元项目经费支持；', ['amount']],
  ['rcfwxdcyfzstcs.md', '加大省级人才计划对产业园区集群发展的支持力度，每年单列不低于20%专项指标，引导产业人才向园区流', ['amount']],
  ['gbf-2017-95.md', '实践性教学课时不少于总课时的50%。', ['amount']],
  ['lrp-1986-22.md', '培养中级技术工人，主要招收初中毕业生，学制为三年', ['time', 'eligibility']],
  ['rsbf-2020-96.md', '本意见自印发之日起施行。', ['time']],
  ['rstf-2021-12.md', '第三十八条 本实施细则自印发之日起施行。', ['time']],
  ['gf-2019-4.md', '机关和企事业单位招用人员不得歧视职业院校毕业生。', ['permission']],
  ['jqxsdgjnrcdwjs.md', '用人单位不得设置妨碍职业院校毕业生平等就业、公平竞争的报考、聘用等条件。', ['permission', 'eligibility']],
  ['jqxsdgjnrcdwjs.md', '事业单位公开招聘中有职业技能等级要求的岗位，可以适当降低学历要求。', ['permission']],
  ['rstf-2021-12.md', '全国技工教育规划教材由人力资源社会保障部负责组织审核；', ['responsible']],
  ['rcfwxdcyfzstcs.md', '本文件自印发之日起施行，由省委人才工作领导小组办公室负责解释。', ['time', 'responsible']],
  [
    'zyjyf-2022.md',
    '第六十六条　接纳职业学校和职业培训机构学生实习的单位违反本法规定，侵害学生休息休假、获得劳动安全卫生保护、参加相关保险、接受职业技能指导等权利的，依法承担相应的法律责任。',
    ['penalty'],
  ],
  [
    'zyjyf-2022.md',
    '对前款规定的人力资源服务机构、劳务派遣单位或者非法从事人力资源服务、劳务派遣业务的单位或个人，由人力资源社会保障行政部门或者其他有关部门责令改正，没收违法所得，并处违法所得一倍以上五倍以下的罚款；违法所得不足一万元的，按一万元计算。',
    ['amount', 'responsible', 'penalty'],
  ],
  ['rstf-2021-12.md', '对存在违规情况的有关责任人，视情节轻重，依照有关规定给予相应处分。', ['penalty']],
  ['gjcjrhjssdssfa.md', '国家产教融合建设试点对象包括：', ['eligibility']],
  ['gf-2018-11.md', '政府补贴的职业技能培训项目全部向具备资质的职业院校和培训机构开放。', ['eligibility']],
  ['gf-2019-4.md', '从2019年开始，在职业院校、应用型本科高校启动“学历证书+若干职业技能等级证书”制度试点', ['time']],
  ['zyjyf-2022.md', '每年5月的第二周为职业教育活动周。', ['time']],
  ['zh2022njgyxxsz-2022.md', '要确保在 2022 年 5 月 30 日、10 月 20 日前，分别完成春季学期、秋季学期新生学籍注册和审核审批工作。', ['time']],
  ['kzzyjndzpxqsdg-2020-att-2.md', '支持各级人社部门对培训内容、可用机构、可用人群、有效期、发放数量等进行定制。', ['time']],
];

describe('answerKinds on real clauses', () => {
  const corpus = [...policyTexts()];
  for (const [file, text, kinds] of CLAUSES) {
    it(`${text.slice(0, 30)}… → ${kinds.join(', ') || 'none'}`, () => {
      assert.ok(
        corpus.some(([name, body]) => name === file && body.replace(/ /g, '').includes(text.replace(/ /g, ''))),
        `not in ${file}`,
      );
      assert.deepEqual(answerKinds(text), kinds);
    });
  }
});

describe('answerSpans: the phrase that answers', () => {
  const spans = (text: string, intents?: Intent[]) => answerSpans(text, intents).map((s) => [text.slice(s.start, s.end), s.intent]);

  it('marks the amount as the subsidy extractor reads it', () => {
    assert.deepEqual(spans('参加企业新型学徒制培训的给予企业每人每年 5000 元以上的职业培训补贴', ['amount']), [['5000 元以上', 'amount']]);
    assert.deepEqual(spans('给予每人100万元一次性工作生活补贴和最高1000万元项目经费支持；', ['amount']), [
      ['100万元', 'amount'],
      ['最高1000万元', 'amount'],
    ]);
  });

  it('marks shares of anything, with their bounds', () => {
    assert.deepEqual(spans('实践性教学学时原则上占总学时数50%以上', ['amount']), [['50%以上', 'amount']]);
    assert.deepEqual(spans('国家、省两级抽查教材的比例合计不低于50%', ['amount']), [['不低于50%', 'amount']]);
  });

  it('marks dates, durations and when a text takes effect', () => {
    assert.deepEqual(spans('培养中级技术工人，主要招收初中毕业生，学制为三年', ['time']), [
      ['学制', 'time'],
      ['三年', 'time'],
    ]);
    assert.deepEqual(spans('本办法自2022年5月1日起施行。', ['time']), [['自2022年5月1日起施行', 'time']]);
    assert.deepEqual(spans('要确保在 2022 年 5 月 30 日、10 月 20 日前完成', ['time']), [
      ['2022 年 5 月 30 日', 'time'],
      ['10 月 20 日前', 'time'],
    ]);
    assert.deepEqual(spans('每年5月的第二周为职业教育活动周。', ['time']), [
      ['5月', 'time'],
      ['第二周', 'time'],
    ]);
    assert.deepEqual(spans('面向企业职工开放技工院校一年以上非全日制学籍注册通道', ['time']), [['一年以上', 'time']]);
    // A year and a month are times; a grade (一年级) is not a duration.
    assert.deepEqual(spans('2021年度一年级新生5月入学', ['time']), [
      ['2021年', 'time'],
      ['5月', 'time'],
    ]);
  });

  it('marks the whole sentence for 不得, 罚款, 负责 and 条件', () => {
    const text = '用人单位不得设置妨碍职业院校毕业生平等就业的条件。学校负责组织实施。';
    assert.deepEqual(spans(text, ['permission', 'responsible']), [
      ['用人单位不得设置妨碍职业院校毕业生平等就业的条件。', 'permission'],
      ['学校负责组织实施。', 'responsible'],
    ]);
  });

  it('finds nothing in a clause that answers none of them', () => {
    assert.deepEqual(answerSpans('坚持党的领导，坚持正确办学方向。'), []);
  });

  it('keeps offsets into the text as given (full-width digits)', () => {
    const text = '学制为３年。';
    const [span] = answerSpans(text, ['time']).filter((s) => text.slice(s.start, s.end).includes('年'));
    assert.equal(text.slice(span!.start, span!.end), '３年');
  });
});
