import { describe, expect, it } from 'vitest';
import { applySectionEdits, blocksToText, textToBlocks } from '../../../shared/report/sectionEdits';
import { jdzMidtermReport } from './reportFixture';

describe('textToBlocks', () => {
  it('reads one block per non-empty line and 「（一）…」 lines as subheadings', () => {
    expect(
      textToBlocks('（一）综合质效\r\n  综合质效领域7项指标中。\n\n（二）说明。这是段落\n'),
    ).toEqual([
      { kind: 'subheading', text: '（一）综合质效' },
      { kind: 'paragraph', text: '综合质效领域7项指标中。' },
      { kind: 'paragraph', text: '（二）说明。这是段落' },
    ]);
  });

  it('round-trips the generated blocks', () => {
    const progress = jdzMidtermReport().sections[1]!;
    expect(textToBlocks(blocksToText(progress.generatedBlocks))).toEqual(progress.generatedBlocks);
    expect(progress.generatedText).toBe(blocksToText(progress.generatedBlocks));
  });
});

describe('applySectionEdits', () => {
  const report = jdzMidtermReport();
  const overall = report.sections[1]!;

  it('replaces the edited section only and keeps its generated text and figures', () => {
    const edited = applySectionEdits(report, [
      { sectionId: 'progress', text: '第一段。\n第二段。', basedOn: overall.generatedText },
      { sectionId: 'unknown', text: '无此章节' },
    ]);
    const section = edited.sections[1]!;
    expect(section.blocks).toEqual([
      { kind: 'paragraph', text: '第一段。' },
      { kind: 'paragraph', text: '第二段。' },
    ]);
    expect(section.editedText).toBe('第一段。\n第二段。');
    expect(section.generatedBlocks).toBe(overall.generatedBlocks);
    expect(section.isGeneratedTextChanged).toBe(false);
    expect(section.figureIds).toEqual(['verdicts', 'categories']);
    expect(edited.sections.filter((_, index) => index !== 1)).toEqual(
      report.sections.filter((_, index) => index !== 1),
    );
    expect(report.sections[1]?.editedText).toBeNull();
  });

  it('tells when the generated text changed since the edit, the last edit winning', () => {
    const edited = applySectionEdits(report, [
      { sectionId: 'problems', text: '旧稿。', basedOn: overall.generatedText },
      { sectionId: 'problems', text: '新稿。', basedOn: '评估前生成的旧文字。' },
      { sectionId: 'suggestions', text: '' },
    ]);
    expect(edited.sections[3]?.blocks).toEqual([{ kind: 'paragraph', text: '新稿。' }]);
    expect(edited.sections[3]?.isGeneratedTextChanged).toBe(true);
    expect(edited.sections[4]?.blocks).toEqual([]);
    expect(edited.sections[4]?.editedText).toBe('');
    expect(edited.sections[4]?.isGeneratedTextChanged).toBe(false);
  });

  it('returns the same report when there are no edits', () => {
    expect(applySectionEdits(report, [])).toBe(report);
  });
});
