import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { guardChangeLogRow } from '../../../../shared/domain/guards/guardChangeLogRow';
import { idText, text } from './guardArbitraries';
import { itHasGuardProperties } from './guardProperties';

const entry = fc.record({
  id: idText,
  at: text,
  user: text,
  planId: text,
  indicatorId: fc.option(text),
  action: text,
  origin: fc.oneof(
    fc.constantFrom({ type: 'manual' }, { type: 'paste' }, { type: 'restore' }, { type: 'system' }),
    text.map((fileName) => ({ type: 'import', fileName })),
  ),
  before: fc.option(text),
  after: fc.option(text),
});

describe('guardChangeLogRow', () => {
  itHasGuardProperties(guardChangeLogRow, entry);

  it('accepts the empty plan id a restore is logged with', () => {
    const restore = {
      id: 'r',
      at: 't',
      user: '',
      planId: '',
      indicatorId: null,
      action: '恢复备份',
      origin: { type: 'restore' },
      before: null,
      after: '{}',
    };
    expect(guardChangeLogRow(restore)).toBeNull();
    expect(guardChangeLogRow({ ...restore, origin: { type: 'import' } })).toEqual({
      field: 'origin.fileName',
      message: '应为文本（缺失）',
    });
  });
});
