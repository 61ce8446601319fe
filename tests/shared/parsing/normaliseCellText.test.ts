import { describe, expect, it } from 'vitest';
import {
  normaliseCellText,
  removeSpacesAroundChinese,
} from '../../../shared/parsing/normaliseCellText';

describe('normaliseCellText', () => {
  it('turns full-width digits and punctuation into half-width, keeping Chinese', () => {
    expect(normaliseCellText('（亿元）')).toBe('(亿元)');
    expect(normaliseCellText('７．１：４３．１：４９．８')).toBe('7.1:43.1:49.8');
    expect(normaliseCellText('［２．２］')).toBe('[2.2]');
    expect(normaliseCellText('确保数量不减，质量提升')).toBe('确保数量不减,质量提升');
    expect(normaliseCellText('甲、乙')).toBe('甲,乙');
  });

  it('collapses full-width and repeated spaces and trims', () => {
    expect(normaliseCellText('\u3000 7\u3000\u3000左右 ')).toBe('7 左右');
    expect(normaliseCellText('[  ]')).toBe('[ ]');
  });

  it('keeps dashes and comparison signs', () => {
    expect(normaliseCellText('——')).toBe('——');
    expect(normaliseCellText('≤5')).toBe('≤5');
  });
});

describe('removeSpacesAroundChinese', () => {
  it('removes PDF spaces next to Chinese but not between Latin words', () => {
    expect(removeSpacesAroundChinese('单位 GDP 能源消耗降幅')).toBe('单位GDP能源消耗降幅');
    expect(removeSpacesAroundChinese('每千人口拥有 0-3 岁婴幼儿')).toBe('每千人口拥有0-3岁婴幼儿');
    expect(removeSpacesAroundChinese('COD (万吨)')).toBe('COD(万吨)');
    expect(removeSpacesAroundChinese('R D')).toBe('R D');
  });
});
