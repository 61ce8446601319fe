import type { CopiedBlock } from './gridSelection';

/**
 * Puts a block on the system clipboard as plain text and HTML, as Excel does, from a key press.
 * Browsers send Ctrl+C's copy event to the page body when nothing is text-selected, so the grid
 * runs the copy command itself and fills the event on its way; the async clipboard API is the
 * fallback (plain text only).
 */
export function copyToClipboard(block: CopiedBlock): void {
  let isFilled = false;
  const fill = (event: ClipboardEvent) => {
    if (!event.clipboardData) return;
    event.clipboardData.setData('text/plain', block.text);
    event.clipboardData.setData('text/html', block.html);
    event.preventDefault();
    isFilled = true;
  };
  document.addEventListener('copy', fill);
  try {
    // Deprecated but the one synchronous way to write both formats from a key press.
    document.execCommand('copy');
  } finally {
    document.removeEventListener('copy', fill);
  }
  if (!isFilled) void navigator.clipboard?.writeText(block.text).catch(() => undefined);
}
