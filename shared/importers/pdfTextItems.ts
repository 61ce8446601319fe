import type * as PdfJsModule from 'pdfjs-dist/legacy/build/pdf.mjs';
import { fail, ok } from '../lib/result';
import type { Result } from '../lib/result';

/** A run of text on a PDF page, in page units (points) with y measured down from the top. */
export type PdfTextItem = {
  readonly page: number;
  readonly text: string;
  readonly left: number;
  readonly right: number;
  /** The baseline, from the top of the page. */
  readonly baseline: number;
  /** The font size: the run's height. */
  readonly size: number;
};

/** The text runs of a PDF's pages, with each page's height. */
export type PdfText = { readonly items: readonly PdfTextItem[]; readonly pageHeights: number[] };

type PdfJs = typeof PdfJsModule;
let pdfjsLoading: Promise<PdfJs> | null = null;

/**
 * Loads pdf.js (lazily, once) on the main thread: its worker module is set as `pdfjsWorker`, the
 * documented way to run without a Worker, so the same code runs in Node, the CLI and the app
 * (whose CSP allows no blob: workers). Nothing is fetched: no fonts, no CMaps, no network.
 */
function loadPdfJs(): Promise<PdfJs> {
  pdfjsLoading ??= (async () => {
    const worker = await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
    (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = worker;
    return import('pdfjs-dist/legacy/build/pdf.mjs');
  })();
  return pdfjsLoading;
}

/**
 * Reads the text runs of every page of a PDF with their positions (pdf.js `getTextContent`).
 * A password-protected or damaged PDF is refused with a Chinese message saying what to do;
 * never throws.
 */
export async function readPdfText(bytes: Uint8Array, fileName: string): Promise<Result<PdfText>> {
  const where = { file: fileName };
  try {
    const pdfjs = await loadPdfJs();
    const task = pdfjs.getDocument({
      data: bytes.slice(),
      isEvalSupported: false,
      disableFontFace: true,
      useSystemFonts: false,
      stopAtErrors: false,
      verbosity: 0,
    });
    const document = await task.promise;
    try {
      const items: PdfTextItem[] = [];
      const pageHeights: number[] = [];
      for (let number = 1; number <= document.numPages; number += 1) {
        const page = await document.getPage(number);
        const height = page.getViewport({ scale: 1 }).height;
        pageHeights.push(height);
        const content = await page.getTextContent();
        for (const item of content.items) {
          if (!('str' in item) || item.str.trim() === '') continue;
          const [a = 0, b = 0, , , x = 0, y = 0] = item.transform as number[];
          const size = Math.hypot(a, b) || item.height;
          items.push({
            page: number - 1,
            text: item.str,
            left: x,
            right: x + item.width,
            baseline: height - y,
            size,
          });
        }
        page.cleanup();
      }
      return ok({ items, pageHeights });
    } finally {
      await task.destroy();
    }
  } catch (error) {
    return fail(pdfErrorMessage(error), where);
  }
}

function pdfErrorMessage(error: unknown): string {
  const name = error instanceof Error ? error.name : '';
  if (name === 'PasswordException') {
    return '该 PDF 设有打开密码（已加密），无法读取：请用原文 Word 或网页复制指标表，或在 PDF 软件中取消密码后另存再打开';
  }
  if (name === 'InvalidPDFException' || name === 'MissingPDFException') {
    return '该 PDF 文件已损坏或不完整，无法读取：请重新下载或导出 PDF，或用原文 Word 或网页复制指标表';
  }
  return `无法读取该 PDF：${error instanceof Error ? error.message : String(error)}。请用原文 Word 或网页复制指标表`;
}
