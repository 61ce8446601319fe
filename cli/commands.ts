import { evaluateCommand } from './commands/evaluate';
import { parseCommand } from './commands/parse';
import { reportCommand } from './commands/report';
import { tasksCommand } from './commands/tasks';
import type { CliCommand } from './io';

/**
 * The CLI's commands by name. Adding one is one line: `evaluate: evaluateCommand,` (the command
 * lives in cli/commands/<name>.ts and exports a CliCommand).
 */
export const COMMANDS: Readonly<Record<string, CliCommand>> = {
  parse: parseCommand,
  evaluate: evaluateCommand,
  report: reportCommand,
  tasks: tasksCommand,
};
