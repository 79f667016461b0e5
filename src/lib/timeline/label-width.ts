/**
 * Text width without a browser: the build has no fonts to measure, so labels are sized from
 * average advance widths of common sans-serif faces (in em). Generous on purpose: a label that
 * is a little short of its box is fine, two labels running into each other are not.
 */
const NARROW = /[ilj.,:;'’!|()[\]ftrI ]/;
const WIDE = /[mwMWOQGDH@%]/;
const UPPER_OR_DIGIT = /[A-Z0-9]/;

export function estimateTextWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const char of text) {
    if (NARROW.test(char)) em += 0.34;
    else if (WIDE.test(char)) em += 0.92;
    else if (UPPER_OR_DIGIT.test(char)) em += 0.7;
    else em += 0.61;
  }
  return Math.ceil(em * fontSize);
}
