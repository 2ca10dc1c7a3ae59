/** The word tables, one line per phrasing found in the corpus: kinds, beneficiaries, conditions, periods, background. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { beneficiariesOf, conditionsOf, isBackground, kindOf, periodOf, type Beneficiary, type SubsidyKind } from '../../../src/lib/subsidy/index.ts';

describe('kindOf', () => {
  const cases: Array<[string, SubsidyKind | null]> = [
    ['对开展学徒培训的企业按规定给予职业培训补贴，补贴资金从职业技能提升行动专账资金或就业补助资金列支。', '培训补贴'],
    ['职业学校、职业培训机构实施前款规定的活动，符合国家有关规定的，享受相关税费优惠政策。', '税费优惠'],
    ['可按投资额的30%抵免当年应缴教育费附加和地方教育附加。', '税费优惠'],
    ['国家支持企业、事业单位、社会组织及公民个人按照国家有关规定设立职业教育奖学金、助学金。', '学生资助'],
    ['职业学校按照规定的收费标准和办法，收取学费和其他必要费用；', '学费与收费'],
    ['技工院校毕业生可按规定申请一次性求职创业补贴、社会保险补贴。', '就业创业补贴'],
    ['选手分别给予每人一次性奖励10万元、5万元、2万元', '奖励'],
    ['从事残疾人职业教育的特殊教育教师按照规定享受特殊教育津贴。', '人才补贴与津贴'],
    ['竞赛工作经费可用于竞赛所需的设备设施、仪器耗材购置或租赁、专家教练裁判聘请、奖金及与赛事有关的其他支出。', '经费使用与管理'],
    ['原则上每个国家级高技能人才培训基地补助300—700万元', '项目资金'],
    ['省、自治区、直辖市人民政府应当制定本地区职业学校生均经费标准或者公用经费标准。', '经费保障'],
    ['鼓励金融机构依法依规为校企合作提供相关信贷和融资支持。', '金融支持'],
    ['有关企业可以按照规定享受补贴。', '其他补贴'],
    // Named, not granted.
    ['五年来，全国共组织开展补贴性职业技能培训近1亿人次。', null],
    ['推进落实以国家表彰和省级表彰为引领、行业企业奖励为主体、社会奖励为补充的高技能人才表彰奖励体系。', null],
    ['按照《关于企业职工教育经费税前扣除政策的通知》等规定，足额提取职工教育经费。', '经费使用与管理'],
    ['帮助学生从学校学习到就业工作紧密衔接。', null],
    ['大力发展融资租赁、电子商务等产业急需紧缺学科专业。', null],
  ];
  for (const [sentence, kind] of cases) it(`${kind ?? '—'}: ${sentence}`, () => assert.equal(kindOf(sentence), kind));

  it('a sentence that only says 补贴 takes the kind of the rule before it', () => {
    assert.equal(kindOf('由相关部门按照符合补贴申领条件的人员数量，及时拨付其余补贴资金。', '培训补贴'), '培训补贴');
  });
});

describe('beneficiariesOf', () => {
  const cases: Array<[string, Beneficiary[]]> = [
    ['对开展学徒培训的企业按规定给予职业培训补贴', ['学徒', '企业']],
    ['对我省选派获得世界技能大赛金、银、铜牌和优胜奖的选手，分别给予每人一次性奖励', ['竞赛选手']],
    // 高技能人才培训基地 is a base, not 技能人才.
    ['原则上每个国家级高技能人才培训基地补助300—700万元', ['培训机构与基地']],
    // 企业职工 are workers; 企业所得税 is no enterprise.
    ['对高校毕业生和企业职工按规定给予职业培训补贴。', ['学生', '劳动者']],
    ['对引进高层次产业人才到我省工作的中介机构（个人），每引进1人（团队）给予最高10万元奖励。', ['科技与产业人才', '单位和个人']],
    ['认定一批省级技能培训基础能力建设项目，每个项目给予400万元补助资金。', ['未写明']],
  ];
  for (const [sentence, expected] of cases) it(`${expected.join('、')}: ${sentence}`, () => assert.deepEqual(beneficiariesOf(sentence), expected));
});

describe('conditionsOf', () => {
  const cases: Array<[string, string[]]> = [
    ['对培养高技能人才成绩突出的，给予每个不少于500万元经费支持。', ['对培养高技能人才成绩突出的']],
    ['试点企业兴办职业教育符合条件的投资，按规定投资额30%的比例抵免当年应缴教育费附加和地方教育附加。', ['符合条件的投资']],
    ['对推动成果转化取得重大贡献的，经绩效评价后给予不少于150万元经费支持。', ['对推动成果转化取得重大贡献的', '经绩效评价后']],
    ['各地在继续巩固落实好高等职业教育生均财政拨款水平达到12000元的基础上，根据发展需要逐步提高拨款水平。', []],
  ];
  for (const [sentence, expected] of cases) it(sentence, () => assert.deepEqual(conditionsOf(sentence), expected));
});

describe('periodOf and isBackground', () => {
  it('reads the period a rule names', () => {
    assert.equal(periodOf('以工代训政策实施期限延至 2021 年 12 月。'), '实施期限延至 2021 年 12 月');
    assert.equal(periodOf('确保“十四五”期间省级财政每年投入职业教育专项资金不少于5亿元'), '“十四五”期间');
    assert.equal(periodOf('对新建的国家实验室，5年建设期内，每年给予不少于1000万元配套经费支持'), '5年建设期内');
    assert.equal(periodOf('对获奖选手给予最高10万元奖励。'), null);
  });
  it('tells reports of the past and targets from rules', () => {
    assert.equal(isBackground('2019年，国务院决定从失业保险基金结余中拿出1000亿元组织实施职业技能提升行动。', 2021), true);
    assert.equal(isBackground('五年来，全国共组织开展补贴性职业技能培训近1亿人次。', 2021), true);
    assert.equal(isBackground('到2025年，技能人才占就业人员的比例达到30%以上。', 2022), true);
    assert.equal(isBackground('确保“十四五”期间省级财政每年投入职业教育专项资金不少于5亿元。', 2021), false);
    assert.equal(isBackground('2022 年至 2025 年，聚焦制造业重点领域建立一批国家技能根基工程培训基地。', 2022), false);
  });
});
