/**
 * Runtime guards for every request that crosses IPC (STYLE.md「Typed IPC」). Main runs them
 * before any handler: the renderer is treated as untrusted, so the guards are strict — plain
 * objects with exactly the known keys, bounded strings and arrays, capped byte sizes.
 */
import type {
  FileFilter,
  MenuCommand,
  OpenFileRequest,
  PrintToPdfRequest,
  SaveFileRequest,
  WriteAutoBackupRequest,
} from './workbenchApi';
import { parseAutoBackupName } from './autoBackupName';

/** Largest file the app opens or saves (bytes). */
export const MAX_FILE_BYTES = 200 * 1024 * 1024;
/** Longest dialog title or filter name (characters). */
export const MAX_LABEL_LENGTH = 200;
/** Longest suggested file name (characters); Windows allows 255 per path segment. */
export const MAX_FILE_NAME_LENGTH = 200;
/** Most filters in one dialog, and most extensions in one filter. */
export const MAX_FILTERS = 20;
/** Most extensions in one filter. */
export const MAX_EXTENSIONS = 20;
/** Longest extension, without the dot. */
export const MAX_EXTENSION_LENGTH = 16;

const EXTENSION_PATTERN = /^[a-z0-9]+$/i;
// Control characters and the characters Windows forbids in file names; separators are checked
// separately so their rule is explicit.
// eslint-disable-next-line no-control-regex -- control characters are exactly what we refuse
const FORBIDDEN_NAME_CHARACTERS = /[\u0000-\u001f\u007f<>:"|?*]/;
const MENU_COMMANDS: readonly MenuCommand[] = [
  'about',
  'navigate:plans',
  'navigate:settings',
  'print',
];

/** True for `{}`-style objects only: not arrays, class instances, typed arrays or null. */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

/** True when `value` is a plain object whose own keys are all in `allowed` and `required` ⊆ keys. */
export function hasOnlyKeys(
  value: Record<string, unknown>,
  allowed: readonly string[],
  required: readonly string[] = allowed,
): boolean {
  const keys = Object.keys(value);
  return (
    keys.every((key) => allowed.includes(key)) && required.every((key) => Object.hasOwn(value, key))
  );
}

/** True for a string of 1‥`maxLength` characters. */
export function isBoundedString(value: unknown, maxLength: number): value is string {
  return typeof value === 'string' && value.length > 0 && value.length <= maxLength;
}

/** True for a file name without separators, `..`, control or Windows-forbidden characters. */
export function isSafeFileName(value: unknown): value is string {
  return (
    isBoundedString(value, MAX_FILE_NAME_LENGTH) &&
    value.trim().length > 0 &&
    !value.includes('/') &&
    !value.includes('\\') &&
    !value.includes('..') &&
    value !== '.' &&
    !FORBIDDEN_NAME_CHARACTERS.test(value)
  );
}

/** True for `{ name, extensions }` with a bounded name and 1‥20 alphanumeric extensions. */
export function isFileFilter(value: unknown): value is FileFilter {
  if (!isPlainObject(value) || !hasOnlyKeys(value, ['name', 'extensions'])) return false;
  const { name, extensions } = value;
  return (
    isBoundedString(name, MAX_LABEL_LENGTH) &&
    Array.isArray(extensions) &&
    extensions.length > 0 &&
    extensions.length <= MAX_EXTENSIONS &&
    extensions.every(
      (extension) =>
        isBoundedString(extension, MAX_EXTENSION_LENGTH) && EXTENSION_PATTERN.test(extension),
    )
  );
}

/** True for an array of at most 20 valid filters. */
export function isFileFilterList(value: unknown): value is readonly FileFilter[] {
  return Array.isArray(value) && value.length <= MAX_FILTERS && value.every(isFileFilter);
}

/** True for a `Uint8Array` (Buffer included) of at most `MAX_FILE_BYTES`. */
export function isBoundedBytes(value: unknown): value is Uint8Array {
  return value instanceof Uint8Array && value.byteLength <= MAX_FILE_BYTES;
}

/** Guard for `getAppInfo()`: it takes no argument. */
export function isEmptyRequest(value: unknown): value is undefined {
  return value === undefined;
}

/** Guard for `openFile(request)`. */
export function isOpenFileRequest(value: unknown): value is OpenFileRequest {
  if (!isPlainObject(value) || !hasOnlyKeys(value, ['title', 'filters'], ['filters'])) {
    return false;
  }
  return (
    (value.title === undefined || isBoundedString(value.title, MAX_LABEL_LENGTH)) &&
    isFileFilterList(value.filters)
  );
}

/** Guard for `saveFile(request)`. */
export function isSaveFileRequest(value: unknown): value is SaveFileRequest {
  if (!isPlainObject(value) || !hasOnlyKeys(value, ['suggestedName', 'bytes', 'filters'])) {
    return false;
  }
  return (
    isSafeFileName(value.suggestedName) &&
    isBoundedBytes(value.bytes) &&
    isFileFilterList(value.filters)
  );
}

/** Guard for `printToPdf(request)`. */
export function isPrintToPdfRequest(value: unknown): value is PrintToPdfRequest {
  return (
    isPlainObject(value) &&
    hasOnlyKeys(value, ['suggestedName']) &&
    isSafeFileName(value.suggestedName)
  );
}

/** Guard for commands arriving from the application menu (checked again in the preload). */
export function isMenuCommand(value: unknown): value is MenuCommand {
  return typeof value === 'string' && (MENU_COMMANDS as readonly string[]).includes(value);
}

/** Guard for `writeAutoBackup(request)`. */
export function isWriteAutoBackupRequest(value: unknown): value is WriteAutoBackupRequest {
  return (
    isPlainObject(value) &&
    hasOnlyKeys(value, ['reason', 'bytes']) &&
    (value.reason === 'quit' || value.reason === 'daily' || value.reason === 'migration') &&
    isBoundedBytes(value.bytes) &&
    value.bytes.byteLength > 0
  );
}

/** Guard for `readAutoBackup(fileName)`: only names of our automatic backups, nothing else. */
export function isAutoBackupFileName(value: unknown): value is string {
  return parseAutoBackupName(value) !== null;
}
