import { COMMANDS } from './commands';
import type { CliIo } from './io';

/** Runs `<command> [args…]` against the registry; unknown commands print the list. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  const command = name === undefined ? undefined : COMMANDS[name];
  if (!command || !Object.hasOwn(COMMANDS, name ?? '')) {
    const list = Object.keys(COMMANDS).join('、');
    io.stderr(`${name ? `未知命令「${name}」。` : '缺少命令。'}可用命令：${list}\n`);
    return 2;
  }
  return command(rest, io);
}
