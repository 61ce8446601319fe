import type { KeyboardEvent } from 'react';

/**
 * Esc on an open drop-down (Select, AutoComplete) closes the drop-down only, not the dialog around
 * it (issue 15 item 9). antd's dialogs listen for Esc on the window; the drop-down has already
 * handled the key when it bubbles here, so it goes no further. Put on a wrapper's onKeyDown.
 */
export function stopEscapeOfOpenDropdown(event: KeyboardEvent<HTMLElement>): void {
  if (event.key !== 'Escape') return;
  const target = event.target as HTMLElement;
  if (target.getAttribute('aria-expanded') === 'true') event.stopPropagation();
}
