/**
 * Line breaking for text drawn on a canvas, which has none of its own. Spaces separate words;
 * Japanese and other CJK text, which has no spaces, may break between any two characters.
 */
export type Measure = (text: string, font: string) => number;

const CJK = /[\u3000-\u9fff\uf900-\ufaff\uff00-\uffef]/;

function tokens(text: string): string[] {
  const out: string[] = [];
  for (const word of text.split(/(?<=\s)/)) {
    if (!CJK.test(word)) out.push(word);
    else out.push(...word.split(/(?=[\u3000-\u9fff\uf900-\ufaff\uff00-\uffef])/));
  }
  return out;
}

/** Greedy breaking into lines no wider than `width`; a word wider than a line is cut by characters. */
export function wrap(text: string, width: number, font: string, measure: Measure): string[] {
  const lines: string[] = [];
  let line = '';
  const push = () => {
    if (line.trim()) lines.push(line.trimEnd());
    line = '';
  };
  for (const token of tokens(text.replace(/\s+/g, ' ').trim())) {
    if (measure(line + token.trimEnd(), font) <= width) {
      line += token;
      continue;
    }
    push();
    if (measure(token.trimEnd(), font) <= width) {
      line = token;
      continue;
    }
    for (const char of token) {
      if (measure(line + char, font) > width) push();
      line += char;
    }
  }
  push();
  return lines;
}
