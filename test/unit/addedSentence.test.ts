import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { readLexicon } from '../../src/core/align/lexicon';
import { matchSpeakerLabel } from '../../src/core/document/linePatterns';
import { runPairChecks } from '../../src/core/engine/pairs';
import { repoRoot } from './helpers';

// An original and its translation written for these tests, in which one translated sentence is followed by a
// sentence of about the same length that renders nothing of the original: the aligner merges it into its
// neighbour's pair, and the words the pair shares elsewhere tell which of the two is the added one.
const DE = [
  'Die Hütte am Gletscher liegt auf 2800 Metern und hat im Sommer vierzig Betten.',
  'Der Hüttenwart kocht jeden Abend eine Suppe für alle Gäste.',
  'Am Morgen brechen die Seilschaften zum Gletscher auf.',
  'Der Gletscher ist im Sommer oft weich, und die Seilschaften gehen langsam.',
  'Nach dem Gipfel kehren die Gäste zur Hütte zurück und essen die Suppe.',
  'Im Winter ist die Hütte geschlossen, nur ein kleiner Raum bleibt offen.',
  'Der kleine Raum hat vier Betten und einen Ofen für die Gäste.',
  'Die Seilschaften melden sich beim Hüttenwart, bevor sie zum Gipfel aufbrechen.',
];
const FR = [
  'La cabane du glacier se trouve à 2800 mètres et compte quarante lits en été.',
  'Le gardien prépare chaque soir une soupe pour tous les hôtes.',
  'Le matin, les cordées partent vers le glacier.',
  'En été, le glacier est souvent mou, et les cordées avancent lentement.',
  'Après le sommet, les hôtes reviennent à la cabane et mangent la soupe.',
  'En hiver, la cabane est fermée, seule une petite salle reste ouverte.',
  'La petite salle a quatre lits et un poêle pour les hôtes.',
  "Les cordées s' annoncent au gardien avant de partir vers le sommet.",
];
const EN = [
  'The bakery opens at six, and the first customers are usually the bus drivers.',
  'Every morning the baker makes bread, rolls and a few cakes.',
  'The bus drivers buy coffee and rolls before their first trip.',
  'At noon the school children come for bread and cakes.',
  'In the evening the baker cleans the ovens and the bakery closes.',
  'On Sunday the bakery is closed, and the baker visits her mother.',
  'Her mother taught her to make bread when she was a child.',
  'The children say the cakes are the best in the town.',
];
const ZH = [
  '面包店六点开门，第一批顾客通常是公交车司机。',
  '每天早上，面包师都会做面包、小面包和几个蛋糕。',
  '公交车司机在第一趟车之前买咖啡和小面包。',
  '中午，学校的孩子们来买面包和蛋糕。',
  '晚上，面包师清洁烤炉，面包店关门。',
  '星期天面包店关门，面包师去看她的母亲。',
  '她的母亲在她小时候教她做面包。',
  '孩子们说这些蛋糕是镇上最好的。',
];

const doc = (lines: readonly string[]) => lines.join('\n\n') + '\n';
// The alignment the aligner makes of such a pair: sentence for sentence, the added one merged into the pair
// before it. Given here, so that the test is about deciding which sentence of that pair is the added one.
const additions = (source: readonly string[], target: readonly string[], at: number) => {
  const text = doc(target);
  const pairs = source.map((_, i) => ({ source: [i], target: i < at ? [i] : i === at ? [i, i + 1] : [i + 1], score: 1 }));
  return runPairChecks(doc(source), text, { pairs })
    .target.filter((f) => f.checkId === 'addition')
    .map((f) => text.slice(f.range.start, f.range.end));
};

suite('Addition: the added sentence of a merged pair', () => {
  test('Should report the added sentence of a merged pair, not its translated neighbour (German–French)', () => {
    const added = 'Un orage violent éclata sur la vallée pendant la nuit de mardi.';
    assert.deepStrictEqual(additions(DE, [...FR.slice(0, 7), added, FR[7]], 6), [added]);
    assert.deepStrictEqual(additions(DE, [...FR.slice(0, 3), added, ...FR.slice(3)], 2), [added]);
  });

  test('Should report the added sentence of a merged pair, not its translated neighbour (English–Chinese)', () => {
    const added = '火车晚点了两个小时，乘客们只好在站台上等待。';
    assert.deepStrictEqual(additions(EN, [...ZH.slice(0, 6), added, ...ZH.slice(6)], 5), [added]);
  });
});

suite('Addition: short replies', () => {
  // A Chinese interview and its English translation, written for these tests (test/fixtures/pairs/ferry.*).
  const read = (name: string) => fs.readFileSync(path.join(repoRoot, 'test', 'fixtures', 'pairs', name), 'utf8');
  const lexicon = readLexicon(fs.readFileSync(path.join(repoRoot, 'src', 'core', 'align', 'zh-en.lexicon.tsv')));

  test('Should not report a short reply the translation sets apart ("Yes." for the 是啊 opening a sentence)', () => {
    const found = runPairChecks(read('ferry.zh.txt'), read('ferry.en.txt'), { lexicon });
    assert.deepStrictEqual(
      [...found.source, ...found.target].filter((f) => f.checkId === 'addition' || f.checkId === 'omission'),
      [],
    );
  });
});

suite('Addition: a turn put in', () => {
  // One of our hand-aligned English–Chinese pairs (test/fixtures/align), a sentence per line, read as a transcript:
  // a labelled line opens a turn, the lines after it continue it.
  const lexicon = readLexicon(fs.readFileSync(path.join(repoRoot, 'src', 'core', 'align', 'zh-en.lexicon.tsv')));
  const lines = (name: string) =>
    fs
      .readFileSync(path.join(repoRoot, 'test', 'fixtures', 'align', name), 'utf8')
      .trim()
      .split('\n');
  const transcript = (ls: readonly string[]) => {
    let text = '';
    let inTurn = false;
    ls.forEach((l, i) => {
      const labelled = matchSpeakerLabel(l) !== undefined;
      inTurn = labelled || inTurn;
      if (i > 0) text += inTurn && !labelled ? ' ' : '\n\n';
      text += l;
    });
    return text + '\n';
  };

  test('Should report a turn of someone the original never hears, put in where it takes the rest of a turn', () => {
    const zh = lines('zh-en-1.zh');
    const en = transcript(lines('zh-en-1.en'));
    const added = '记者：你的餐厅只有二十四个座位，想订位却要排上好几个月。';
    const at = zh.indexOf('集群资源配置过剩，没人设置资源限制，夜里闲置的节点我们也照样在付钱。');
    const damaged = transcript([...zh.slice(0, at), added, ...zh.slice(at)]);
    const additions = (target: string) =>
      runPairChecks(en, target, { lexicon })
        .target.filter((f) => f.checkId === 'addition')
        .map((f) => target.slice(f.range.start, f.range.end));
    const sentence = '你的餐厅只有二十四个座位，想订位却要排上好几个月。';
    assert.ok(additions(damaged).includes(sentence), additions(damaged).join(' | '));
    assert.ok(!additions(transcript(zh)).some((a) => a.includes('餐厅')));
  });
});
