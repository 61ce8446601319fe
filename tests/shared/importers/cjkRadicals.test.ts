import { describe, expect, it } from 'vitest';
import { unifyCjkRadicals } from '../../../shared/importers/cjkRadicals';

describe('unifyCjkRadicals', () => {
  it('maps Kangxi and supplement radicals from PDF text back to the ideographs', () => {
    // As pdf.js reads 004 printed by Chromium with Noto Sans CJK.
    expect(unifyCjkRadicals('⼀、扎实推进问题整改')).toBe('一、扎实推进问题整改');
    expect(unifyCjkRadicals('(市⽣态环境局、领导⼩组办公室、市⾃然资源规划局')).toBe(
      '(市生态环境局、领导小组办公室、市自然资源规划局',
    );
    expect(unifyCjkRadicals('推进⻓江经济带、市委各部⻔、景德镇市⼈⺠政府')).toBe(
      '推进长江经济带、市委各部门、景德镇市人民政府',
    );
  });

  it('leaves every other character as it is, full-width punctuation included', () => {
    const text = '各县（市、区）政府，R&D 经费 28.91 万亩；１２';
    expect(unifyCjkRadicals(text)).toBe(text);
  });
});
