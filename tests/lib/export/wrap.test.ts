import { describe, expect, it } from 'vitest';
import { wrap } from '../../../src/lib/export/wrap';

// Every character is 10 units wide, whatever the font.
const measure = (text: string) => text.length * 10;

describe('wrap', () => {
  it('breaks between words, never wider than the line', () => {
    const lines = wrap('the quick brown fox jumps over', 100, 'f', measure);
    expect(lines).toEqual(['the quick', 'brown fox', 'jumps over']);
    lines.forEach((line) => expect(measure(line)).toBeLessThanOrEqual(100));
  });

  it('breaks Japanese between characters, as it has no spaces', () => {
    expect(wrap('日本の支援による事業', 40, 'f', measure)).toEqual(['日本の支', '援による', '事業']);
  });

  it('cuts a word longer than the line by characters rather than overflow', () => {
    expect(
      wrap('https://example.org/a-very-long-address', 100, 'f', measure).every((l) => l.length <= 10),
    ).toBe(true);
  });

  it('folds runs of white space and keeps no empty lines', () => {
    expect(wrap('  two \n\n words  ', 100, 'f', measure)).toEqual(['two words']);
    expect(wrap('   ', 100, 'f', measure)).toEqual([]);
  });
});
