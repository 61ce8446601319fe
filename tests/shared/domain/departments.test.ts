import { describe, expect, it } from 'vitest';
import {
  isSameDepartment,
  mergeDepartments,
  normalizeDepartmentName,
} from '../../../shared/domain/departments';

describe('departments', () => {
  it('normalises wrapped names and ASCII brackets', () => {
    expect(normalizeDepartmentName('各县(市、区)政 府')).toBe('各县（市、区）政府');
    expect(normalizeDepartmentName(' 市住房城乡\n建设局 ')).toBe('市住房城乡建设局');
  });

  it('merges the indicators’ and the items’ departments, first mention first', () => {
    expect(
      mergeDepartments(
        ['市统计局', '市发展改革委'],
        ['市发展改革委', '各县(市、区)政府', ' '],
        ['各县（市、区）政府'],
      ),
    ).toEqual(['市统计局', '市发展改革委', '各县（市、区）政府']);
  });

  it('tells the same department written two ways', () => {
    expect(isSameDepartment('市生态 环境局', '市生态环境局')).toBe(true);
    expect(isSameDepartment('市自然资源局', '市自然资源规划局')).toBe(false);
  });
});
