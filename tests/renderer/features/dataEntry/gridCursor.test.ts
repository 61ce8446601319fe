import { describe, expect, it } from 'vitest';
import {
  clampCursor,
  isTypingKey,
  moveCursor,
  toCursorKey,
} from '../../../../renderer/src/features/dataEntry/gridCursor';

const BOUNDS = { rows: 31, cols: 6 };

describe('moveCursor', () => {
  it('moves with the arrows and stops at the edges', () => {
    expect(moveCursor({ row: 3, col: 2 }, 'ArrowUp', BOUNDS)).toEqual({ row: 2, col: 2 });
    expect(moveCursor({ row: 3, col: 2 }, 'ArrowDown', BOUNDS)).toEqual({ row: 4, col: 2 });
    expect(moveCursor({ row: 3, col: 2 }, 'ArrowLeft', BOUNDS)).toEqual({ row: 3, col: 1 });
    expect(moveCursor({ row: 3, col: 2 }, 'ArrowRight', BOUNDS)).toEqual({ row: 3, col: 3 });
    expect(moveCursor({ row: 0, col: 0 }, 'ArrowUp', BOUNDS)).toEqual({ row: 0, col: 0 });
    expect(moveCursor({ row: 0, col: 0 }, 'ArrowLeft', BOUNDS)).toEqual({ row: 0, col: 0 });
    expect(moveCursor({ row: 30, col: 5 }, 'ArrowDown', BOUNDS)).toEqual({ row: 30, col: 5 });
    expect(moveCursor({ row: 30, col: 5 }, 'ArrowRight', BOUNDS)).toEqual({ row: 30, col: 5 });
  });

  it('moves down with Enter and up with Shift+Enter', () => {
    expect(moveCursor({ row: 0, col: 1 }, 'Enter', BOUNDS)).toEqual({ row: 1, col: 1 });
    expect(moveCursor({ row: 1, col: 1 }, 'ShiftEnter', BOUNDS)).toEqual({ row: 0, col: 1 });
    expect(moveCursor({ row: 30, col: 1 }, 'Enter', BOUNDS)).toEqual({ row: 30, col: 1 });
  });

  it('moves right with Tab, wrapping to the next row, and back with Shift+Tab', () => {
    expect(moveCursor({ row: 0, col: 4 }, 'Tab', BOUNDS)).toEqual({ row: 0, col: 5 });
    expect(moveCursor({ row: 0, col: 5 }, 'Tab', BOUNDS)).toEqual({ row: 1, col: 0 });
    expect(moveCursor({ row: 30, col: 5 }, 'Tab', BOUNDS)).toEqual({ row: 30, col: 5 });
    expect(moveCursor({ row: 1, col: 0 }, 'ShiftTab', BOUNDS)).toEqual({ row: 0, col: 5 });
    expect(moveCursor({ row: 0, col: 0 }, 'ShiftTab', BOUNDS)).toEqual({ row: 0, col: 0 });
  });

  it('jumps with Home, End, Ctrl+Home and Ctrl+End', () => {
    expect(moveCursor({ row: 7, col: 3 }, 'Home', BOUNDS)).toEqual({ row: 7, col: 0 });
    expect(moveCursor({ row: 7, col: 3 }, 'End', BOUNDS)).toEqual({ row: 7, col: 5 });
    expect(moveCursor({ row: 7, col: 3 }, 'CtrlHome', BOUNDS)).toEqual({ row: 0, col: 0 });
    expect(moveCursor({ row: 7, col: 3 }, 'CtrlEnd', BOUNDS)).toEqual({ row: 30, col: 5 });
  });

  it('brings a cursor outside the grid back in before moving, and copes with an empty grid', () => {
    expect(moveCursor({ row: 40, col: 9 }, 'ArrowUp', BOUNDS)).toEqual({ row: 29, col: 5 });
    expect(moveCursor({ row: 2, col: 2 }, 'Enter', { rows: 0, cols: 6 })).toEqual({
      row: 0,
      col: 0,
    });
    expect(clampCursor({ row: -1, col: 8 }, BOUNDS)).toEqual({ row: 0, col: 5 });
  });
});

describe('toCursorKey', () => {
  const key = (
    k: string,
    mods: Partial<Record<'shiftKey' | 'ctrlKey' | 'metaKey', boolean>> = {},
  ) => toCursorKey({ key: k, shiftKey: false, ctrlKey: false, metaKey: false, ...mods });

  it('reads moving keys with their modifiers', () => {
    expect(key('ArrowLeft')).toBe('ArrowLeft');
    expect(key('Enter', { shiftKey: true })).toBe('ShiftEnter');
    expect(key('Tab', { shiftKey: true })).toBe('ShiftTab');
    expect(key('Home', { ctrlKey: true })).toBe('CtrlHome');
    expect(key('End', { metaKey: true })).toBe('CtrlEnd');
    expect(key('a')).toBeNull();
    expect(key('Delete')).toBeNull();
  });
});

describe('isTypingKey', () => {
  const typing = (k: string, ctrlKey = false) =>
    isTypingKey({ key: k, ctrlKey, metaKey: false, altKey: false });

  it('starts editing on a printable character only', () => {
    expect(typing('1')).toBe(true);
    expect(typing('-')).toBe(true);
    expect(typing('z', true)).toBe(false);
    expect(typing('F2')).toBe(false);
    expect(typing('Process')).toBe(false);
  });
});
