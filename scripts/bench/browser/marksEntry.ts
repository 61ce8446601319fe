// Page side of the benchmarks' timing, bundled by esbuild and added as an init script, so it runs
// before the app: timestamps taken inside the page, free of the round trips to Playwright.
import {
  PAGE_MARKS_GLOBAL,
  PAGE_WATCHES_GLOBAL,
  type MarkWatch,
  type PageMarks,
  type PageMarksApi,
} from './pageMarks';

// The few DOM members used here, declared structurally (scripts/ compiles without the DOM lib).
type PageElement = { readonly textContent: string | null; readonly type?: string };
type PageEvent = { readonly target: PageElement | null; readonly isTrusted: boolean };
type PageDocument = {
  querySelectorAll(selector: string): ArrayLike<PageElement>;
  addEventListener(type: string, listener: (event: PageEvent) => void, capture: boolean): void;
};
type PageScope = {
  readonly document: PageDocument;
  readonly MutationObserver: new (callback: () => void) => {
    observe(target: PageDocument, options: Record<string, boolean>): void;
  };
  [PAGE_WATCHES_GLOBAL]?: readonly MarkWatch[];
  [PAGE_MARKS_GLOBAL]?: PageMarksApi;
};

const scope = globalThis as unknown as PageScope;
const marks: PageMarks = {};
const pending: MarkWatch[] = [...(scope[PAGE_WATCHES_GLOBAL] ?? [])];

function matches(watch: MarkWatch): boolean {
  const elements = Array.from(scope.document.querySelectorAll(watch.selector));
  const found = elements.filter((element) => (element.textContent ?? '').includes(watch.text));
  return found.length >= (watch.minCount ?? 1);
}

// Runs after every batch of DOM changes (a microtask after React's commit, before the paint).
function check(): void {
  for (const watch of [...pending]) {
    if (!matches(watch)) continue;
    marks[watch.name] = performance.now();
    pending.splice(pending.indexOf(watch), 1);
    setTimeout(() => {
      marks[`${watch.name}:idle`] = performance.now();
    }, 0);
  }
}

new scope.MutationObserver(check).observe(scope.document, {
  childList: true,
  subtree: true,
  characterData: true,
});
scope.document.addEventListener(
  'change',
  (event) => {
    if (event.target?.type === 'file') marks.fileChosen = performance.now();
  },
  true,
);
// Only the user's clicks: the app's own element.click() (the download link, the hidden file
// input) would otherwise move the mark.
scope.document.addEventListener(
  'click',
  (event) => {
    if (event.isTrusted) marks.click = performance.now();
  },
  true,
);
scope[PAGE_MARKS_GLOBAL] = {
  marks,
  watch: (watch) => {
    pending.push(watch);
    check();
  },
  forget: (name) => {
    delete marks[name];
    delete marks[`${name}:idle`];
  },
};
