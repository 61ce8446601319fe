// CLI entry: `npm run --silent cli -- <command> [args]`. Node adapter only: the commands are pure
// functions of (argv, io) in cli/commands/, registered in cli/commands.ts.
import { readFile, writeFile } from 'node:fs/promises';
import { runCli } from './runCli';

const exitCode = await runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  readFile: async (path) => new Uint8Array(await readFile(path)),
  writeFile: (path, bytes) => writeFile(path, bytes),
});
process.exitCode = exitCode;
