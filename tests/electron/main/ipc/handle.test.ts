import type { IpcMainInvokeEvent } from 'electron';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { HandlerError } from '../../../../electron/main/ipc/errors';
import { createIpcListener, isTrustedSender } from '../../../../electron/main/ipc/handle';
import { createTrustedUrlPredicate } from '../../../../electron/main/security';

vi.mock('electron', () => import('../../fakeElectron').then((module) => module.electronModule));

const trusted = createTrustedUrlPredicate(null);
const trustedInDev = createTrustedUrlPredicate('http://localhost:5173');
const isText = (value: unknown): value is string => typeof value === 'string';

function eventFrom(url: string | null, parent: object | null = null): IpcMainInvokeEvent {
  const senderFrame = url === null ? null : { url, parent };
  return { senderFrame, sender: { id: 7 } } as unknown as IpcMainInvokeEvent;
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('isTrustedSender', () => {
  it('trusts the main frame of the app origin only', () => {
    expect(isTrustedSender(eventFrom('app://workbench/index.html'), trusted)).toBe(true);
    expect(isTrustedSender(eventFrom('app://workbench/index.html', {}), trusted)).toBe(false);
    expect(isTrustedSender(eventFrom(null), trusted)).toBe(false);
    expect(isTrustedSender(eventFrom('app://workbench.evil/'), trusted)).toBe(false);
    expect(isTrustedSender(eventFrom('file:///index.html'), trusted)).toBe(false);
  });

  it('trusts the Vite dev server only when it is configured', () => {
    expect(isTrustedSender(eventFrom('http://localhost:5173/'), trusted)).toBe(false);
    expect(isTrustedSender(eventFrom('http://localhost:5173/'), trustedInDev)).toBe(true);
    expect(isTrustedSender(eventFrom('http://localhost:5173/', {}), trustedInDev)).toBe(false);
    expect(isTrustedSender(eventFrom('http://127.0.0.1:5173/'), trustedInDev)).toBe(false);
  });
});

describe('createIpcListener', () => {
  it('passes the validated request and the sender to the handler', async () => {
    const fn = vi.fn((request: string, sender: unknown) => `${request}:${JSON.stringify(sender)}`);
    const listener = createIpcListener(isText, fn, trusted);
    expect(await listener(eventFrom('app://workbench/'), 'hi')).toEqual({
      ok: true,
      value: 'hi:{"id":7}',
    });
  });

  it('checks the sender before validating, and validates before calling', async () => {
    const validate = vi.fn(isText);
    const fn = vi.fn(() => 'never');
    const listener = createIpcListener(validate as never, fn, trusted);
    expect(await listener(eventFrom('https://evil.example/'), 'hi')).toMatchObject({
      ok: false,
      code: 'forbidden-sender',
    });
    expect(validate).not.toHaveBeenCalled();
    expect(await listener(eventFrom('app://workbench/'), 42)).toMatchObject({
      ok: false,
      code: 'invalid-request',
    });
    expect(await listener(eventFrom('app://workbench/'), 'a', 'b')).toMatchObject({
      ok: false,
      code: 'invalid-request',
    });
    expect(fn).not.toHaveBeenCalled();
  });

  it('returns handler errors as typed failures and logs only unexpected ones', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const expected = createIpcListener(
      isText,
      () => {
        throw new HandlerError('file-too-large', '文件过大');
      },
      trusted,
    );
    expect(await expected(eventFrom('app://workbench/'), 'x')).toEqual({
      ok: false,
      code: 'file-too-large',
      message: '文件过大',
    });
    expect(log).not.toHaveBeenCalled();
    const unexpected = createIpcListener(isText, () => Promise.reject(new Error('boom')), trusted);
    expect(await unexpected(eventFrom('app://workbench/'), 'x')).toMatchObject({
      ok: false,
      code: 'internal',
    });
    expect(log).toHaveBeenCalledOnce();
  });
});
