/** What a CLI command may do to the outside world; tests pass a fake. */
export type CliIo = {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly readFile: (path: string) => Promise<Uint8Array>;
  /** Writes a whole file (the `report` command's .docx or .xlsx). */
  readonly writeFile: (path: string, bytes: Uint8Array) => Promise<void>;
};

/** A CLI command: takes its arguments (after the command name) and returns the exit code. */
export type CliCommand = (argv: readonly string[], io: CliIo) => Promise<number>;
