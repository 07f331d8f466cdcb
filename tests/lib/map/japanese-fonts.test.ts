import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readFontList } from '../../../src/lib/map/japanese-fonts';

const LIST = path.resolve(__dirname, '../../../public/fonts/noto-sans-jp.json');

describe('readFontList', () => {
  it('reads the built list of Japanese font files', () => {
    const list = readFontList(JSON.parse(fs.readFileSync(LIST, 'utf8')));
    expect(list.length).toBeGreaterThan(100);
  });

  it('refuses a list naming another file or a bad range, in one line naming the field', () => {
    expect(() => readFontList([{ file: '../../etc/passwd', 'unicode-range': ['U+30A1'] }])).toThrow(
      /^fonts\/noto-sans-jp\.json: 0\.file: /,
    );
    expect(() =>
      readFontList([{ file: 'noto-sans-jp-1-400-normal.woff2', 'unicode-range': ['30A1'] }]),
    ).toThrow(/^fonts\/noto-sans-jp\.json: 0\.unicode-range\.0: /);
    expect(() => readFontList({})).toThrow(/^fonts\/noto-sans-jp\.json: /);
  });
});
