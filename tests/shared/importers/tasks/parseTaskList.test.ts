/**
 * The 004 task list (2021年景德镇市推进长江经济带发展工作要点): 25 numbered tasks under six parts,
 * with their responsible units. Expected titles and departments checked by hand against
 * tests/fixtures/source-docs/004_fac2628270a00fab.txt.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { leadDepartments, supportDepartments } from '../../../../shared/domain/workItem';
import { parseTaskList } from '../../../../shared/importers/tasks/parseTaskList';

const TEXT = readFileSync('tests/fixtures/source-docs/004_fac2628270a00fab.txt', 'utf8');
const OPTIONS = { listId: 't004' };

const COUNTIES = '各县（市、区）政府';
const EXPECTED: readonly (readonly [number, string, string, string])[] = [
  [
    1,
    '狠抓警示片披露问题整改',
    `市生态环境局、领导小组办公室、市农业农村局、市国资委、市自然资源规划局、市工信局、市应急局、市水利局、市卫健委、${COUNTIES}、昌南新区、市国控集团、市水投公司`,
    '',
  ],
  [
    2,
    '举一反三促问题整改',
    `市生态环境局、领导小组办公室、市农业农村局、市国资委、市自然资源规划局、市工信局、市应急局、市公安局、市交通运输局、市水利局、市林业局、市住房城乡建设局、市商务局、${COUNTIES}、高新区管委会、昌南新区管委会、国控集团、陶文旅集团、黑猫集团`,
    '',
  ],
  [3, '扎实推进其他反馈问题整改', `市生态环境局、${COUNTIES}`, '市直有关单位'],
  [
    4,
    '深入推进城镇污水垃圾处理',
    `市住房城乡建设局、市发展改革委、市生态环境局、${COUNTIES}、高新区、昌南新区、新区管委会`,
    '',
  ],
  [
    5,
    '深入推进化工污染治理',
    `市生态环境局、市工业和信息化局、市发展改革委、${COUNTIES}、高新区、昌南新区管委会`,
    '',
  ],
  [6, '深入推进农业面源污染治理', `市农业农村局、市生态环境局、${COUNTIES}`, ''],
  [7, '深入推进尾矿库污染治理', `市应急局、${COUNTIES}、市生态环境局`, ''],
  [8, '持续推进非法采砂专项整治', `市水利局、${COUNTIES}、高新区、昌南新区管委会`, ''],
  [9, '持续开展入河排污口专项整治', `市生态环境局、${COUNTIES}、高新区、昌南新区管委会`, ''],
  [10, '加强森林生态修复和保护', `市林业局、${COUNTIES}`, ''],
  [11, '加强湿地保护和生物多样性保护', `市林业局、${COUNTIES}`, ''],
  [
    12,
    '加快生态保护修复项目建设',
    `市自然资源局、市生态环境局、${COUNTIES}、市发展改革委、高新区、昌南新区管委会`,
    '市直有关单位',
  ],
  [
    13,
    '加快构建综合交通枢纽和现代流通体系',
    '市交通运输局、市发展改革委、市住房和城乡建设局、有关县（市、区）政府',
    '市直有关部门',
  ],
  [
    14,
    '推动新型城镇化和区域协同联动发展',
    `市发展改革委、市住房城乡建设局、市人力资源社会保障局、${COUNTIES}、高新区、昌南新区管委会`,
    '市直有关部门',
  ],
  [
    15,
    '全方位扩大对外开放',
    `市发展改革委、市商务局、景德镇海关、中铁南昌局公司景德镇站、${COUNTIES}、高新区、昌南新区管委会`,
    '市直有关部门',
  ],
  [
    16,
    '推动创新提速提效',
    `市科技局、市工业和信息化局、市发展改革委、省财政局、景德镇陶瓷大学、陶文旅集团、${COUNTIES}、高新区、昌南新区管委会`,
    '市直有关部门',
  ],
  [
    17,
    '夯实高质量发展产业支撑',
    `市工业和信息化局、市发展改革委、市商务局、市委军民融合办、市民航局、${COUNTIES}、高新区、昌南新区管委会`,
    '',
  ],
  [
    18,
    '加快开发区改革创新',
    `市发展改革委、市工业和信息化局、市商务局、市科技局、市生态环境局、${COUNTIES}、高新区、昌南新区管委会`,
    '',
  ],
  [
    19,
    '拓展“两山”转化通道',
    `浮梁县政府、市发展改革委、景德镇银保监分局、市生态环境局、市财政局、市林业局、${COUNTIES}`,
    '市直有关部门',
  ],
  [
    20,
    '推进文化保护与生态旅游融合发展',
    `市住房城乡建设局、市文化和旅游局、市林业局、${COUNTIES}`,
    '',
  ],
  [
    21,
    '完善综合管控机制',
    `领导小组办公室、市工业和信息化局、市生态环境局、${COUNTIES}、高新区、昌南新区管委会`,
    '',
  ],
  [
    22,
    '完善法制保障机制',
    `市人大法工委、市人大环资委、市法院、市检察院、市公安局、市司法局、市发展改革委、市生态环境局、市自然资源局、市交通运输局、${COUNTIES}、高新区、昌南新区管委会`,
    '',
  ],
  // 23–25 name no list: their departments are written in the prose (「市生态环境局负责牵头推进…」).
  [23, '压实各方责任', '', ''],
  [24, '强化资金支持', '', ''],
  [25, '加强宣传引导', '', ''],
];

function parse004() {
  const result = parseTaskList(TEXT, OPTIONS);
  if (!result.ok) throw new Error(result.error.message);
  return result.value.items;
}

describe('parseTaskList on source-doc 004', () => {
  const items = parse004();

  it('reads the 25 numbered tasks in order, each a 任务', () => {
    expect(items.map((i) => i.number)).toEqual(EXPECTED.map(([n]) => String(n)));
    expect(new Set(items.map((i) => i.kind))).toEqual(new Set(['任务']));
  });

  it.each(EXPECTED)(
    'task %i: title %s, its leads and supporters',
    (number, title, lead, support) => {
      const item = items[number - 1]!;
      expect(item.title).toBe(title);
      expect(leadDepartments(item).join('、')).toBe(lead);
      expect(supportDepartments(item).join('、')).toBe(support);
    },
  );

  it('places each task under its part and sub-section', () => {
    expect(items[0]!.place).toEqual({
      part: '一、扎实推进问题整改',
      section: '',
      box: '',
      group: '',
    });
    expect(items[3]!.place.section).toBe('（一）深入推进生态环境污染治理“4+1”工程');
    expect(items[9]!.place.section).toBe('（三）大力推进生态保护修复');
    expect(items[12]!.place).toEqual({
      part: '三、夯实长江经济带绿色发展的基础支撑',
      section: '',
      box: '',
      group: '',
    });
    expect(items[24]!.place.part).toBe('六、统筹推进各项工作落细落实');
  });

  it('gives each of two lists in one task to its own clause (task 7)', () => {
    const [first, second] = items[6]!.responsibilities;
    expect(first!.lead).toEqual(['市应急局', COUNTIES]);
    expect(first!.clause.endsWith('实施闭库治理并销号。')).toBe(true);
    expect(second!.lead).toEqual(['市生态环境局', COUNTIES]);
    expect(second!.clause).toBe(
      '持续推进昌江干流和乐安河岸线 1 公里范围内尾矿库污染治理，消除尾矿库重大环境污染隐患。',
    );
  });

  it('keeps deadlines and quantities as written with their clause', () => {
    expect(items[3]!.deadlines).toEqual([
      { text: '2021 年底前', context: '2021 年底前全市建成区黑臭水体基本消除' },
    ]);
    expect(items[9]!.quantities).toEqual([
      {
        text: '28.91 万亩',
        context:
          '深入实施国土绿化、森林质量提升、生物多样性保护等工程，完成 28.91 万亩营造林生产任务',
      },
    ]);
    expect(items[15]!.quantities.map((q) => q.text)).toEqual(['2%左右']);
  });

  it('joins wrapped lines and stops at the imprint', () => {
    expect(items[24]!.text.endsWith('进一步增强对共抓大保护的自觉性和主动性。')).toBe(true);
    expect(items[6]!.text).toContain('大舟金矿 2号尾矿库');
  });
});

describe('parseTaskList on bad input', () => {
  it('names line 1 when no numbered task is found', () => {
    const result = parseTaskList('一、总体要求\n\n加强领导，压实责任。', OPTIONS);
    expect(result).toEqual({
      ok: false,
      error: {
        message: '未找到编号任务：任务清单应有「1.」「2.」……开头的任务',
        location: { line: 1 },
      },
    });
  });

  it('names the task and its line for unbalanced brackets', () => {
    const text = '一、重点任务\n1.推进整治。\n2.加强监管。(市生态环境局负责\n3.强化保障。';
    const result = parseTaskList(text, { ...OPTIONS, fileName: 'a.txt' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.message).toBe('第 2 项任务：括号「(」不成对，无法读出责任单位');
    expect(result.error.location).toMatchObject({ file: 'a.txt', line: 3 });
  });

  it('refuses a department name of 500 characters', () => {
    const text = `1.推进整治。（${'很'.repeat(499)}局负责）`;
    const result = parseTaskList(text, OPTIONS);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.message).toBe(
      '第 1 项任务：责任单位名称长 500 字，超过 60 字上限，可能是分隔符缺失或括号错位',
    );
    expect(result.error.location?.line).toBe(1);
  });

  it('restarts numbering under each part', () => {
    const text =
      '一、甲\n1.甲一。（市发展改革委负责）\n二、乙\n1.乙一。（市财政局牵头，市税务局配合）';
    const result = parseTaskList(text, OPTIONS);
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.items.map((i) => [i.number, i.title, i.place.part])).toEqual([
      ['1', '甲一', '一、甲'],
      ['1', '乙一', '二、乙'],
    ]);
    expect(supportDepartments(result.value.items[1]!)).toEqual(['市税务局']);
  });
});
