import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../cli/commands';
import { runCli } from '../../cli/runCli';
import type { CliIo } from '../../cli/io';

describe('runCli', () => {
  it('lists the commands for an unknown or missing command', async () => {
    const err: string[] = [];
    const io: CliIo = {
      stdout: () => {},
      stderr: (text) => err.push(text),
      readFile: async () => new Uint8Array(),
      writeFile: async () => {},
    };
    expect(await runCli(['__proto__'], io)).toBe(2);
    expect(await runCli([], io)).toBe(2);
    expect(err[0]).toContain('未知命令「__proto__」');
    expect(err[1]).toContain('缺少命令');
    expect(Object.keys(COMMANDS)).toContain('parse');
  });
});
