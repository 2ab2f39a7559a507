import * as assert from 'assert';
import * as fs from 'fs';
import { generatedFiles, relative } from '../../scripts/generatedFiles';

/** Where two texts first differ: the line number and both versions of that line, shortened. */
function firstDifference(current: string, wanted: string): string {
  const a = current.split('\n');
  const b = wanted.split('\n');
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const show = (line: string | undefined) => (line === undefined ? '(end of file)' : JSON.stringify(line.trim().slice(0, 120)));
  return `line ${i + 1}: the file has ${show(a[i])}, the generator gives ${show(b[i])}`;
}

suite('Generated files', function () {
  // The pinyin table asks pinyin-pro about every ideograph.
  this.timeout(60_000);

  test('Should keep every generated shipped file exactly as its generator writes it (run npm run generate)', async () => {
    const files = generatedFiles();
    assert.deepStrictEqual(
      files.map((f) => relative(f.file)),
      [
        'syntaxes/transcript.tmLanguage.json',
        'src/core/document/linePatterns.json',
        'src/core/names/pinyinTable.json',
        'package.json',
        'src/core/align/zh-en.lexicon.tsv',
        'src/core/language/commonEnglish.json',
      ],
    );
    const stale: string[] = [];
    for (const { file, generator, text } of files) {
      const wanted = await text();
      const current = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : undefined;
      if (current === undefined) stale.push(`${relative(file)} is missing (written by ${generator})`);
      else if (current !== wanted) stale.push(`${relative(file)} is not what ${generator} writes, ${firstDifference(current, wanted)}`);
    }
    if (stale.length > 0) assert.fail(`${stale.join('\n')}\nRun npm run generate.`);
  });
});
