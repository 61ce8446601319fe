import { describe, expect, it } from 'vitest';
import { summarizeWorkItemImport } from '../../../shared/domain/workItemImportSummary';
import { readWorkItemSeed } from '../../helpers/workItemSeeds';

describe('summarizeWorkItemImport', () => {
  it('counts 004 by kind and part and merges its departments with the known list', () => {
    const known = ['市统计局', '市林业局', '各县(市、区)政府', ' 市生态 环境局'];
    const summary = summarizeWorkItemImport(readWorkItemSeed('seed-jdz-cjjjd-2021'), known);
    expect(summary.itemCount).toBe(25);
    expect(summary.byKind).toEqual({ 任务: 25, 工程项目: 0, 改革举措: 0 });
    expect(summary.groups).toEqual([
      '一、扎实推进问题整改',
      '二、持续推进生态环境保护修复',
      '三、夯实长江经济带绿色发展的基础支撑',
      '四、推动绿色高质量发展',
      '五、构建共抓大保护工作新格局',
      '六、统筹推进各项工作落细落实',
    ]);
    expect(summary.departments).toHaveLength(49);
    // ASCII parentheses and stray spaces merge with the imported names (one department list).
    expect(summary.knownDepartments).toEqual(['市生态环境局', '各县（市、区）政府', '市林业局']);
    expect(summary.newDepartments).toHaveLength(46);
    expect(summary.newDepartments).not.toContain('市林业局');
  });

  it('groups 专栏 items by their box', () => {
    const summary = summarizeWorkItemImport(readWorkItemSeed('seed-jdz-14-boxes'), []);
    expect(summary.itemCount).toBe(184);
    expect(summary.groups).toHaveLength(27);
    expect(summary.groups[0]).toBe('专栏 1 陶瓷文化保护传承工程');
  });
});
