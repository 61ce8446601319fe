import { describe, expect, it } from 'vitest';
import { parseCommand } from '../../../cli/commands/parse';
import { fakeCliIo } from '../../helpers/fakeCliIo';

// A table pasted from Excel with 序号 and year headers (issue 11): 3 indicators.
const TABLE = [
  '“十四五”主要指标',
  '序号\t类别\t指标\t2020年\t2025年\t年均/累计\t属性',
  '1\t综合质效\t地区生产总值（亿元）\t957.14\t1200\t7左右\t预期性',
  '2\t\t财政总收入（亿元）\t140\t180\t5左右\t预期性',
  '3\t民生福祉\t城镇登记失业率（%）\t3.12\t--\t4.5以内\t约束性',
].join('\n');

describe('parse prints and takes the column mapping', () => {
  it('prints the mapping it used, keeping the indicator fields', async () => {
    const { io, out, err } = fakeCliIo({ 't.txt': TABLE });
    expect(await parseCommand(['t.txt'], io)).toBe(0);
    expect(err).toEqual([]);
    const json = JSON.parse(out.join(''));
    expect(json.indicatorCount).toBe(3);
    expect(
      json.indicators.map((item: { category: string; name: string }) => [item.category, item.name]),
    ).toEqual([
      ['综合质效', '地区生产总值'],
      ['综合质效', '财政总收入'],
      ['民生福祉', '城镇登记失业率'],
    ]);
    expect(json.map).toBe('0=seq,1=category,2=name,3=base,4=target,5=growth,6=attribute');
    expect(json.columns[3]).toEqual({
      column: 3,
      role: 'base',
      roleLabel: '基期值',
      header: '2020年',
      year: 2020,
      source: 'header',
    });
    expect(json.period).toEqual({
      periodLabel: '十四五',
      baseYear: 2020,
      targetYear: 2025,
      source: '标题「十四五」',
    });
    expect(json.rows.map((row: { fate: string }) => row.fate)).toEqual(['header']);
    expect(json.issues).toEqual([]);
  });

  it('reads the table again with --map, inline or from a JSON file', async () => {
    const swapped = '0=seq,1=category,2=name,3=target,4=base,5=growth,6=attribute';
    const { io, out } = fakeCliIo({ 't.txt': TABLE, 'map.json': '{"3":"target","4":"base"}' });
    expect(await parseCommand(['t.txt', '--map', swapped], io)).toBe(0);
    const inline = JSON.parse(out.join(''));
    expect(inline.indicators[0]).toMatchObject({ baseRaw: '1200', targetRaw: '957.14' });
    expect(inline.columns[3]).toMatchObject({ role: 'target', source: 'user' });
    const fromFile = fakeCliIo({ 't.txt': TABLE, 'map.json': '{"3":"target","4":"base"}' });
    expect(await parseCommand(['t.txt', '--map', 'map.json'], fromFile.io)).toBe(0);
    expect(JSON.parse(fromFile.out.join('')).indicators[0]).toMatchObject({ baseRaw: '1200' });
  });

  it('refuses a bad --map with the usage, and prints --help', async () => {
    const bad = fakeCliIo({ 't.txt': TABLE });
    expect(await parseCommand(['t.txt', '--map', '3=goal'], bad.io)).toBe(2);
    expect(bad.err.join('')).toContain('--map 中第 3 列的角色「goal」无法识别');
    const noName = fakeCliIo({ 't.txt': TABLE });
    expect(await parseCommand(['t.txt', '--map', '2=keep'], noName.io)).toBe(1);
    expect(noName.err.join('')).toContain('找不到「指标名称」列');
    const help = fakeCliIo({});
    expect(await parseCommand(['--help'], help.io)).toBe(0);
    expect(help.out.join('')).toContain('--map "0=seq,1=category,2=name');
  });
});
