/**
 * Bounds on the shape of untrusted JSON, measured without recursion: JSON.parse accepts arrays
 * nested a million deep, but every recursive walker after it (JSON.stringify, structured clone,
 * our canonical JSON) then dies with a RangeError (issue 16).
 */

/** Deepest nesting any file of ours has: rows sit at depth 4 of a backup, settings a few below. */
export const MAX_NESTING = 40;

/** Where a value nests too deep: the path of the first container past the limit. */
export type TooDeep = { readonly path: readonly (string | number)[]; readonly depth: number };

type Frame = {
  readonly value: object;
  readonly depth: number;
  readonly key: string | number | null;
  readonly parent: Frame | null;
};

/**
 * The first container (depth-first) nested deeper than `maxDepth`, or null. The top value has
 * depth 1; a primitive never counts. Iterative, so any depth is measured in constant stack.
 */
export function findTooDeep(value: unknown, maxDepth = MAX_NESTING): TooDeep | null {
  if (typeof value !== 'object' || value === null || isWithinDepth(value, maxDepth)) return null;
  const stack: Frame[] = [{ value, depth: 1, key: null, parent: null }];
  while (stack.length > 0) {
    const frame = stack.pop() as Frame;
    if (frame.depth > maxDepth) return { path: pathOf(frame), depth: frame.depth };
    pushChildren(stack, frame);
  }
  return null;
}

/**
 * The quick pass: two parallel stacks and no bookkeeping per container (a 100,000-row backup has
 * half a million of them); the path is traced by a second pass only when something is too deep.
 */
function isWithinDepth(value: object, maxDepth: number): boolean {
  const values: object[] = [value];
  const depths: number[] = [1];
  while (values.length > 0) {
    const current = values.pop() as object;
    const depth = depths.pop() as number;
    if (depth > maxDepth) return false;
    if (Array.isArray(current)) {
      for (const item of current as unknown[]) {
        if (typeof item === 'object' && item !== null) {
          values.push(item);
          depths.push(depth + 1);
        }
      }
    } else {
      for (const key in current) {
        const item = (current as Record<string, unknown>)[key];
        if (typeof item === 'object' && item !== null && Object.hasOwn(current, key)) {
          values.push(item);
          depths.push(depth + 1);
        }
      }
    }
  }
  return true;
}

function pushChildren(stack: Frame[], frame: Frame): void {
  const depth = frame.depth + 1;
  if (Array.isArray(frame.value)) {
    for (let index = frame.value.length - 1; index >= 0; index -= 1) {
      const item: unknown = frame.value[index];
      if (typeof item === 'object' && item !== null)
        stack.push({ value: item, depth, key: index, parent: frame });
    }
    return;
  }
  const record = frame.value as Record<string, unknown>;
  const keys = Object.keys(record);
  for (let index = keys.length - 1; index >= 0; index -= 1) {
    const key = keys[index] as string;
    const item = record[key];
    if (typeof item === 'object' && item !== null)
      stack.push({ value: item, depth, key, parent: frame });
  }
}

function pathOf(frame: Frame): (string | number)[] {
  const path: (string | number)[] = [];
  for (let at: Frame | null = frame; at && at.key !== null; at = at.parent) path.unshift(at.key);
  return path;
}

/** A path as the guards write fields: `value[0][0]`, `target.kind`. */
export function formatPath(path: readonly (string | number)[]): string {
  let text = '';
  for (const key of path) text += typeof key === 'number' ? `[${key}]` : text ? `.${key}` : key;
  return text;
}
