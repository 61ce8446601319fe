import { describe, expect, it } from 'vitest';
import {
  HandlerError,
  describeFileSystemError,
  formatMegabytes,
  toFailure,
} from '../../../../electron/main/ipc/errors';

describe('toFailure', () => {
  it('keeps the code and message of a HandlerError', () => {
    expect(toFailure(new HandlerError('file-too-large', '文件过大'))).toEqual({
      ok: false,
      code: 'file-too-large',
      message: '文件过大',
    });
  });

  it('explains file-system errors in Chinese', () => {
    const error = Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' });
    expect(toFailure(error)).toEqual({
      ok: false,
      code: 'io-error',
      message: '文件操作失败：没有访问该文件的权限。',
    });
  });

  it('wraps anything else as an internal error, keeping the detail for support', () => {
    expect(toFailure(new Error('boom'))).toEqual({
      ok: false,
      code: 'internal',
      message: '操作未能完成（boom）。请重试；如仍失败，请联系技术支持。',
    });
    expect(toFailure('text')).toMatchObject({ ok: false, code: 'internal' });
    expect(toFailure(null)).toMatchObject({ ok: false, code: 'internal' });
  });
});

describe('describeFileSystemError and formatMegabytes', () => {
  it('returns null for unknown errors and formats sizes', () => {
    expect(describeFileSystemError(new Error('x'))).toBeNull();
    expect(describeFileSystemError(undefined)).toBeNull();
    expect(formatMegabytes(1.5 * 1024 * 1024)).toBe('1.5 MB');
  });
});
