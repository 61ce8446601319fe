import { describe, expect, it } from 'vitest';
import {
  MAX_FILE_BYTES,
  isEmptyRequest,
  isFileFilter,
  isMenuCommand,
  isOpenFileRequest,
  isPlainObject,
  isPrintToPdfRequest,
  isSafeFileName,
  isSaveFileRequest,
} from '../../../shared/platform/validate';

const excel = { name: 'Excel 工作簿', extensions: ['xlsx', 'xls'] };

describe('isPlainObject', () => {
  it('accepts object literals and null-prototype objects', () => {
    expect(isPlainObject({})).toBe(true);
    expect(isPlainObject(Object.create(null))).toBe(true);
  });

  it('refuses arrays, typed arrays, class instances, functions and primitives', () => {
    for (const value of [[], new Uint8Array(1), new Date(), new Map(), () => 1, 'x', 1, null]) {
      expect(isPlainObject(value)).toBe(false);
    }
  });
});

describe('isFileFilter', () => {
  it('accepts a named filter with alphanumeric extensions', () => {
    expect(isFileFilter(excel)).toBe(true);
    expect(isFileFilter({ name: 'PDF 文档', extensions: ['PDF'] })).toBe(true);
  });

  it('refuses wildcard, dotted, empty or path-like extensions', () => {
    for (const extension of ['*', '.xlsx', '', 'xl sx', 'a/b', 'x'.repeat(17), 1]) {
      expect(isFileFilter({ name: 'x', extensions: [extension] })).toBe(false);
    }
  });

  it('refuses missing, empty or overlong names and extra keys', () => {
    expect(isFileFilter({ extensions: ['xlsx'] })).toBe(false);
    expect(isFileFilter({ name: '', extensions: ['xlsx'] })).toBe(false);
    expect(isFileFilter({ name: 'x'.repeat(201), extensions: ['xlsx'] })).toBe(false);
    expect(isFileFilter({ ...excel, extra: true })).toBe(false);
    expect(isFileFilter({ name: 'x', extensions: [] })).toBe(false);
    expect(isFileFilter({ name: 'x', extensions: Array(21).fill('a') })).toBe(false);
  });
});

describe('isSafeFileName', () => {
  it('accepts ordinary Chinese file names', () => {
    expect(isSafeFileName('“十四五”规划中期评估报告.docx')).toBe(true);
    expect(isSafeFileName('2025年 指标完成情况（初稿）.xlsx')).toBe(true);
  });

  it('refuses separators, parent references, control and Windows-forbidden characters', () => {
    const bad = [
      '../evil.docx',
      '..',
      '.',
      'a/b.docx',
      'a\\b.docx',
      'C:\\Windows\\x.dll',
      'report..docx',
      'a\u0000.docx',
      'a\n.docx',
      'a:b.docx',
      'a*b.docx',
      'a?b.docx',
      'a<b>.docx',
      'a|b.docx',
      '"a".docx',
      '',
      '   ',
      'x'.repeat(201),
    ];
    for (const name of bad) expect(isSafeFileName(name), name).toBe(false);
  });
});

describe('isOpenFileRequest', () => {
  it('accepts filters with or without a title', () => {
    expect(isOpenFileRequest({ filters: [excel] })).toBe(true);
    expect(isOpenFileRequest({ title: '导入指标表', filters: [] })).toBe(true);
  });

  it('refuses non-objects, missing filters, extra keys and bad titles', () => {
    for (const value of [
      undefined,
      null,
      [],
      'x',
      {},
      { filters: [excel], path: '/etc/passwd' },
      { filters: 'xlsx' },
      { title: 1, filters: [] },
      { title: '', filters: [] },
      { title: 'x'.repeat(201), filters: [] },
      { filters: Array(21).fill(excel) },
    ]) {
      expect(isOpenFileRequest(value)).toBe(false);
    }
  });

  it('refuses class instances posing as requests', () => {
    class Request {
      filters = [excel];
    }
    expect(isOpenFileRequest(new Request())).toBe(false);
  });
});

describe('isSaveFileRequest', () => {
  const valid = { suggestedName: '报告.docx', bytes: new Uint8Array([1, 2]), filters: [excel] };

  it('accepts a name, bytes (Buffer included) and filters', () => {
    expect(isSaveFileRequest(valid)).toBe(true);
    expect(isSaveFileRequest({ ...valid, bytes: Buffer.from('abc') })).toBe(true);
    expect(isSaveFileRequest({ ...valid, bytes: new Uint8Array(0) })).toBe(true);
  });

  it('refuses bytes that are not a Uint8Array', () => {
    for (const bytes of [[1, 2], 'abc', new ArrayBuffer(2), new Uint16Array(2), { length: 2 }]) {
      expect(isSaveFileRequest({ ...valid, bytes })).toBe(false);
    }
  });

  it('refuses bytes over the size cap without allocating them', () => {
    const huge = { byteLength: MAX_FILE_BYTES + 1 };
    Object.setPrototypeOf(huge, Uint8Array.prototype);
    expect(isSaveFileRequest({ ...valid, bytes: huge })).toBe(false);
  });

  it('refuses unsafe names, missing fields and extra keys', () => {
    expect(isSaveFileRequest({ ...valid, suggestedName: '../../x.docx' })).toBe(false);
    expect(isSaveFileRequest({ suggestedName: 'a.docx', bytes: new Uint8Array() })).toBe(false);
    expect(isSaveFileRequest({ ...valid, directory: 'C:\\' })).toBe(false);
  });
});

describe('isPrintToPdfRequest', () => {
  it('accepts a safe suggested name only', () => {
    expect(isPrintToPdfRequest({ suggestedName: '评估报告.pdf' })).toBe(true);
    expect(isPrintToPdfRequest({ suggestedName: '..\\x.pdf' })).toBe(false);
    expect(isPrintToPdfRequest({ suggestedName: 'a.pdf', landscape: true })).toBe(false);
    expect(isPrintToPdfRequest('a.pdf')).toBe(false);
  });
});

describe('isEmptyRequest and isMenuCommand', () => {
  it('accepts only undefined for argument-less calls', () => {
    expect(isEmptyRequest(undefined)).toBe(true);
    expect(isEmptyRequest(null)).toBe(false);
    expect(isEmptyRequest({})).toBe(false);
  });

  it('accepts only the known menu commands', () => {
    expect(isMenuCommand('about')).toBe(true);
    expect(isMenuCommand('print')).toBe(true);
    expect(isMenuCommand('quit')).toBe(false);
    expect(isMenuCommand({})).toBe(false);
  });
});
