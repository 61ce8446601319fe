// Types shared by the page-side marks script (bundled into the page) and the Node side that
// reads it. No DOM types: scripts/ compiles without the DOM library.

/** Record the time when `minCount` elements matching `selector` contain `text`. */
export type MarkWatch = {
  readonly name: string;
  readonly selector: string;
  readonly text: string;
  readonly minCount?: number;
};

/** performance.now() of each mark, in ms since the page's navigation started. */
export type PageMarks = Record<string, number>;

/**
 * What the marks script puts on the page's globalThis. Marks: `fileChosen` (a file input's change
 * event), `click` (the user's last click), each watch's name when it matched, and `<name>:idle` when a
 * task posted at that moment ran (the main thread could take input again).
 */
export type PageMarksApi = {
  readonly marks: PageMarks;
  readonly watch: (watch: MarkWatch) => void;
  readonly forget: (name: string) => void;
};

/** The global the marks script sets. */
export const PAGE_MARKS_GLOBAL = '__workbenchBenchMarks';

/** The global the watches to install at start are read from (set before the script runs). */
export const PAGE_WATCHES_GLOBAL = '__workbenchBenchWatches';
