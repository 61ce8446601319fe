import { useState } from 'react';
import type { ClipboardEvent } from 'react';
import type { PlanTableKind } from '../../../../../shared/domain/plan';
import type { Problem } from '../../../../../shared/lib/result';
import { useAppStore } from '../../../state/appStore';
import { parsePlanText } from '../planImport';
import { pickTextFile } from '../pickTextFile';

/**
 * The state of 粘贴指标表: the pasted (or opened) text, the clipboard's table when there was one,
 * the table kind, and the last problem; parse hands the rows to the review screen.
 */
export function usePasteImport() {
  const [text, setText] = useState('');
  const [fileName, setFileName] = useState<string | null>(null);
  const [tableKind, setTableKind] = useState<PlanTableKind>('main');
  const [error, setError] = useState<Problem | null>(null);
  // The clipboard's HTML flavour when it held a table: read first, the text is the fallback.
  const [pastedHtml, setPastedHtml] = useState<string | null>(null);
  const setImportDraft = useAppStore((s) => s.setImportDraft);

  const openTextFile = async () => {
    const file = await pickTextFile();
    if (!file) return;
    if ('message' in file) return setError(file);
    setText(file.text);
    setFileName(file.name);
    setPastedHtml(null);
    setError(null);
  };

  const parse = async () => {
    const fromTable = pastedHtml ? await readPastedTable(pastedHtml, tableKind) : null;
    if (fromTable?.ok) {
      const { bundle, reading } = fromTable.value;
      setImportDraft({
        bundle,
        warnings: [],
        sourceLabel: '粘贴的表格',
        ...(reading ? { reading, overrides: {} } : {}),
      });
      return;
    }
    const result = parsePlanText(text, { tableKind, fileName });
    if (!result.ok) return setError(fromTable && !fromTable.ok ? fromTable.error : result.error);
    const sourceLabel = fileName ? `文件「${fileName}」` : '粘贴的文本';
    setImportDraft({
      bundle: result.value.bundle,
      warnings: result.warnings,
      sourceLabel,
      reading: result.value,
      overrides: {},
    });
  };

  const paste = (event: ClipboardEvent<HTMLTextAreaElement>) => {
    const html = event.clipboardData.getData('text/html');
    if (!/<table[\s>]/i.test(html)) return setPastedHtml(null);
    // A table copied from Word, WPS, Excel or a browser: keep its cells and merged cells.
    event.preventDefault();
    setText(event.clipboardData.getData('text/plain'));
    setPastedHtml(html);
    setFileName(null);
    setError(null);
  };

  const edit = (typed: string) => {
    setText(typed);
    setFileName(null);
    setPastedHtml(null);
    setError(null);
  };

  return {
    text,
    fileName,
    tableKind,
    error,
    pastedHtml,
    setTableKind,
    openTextFile,
    parse,
    paste,
    edit,
  };
}

async function readPastedTable(html: string, tableKind: PlanTableKind) {
  const { importPastedTable } = await import('../planFileImport');
  return importPastedTable(html, tableKind);
}
