import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { parseLexicon } from '../../src/core/align/lexicon';
import type { AlignedPair } from '../../src/core/align/align';
import { runPairChecks } from '../../src/core/engine/pairs';
import { repoRoot } from './helpers';

// An original and its translation written for these tests, sentence for sentence.
const EN = [
  'The hiking club meets on the first Monday of every month in the back room of the old station.',
  'In 1987 Anna Weber and Jonas Berg founded the club in Freiburg with twelve members and one borrowed tent.',
  'Today it has more than three hundred members, and the waiting list for the beginners course is long.',
  'Every summer the club spends a week in the mountains, always in a different valley.',
  'The older members still remember the storm that kept them in a hut for three days.',
  'Nobody was hurt, but the soup ran out on the second evening.',
  'Since then every group carries twice as much food as it thinks it needs.',
  'In winter the club offers courses in map reading and first aid.',
  'The courses are free for members and cost a small fee for everyone else.',
  'Anyone who wants to join can simply come along to one of the Monday evenings.',
];
const DE = [
  'Der Wanderverein trifft sich am ersten Montag jedes Monats im Hinterzimmer des alten Bahnhofs.',
  '1987 gründeten Anna Weber und Jonas Berg den Verein in Freiburg mit zwölf Mitgliedern und einem geliehenen Zelt.',
  'Heute hat er mehr als dreihundert Mitglieder, und die Warteliste für den Anfängerkurs ist lang.',
  'Jeden Sommer verbringt der Verein eine Woche in den Bergen, immer in einem anderen Tal.',
  'Die älteren Mitglieder erinnern sich noch an den Sturm, der sie drei Tage lang in einer Hütte festhielt.',
  'Niemand wurde verletzt, aber am zweiten Abend ging die Suppe aus.',
  'Seitdem trägt jede Gruppe doppelt so viel Essen mit, wie sie zu brauchen glaubt.',
  'Im Winter bietet der Verein Kurse in Kartenlesen und Erster Hilfe an.',
  'Die Kurse sind für Mitglieder kostenlos und kosten für alle anderen eine kleine Gebühr.',
  'Wer mitmachen möchte, kann einfach an einem der Montagabende vorbeikommen.',
];

const doc = (lines: readonly string[]) => lines.join('\n\n') + '\n';
function found(source: readonly string[], target: readonly string[], pairs?: AlignedPair[]) {
  const [s, t] = [doc(source), doc(target)];
  const r = runPairChecks(s, t, pairs ? { pairs } : {});
  return {
    omission: r.source.filter((f) => f.checkId === 'omission').map((f) => s.slice(f.range.start, f.range.end)),
    addition: r.target.filter((f) => f.checkId === 'addition').map((f) => t.slice(f.range.start, f.range.end)),
  };
}

suite('Omission and addition: moved, condensed or missing', () => {
  test('Should report neither an omission nor an addition for a sentence the translation moves further on', () => {
    const moved = [DE[0], ...DE.slice(2, 6), DE[1], ...DE.slice(6)];
    assert.deepStrictEqual(found(EN, moved), { omission: [], addition: [] });
  });

  test('Should report a sentence missing that the aligner merged with the next one, among pairs it was unsure of', () => {
    // Sentences of like lengths and few shared names: the aligner pairs the original's sentences 3 and 4 with the
    // translation of 4 and is unsure of the pairs around them, which as a whole are a sentence short.
    const cut = [...DE.slice(0, 3), ...DE.slice(4)];
    assert.deepStrictEqual(found(EN, cut), { omission: [EN[3]], addition: [] });
  });

  // The aligner's pairs, given: sentence for sentence, except that the original's sentence 5 is left alone after a
  // pair the aligner was unsure of.
  const pairs = (target: readonly string[]): AlignedPair[] =>
    EN.map((_, i) =>
      i < 4
        ? { source: [i], target: [i], score: 1 }
        : i === 4
          ? { source: [4], target: [4], score: 0.5 }
          : i === 5
            ? { source: [5], target: [], score: 0 }
            : { source: [i], target: [i - 1], score: 1 },
    ).filter((p) => p.target.every((j) => j < target.length));

  test('Should not report a sentence left alone when the translation beside it renders it too', () => {
    const condensed = [
      ...DE.slice(0, 4),
      'Die älteren Mitglieder erinnern sich noch an den Sturm, der sie drei Tage lang in einer Hütte festhielt; verletzt wurde niemand, aber am zweiten Abend ging die Suppe aus.',
      ...DE.slice(6),
    ];
    assert.deepStrictEqual(found(EN, condensed, pairs(condensed)), { omission: [], addition: [] });
  });

  test('Should report it when the translation beside it renders only its own original', () => {
    const cut = [...DE.slice(0, 5), ...DE.slice(6)];
    assert.deepStrictEqual(found(EN, cut, pairs(cut)), { omission: [EN[5]], addition: [] });
  });
});

suite('Omission: which sentence of a merged pair is missing', () => {
  // The in-house English–Chinese podcast zh-en-5, as a transcript: one turn per paragraph, as its lines say.
  const fixture = (ext: string) => fs.readFileSync(path.join(repoRoot, 'test', 'fixtures', 'align', `zh-en-5.${ext}`), 'utf8').split('\n');
  const transcript = (lines: readonly string[]) =>
    lines
      .filter((l) => l)
      .map((l, i) => (i > 0 && /^\S+[:：]/u.test(l) ? '\n\n' : i > 0 ? ' ' : '') + l)
      .join('') + '\n';
  const lexicon = parseLexicon(fs.readFileSync(path.join(repoRoot, 'src', 'core', 'align', 'zh-en.lexicon.tsv'), 'utf8'));

  test('Should find a turn the translation leaves out by who speaks around it, and one it puts in', () => {
    const en = transcript(fixture('en'));
    const omitted = transcript(fixture('zh').filter((l) => l !== '达娜：是删掉，而不是静音？'));
    const found = runPairChecks(en, omitted, { lexicon }).source.filter((f) => f.checkId === 'omission');
    assert.ok(found.some((f) => en.slice(f.range.start, f.range.end) === 'Deleted, not silenced?'));
    const zh = fixture('zh');
    const at = zh.indexOf('马库斯：是删掉。') + 1;
    const added = transcript([...zh.slice(0, at), '达娜：那你们用什么代替？', ...zh.slice(at)]);
    const additions = runPairChecks(en, added, { lexicon }).target.filter((f) => f.checkId === 'addition');
    assert.deepStrictEqual(
      additions.map((f) => added.slice(f.range.start, f.range.end)),
      ['那你们用什么代替？'],
    );
  });

  test('Should name the sentence the translation leaves out of a pair too short, not the pair as partly missing', () => {
    const en = transcript(fixture('en'));
    const zh = transcript(fixture('zh').filter((l) => !l.startsWith('我们花了一周才找到它')));
    const omissions = runPairChecks(en, zh, { lexicon }).source.filter((f) => f.checkId === 'omission');
    assert.deepStrictEqual(
      omissions
        .filter((f) => en.slice(f.range.start, f.range.end).includes('a week'))
        .map((f) => [en.slice(f.range.start, f.range.end), f.message]),
      [
        [
          'It took us a week to find it, and about three lines to fix it.',
          'This sentence is missing from the translation: translate it there.',
        ],
      ],
    );
  });
});
