/**
 * Garbled responsibility lists and task texts never throw (issue 13「Tests and figures」): every
 * input gives items or one located Chinese error.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_DEPARTMENT_NAME_LENGTH } from '../../../../shared/domain/departments';
import { itemDepartments } from '../../../../shared/domain/workItem';
import { importWorkItemsFromText } from '../../../../shared/importers/tasks/importWorkItemsFromText';
import { readResponsibilities } from '../../../../shared/importers/tasks/readResponsibilities';

const FRAGMENTS = [
  '(',
  ')',
  '（',
  '）',
  '、',
  '，',
  ',',
  '；',
  '。',
  '\n',
  '\n\n',
  ' ',
  '负责',
  '牵头',
  '配合',
  '市生态环境局',
  '各县（市、区）政府',
  '市直有关单位',
  '高新区',
  '1.',
  '2.',
  '3.',
  '一、',
  '二、',
  '（一）',
  '专栏 1 示范工程',
  '第一章 总则',
  '2021 年底前',
  '100 家',
  '《条例（试行）》',
  '印发',
  '- 8 -',
  '###',
  '**',
];
const garbled = fc
  .array(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ maxLength: 4 })), { maxLength: 60 })
  .map((parts) => parts.join(''));

const HAS_CHINESE = /[\u4e00-\u9fa5]/;

describe('work-item import on garbled input', () => {
  it('readResponsibilities never throws and keeps names short and non-empty', () => {
    fc.assert(
      fc.property(garbled, (text) => {
        const result = readResponsibilities(text);
        if (!result.ok) return HAS_CHINESE.test(result.problem.message);
        const names = itemDepartments({ responsibilities: result.value });
        return names.every((n) => n !== '' && n.length <= MAX_DEPARTMENT_NAME_LENGTH);
      }),
      { numRuns: 800 },
    );
  });

  it('importWorkItemsFromText never throws; a failure has a Chinese message and a line', () => {
    fc.assert(
      fc.property(
        garbled,
        fc.constantFrom('taskList' as const, 'boxes' as const),
        (text, layout) => {
          const result = importWorkItemsFromText(text, { listId: 'g' }, layout);
          if (result.ok) {
            expect(result.value.items.length).toBeGreaterThan(0);
            return result.value.items.every((item, index) => item.order === index + 1);
          }
          return HAS_CHINESE.test(result.error.message) && (result.error.location?.line ?? 0) >= 1;
        },
      ),
      { numRuns: 800 },
    );
  });
});
