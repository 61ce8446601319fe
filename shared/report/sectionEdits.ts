/**
 * The evaluator's edits of a section (issue 6): the app stores one text per section id; the edited
 * text replaces the generated blocks of that section, the generated ones stay beside it so the app
 * can tell whether regenerating would change the section. Figures are not part of the text, so an
 * edit never loses them.
 */
import type {
  ReportBlock,
  ReportDocument,
  ReportSection,
  ReportSectionId,
  SectionEdit,
} from './reportDocument';

/** A line that is only 「（一）综合质效」 (no full stop, short) is a second-level heading. */
const SUBHEADING = /^（[一二三四五六七八九十]+）[^。]{1,40}$/;

/** The blocks as editable text: one block per line. */
export function blocksToText(blocks: readonly ReportBlock[]): string {
  return blocks.map((block) => block.text).join('\n');
}

/** Editable text back to blocks: one per non-empty line; 「（一）…」 lines become subheadings. */
export function textToBlocks(text: string): ReportBlock[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .map((line) =>
      SUBHEADING.test(line)
        ? { kind: 'subheading', text: line }
        : { kind: 'paragraph', text: line },
    );
}

/** An unedited section. */
export function makeSection(
  id: ReportSectionId,
  heading: string,
  generatedBlocks: readonly ReportBlock[],
  figureIds: readonly string[],
): ReportSection {
  return {
    id,
    heading,
    blocks: generatedBlocks,
    generatedBlocks,
    generatedText: blocksToText(generatedBlocks),
    editedText: null,
    isGeneratedTextChanged: false,
    figureIds,
  };
}

/**
 * Applies the evaluator's edits: for each section with an edit (the last one wins), its text
 * becomes the blocks in force. Edits of unknown sections are ignored; an empty edit leaves the
 * section empty, as the evaluator asked (the app deletes an edit to restore the generated text).
 */
export function applySectionEdits(
  report: ReportDocument,
  edits: Iterable<SectionEdit>,
): ReportDocument {
  const bySection = new Map<string, SectionEdit>();
  for (const edit of edits) bySection.set(edit.sectionId, edit);
  if (bySection.size === 0) return report;
  const sections = report.sections.map((section) => {
    const edit = bySection.get(section.id);
    return edit ? editedSection(section, edit) : section;
  });
  return { ...report, sections };
}

function editedSection(section: ReportSection, edit: SectionEdit): ReportSection {
  return {
    ...section,
    blocks: textToBlocks(edit.text),
    editedText: edit.text,
    isGeneratedTextChanged:
      edit.basedOn !== undefined && edit.basedOn !== null && edit.basedOn !== section.generatedText,
  };
}
