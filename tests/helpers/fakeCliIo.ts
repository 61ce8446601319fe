import type { CliIo } from '../../cli/io';

/**
 * A CLI io over in-memory files (text or bytes); a missing file throws ENOENT like Node does.
 * `out` and `err` collect what the command printed, `written` the files it wrote.
 */
export function fakeCliIo(files: Readonly<Record<string, string | Uint8Array>>) {
  const out: string[] = [];
  const err: string[] = [];
  const written = new Map<string, Uint8Array>();
  const io: CliIo = {
    stdout: (text) => void out.push(text),
    stderr: (text) => void err.push(text),
    readFile: async (path) => {
      const content = files[path];
      if (content === undefined) throw new Error('ENOENT');
      return typeof content === 'string' ? new TextEncoder().encode(content) : content;
    },
    writeFile: async (path, bytes) => void written.set(path, bytes),
  };
  return { io, out, err, written };
}
