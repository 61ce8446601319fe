/**
 * The 专栏 boxes of the plans 000 (景德镇, 27 boxes) and 002 (抚州, 25 boxes), checked by hand
 * against tests/fixtures/source-docs.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { WorkItem } from '../../../../shared/domain/workItem';
import { parseBoxes } from '../../../../shared/importers/tasks/parseBoxes';

function itemsOf(file: string): readonly WorkItem[] {
  const result = parseBoxes(readFileSync(`tests/fixtures/source-docs/${file}`, 'utf8'), {
    listId: 'b',
  });
  if (!result.ok) throw new Error(result.error.message);
  return result.value.items;
}

const byNumber = (items: readonly WorkItem[], number: string) =>
  items.find((item) => item.number === number)!;

describe('parseBoxes on source-doc 000', () => {
  const items = itemsOf('000_fcb2957cab32a824.txt');

  it('reads 184 items in 27 boxes', () => {
    expect(items).toHaveLength(184);
    expect(new Set(items.map((i) => i.place.box)).size).toBe(27);
    expect(items.filter((i) => i.kind === '工程项目')).toHaveLength(176);
  });

  it('reads box 1 group by group, wrapped lines joined', () => {
    const box1 = items.filter((i) => i.place.box === '专栏 1 陶瓷文化保护传承工程');
    expect(box1.map((i) => i.number)).toEqual([
      '1-1-1',
      '1-1-2',
      '1-1-3',
      '1-1-4',
      '1-1-5',
      '1-2-1',
      '1-2-2',
      '1-2-3',
    ]);
    const heritage = box1[4]!;
    expect(heritage.place).toEqual({
      part: '第一章 加强陶瓷文化遗产保护传承',
      section: '第五节 推进陶瓷文化的挖掘和阐发',
      box: '专栏 1 陶瓷文化保护传承工程',
      group: '（一）陶瓷文化遗产保护工程',
    });
    expect(heritage.text).toBe(
      '非遗研究基地、生产性保护示范基地、传承基地、传播基地达到 100 家；非遗代表性传承人群体达到 1200 人以上。',
    );
    expect(heritage.quantities).toEqual([
      {
        text: '100 家',
        context: '非遗研究基地、生产性保护示范基地、传承基地、传播基地达到 100 家',
      },
      { text: '1200 人以上', context: '非遗代表性传承人群体达到 1200 人以上' },
    ]);
  });

  it('takes a short numbered line as the heading of the paragraphs below it (box 12)', () => {
    const road = byNumber(items, '12-1-3');
    expect(road.title).toBe('公路');
    expect(road.text).toContain('完成市域内 G206 改造。加快 S507 扩建工程');
    expect(road.deadlines.map((d) => d.text)).toEqual(['到 2025 年']);
    expect(byNumber(items, '12-4').title).toBe('新基建');
  });

  it('goes on after chapter text printed inside a box (box 21)', () => {
    const box21 = items.filter((i) => i.place.box.startsWith('专栏 21 '));
    expect(box21.map((i) => i.number)).toEqual([
      '21-1-1',
      '21-1-2',
      '21-2-1',
      '21-2-2',
      '21-3',
      '21-4-1',
      '21-4-2',
      '21-4-3',
      '21-4-4',
      '21-4-5',
    ]);
    expect(byNumber(items, '21-1-2').text).not.toContain('老龄化');
  });

  it('reads the kind from the box title', () => {
    expect(byNumber(items, '23-1').kind).toBe('任务');
    expect(byNumber(items, '26-1').kind).toBe('任务');
    expect(byNumber(items, '10-1')).toMatchObject({
      kind: '工程项目',
      project: { totalInvestment: null, annualInvestment: {}, startYear: null, endYear: null },
    });
  });

  it('finds no departments in bracketed place names', () => {
    expect(byNumber(items, '16-6').responsibilities).toEqual([]);
    expect(items.every((i) => i.responsibilities.length === 0)).toBe(true);
  });
});

describe('parseBoxes on source-doc 002', () => {
  const items = itemsOf('002_641d90f13b9fbec7.txt');

  it('reads 141 items in 25 boxes; a sub-group with prose is one item', () => {
    expect(items).toHaveLength(141);
    expect(new Set(items.map((i) => i.place.box)).size).toBe(25);
    const first = items[0]!;
    expect(first).toMatchObject({
      number: '1-1',
      title: '“双百领军才子”计划',
      place: { box: '专栏 1 人才引进和培养工程', group: '（一）“双百领军才子”计划' },
    });
    expect(first.quantities.map((q) => q.text)).toEqual(['100 名左右', '10 个', '100 名左右']);
  });

  it('reads numbered lines under a sub-group (box 11) and reforms (box 7)', () => {
    expect(byNumber(items, '11-2-3').title).toBe('病险水库（闸）除险加固工程');
    expect(byNumber(items, '7-1').kind).toBe('改革举措');
  });
});

describe('parseBoxes on bad input', () => {
  it('says so when the text has no box', () => {
    const result = parseBoxes('第一章 总则\n\n1.加强领导。', { listId: 'b', fileName: 'p.txt' });
    expect(result).toEqual({
      ok: false,
      error: {
        message: '未找到专栏：规划文本中应有「专栏 1 ……」及其编号条目',
        location: { file: 'p.txt', line: 1 },
      },
    });
  });

  it('names the item and line of an unbalanced bracket', () => {
    const result = parseBoxes('专栏 1 示范工程\n\n1.建设（一期工程；\n\n2.建设二期。', {
      listId: 'b',
    });
    expect(result).toEqual({
      ok: false,
      error: {
        message: '专栏条目 1-1：括号「（」不成对，无法读出责任单位',
        location: { line: 3, cellText: '建设（一期工程；' },
      },
    });
  });
});
