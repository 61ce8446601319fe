/**
 * Formula injection (CSV injection, OWASP): a spreadsheet reads a text that begins with `=`, `+`,
 * `-` or `@` as a formula, and Excel also after a leading tab or carriage return; a formula such as
 * `=HYPERLINK(…)` or a DDE call then runs on the evaluator's PC. Texts we export come partly from
 * other people (department templates, pasted plans), so every exported text passes through here.
 * See docs/decisions/0013-formula-injection.md for where each export applies it.
 */

/**
 * The characters that start a formula. The full-width forms are included because Chinese
 * spreadsheet software on a Chinese IME may fold them to the ASCII ones (defence in depth: a text
 * beginning with one is rare in our data, and the prefix is removed again on import).
 */
const FORMULA_START = /^[=+\-@\t\r＝＋－＠]/;

/** A text that was neutralised: apostrophes followed by a formula start. */
const NEUTRALISED = /^'+[=+\-@\t\r＝＋－＠]/;

/** True when a spreadsheet could read the text as a formula. */
export function startsLikeFormula(text: string): boolean {
  return FORMULA_START.test(text);
}

/**
 * Makes a text safe for a CSV cell: a text that starts like a formula gets a leading apostrophe,
 * which Excel and WPS show as text. A text that already starts with apostrophes before a formula
 * start gets one more, so `restoreNeutralizedText` gives back exactly the original text.
 * Only texts pass through here: numbers are written as numbers, so −3.2 stays a number.
 */
export function neutralizeFormula(text: string): string {
  return startsLikeFormula(text.replace(/^'+/, '')) ? `'${text}` : text;
}

/** The inverse of `neutralizeFormula`, for importers reading our own CSV back. */
export function restoreNeutralizedText(text: string): string {
  return NEUTRALISED.test(text) ? text.slice(1) : text;
}
