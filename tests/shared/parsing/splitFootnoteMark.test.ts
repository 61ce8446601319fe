import { describe, expect, it } from 'vitest';
import { splitFootnoteMark } from '../../../shared/parsing/splitFootnoteMark';

describe('splitFootnoteMark', () => {
  it('strips a trailing * (带*的为 2019 年数据)', () => {
    expect(splitFootnoteMark('68.05*')).toEqual({ text: '68.05', hasFootnote: true });
    expect(splitFootnoteMark('66.98 *')).toEqual({ text: '66.98', hasFootnote: true });
    expect(splitFootnoteMark('957.14')).toEqual({ text: '957.14', hasFootnote: false });
  });
});
