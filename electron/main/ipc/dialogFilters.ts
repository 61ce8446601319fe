/** Small helpers shared by the file handlers. */
import type { FileFilter } from '../../../shared/platform/workbenchApi';
import type { DialogFilter } from './ports';

/** Copies validated filters into the mutable shape Electron's dialogs expect. */
export function toDialogFilters(filters: readonly FileFilter[]): DialogFilter[] {
  return filters.map((filter) => ({ name: filter.name, extensions: [...filter.extensions] }));
}

/** The last segment of a Windows or POSIX path (main runs on both). */
export function fileNameOf(filePath: string): string {
  const segments = filePath.split(/[\\/]/);
  return segments[segments.length - 1] ?? filePath;
}

/** Joins the default folder and a validated file name (which contains no separator). */
export function defaultPathFor(directory: string, fileName: string): string {
  if (directory === '') return fileName;
  const separator = directory.includes('\\') && !directory.includes('/') ? '\\' : '/';
  return directory.endsWith(separator)
    ? `${directory}${fileName}`
    : `${directory}${separator}${fileName}`;
}
