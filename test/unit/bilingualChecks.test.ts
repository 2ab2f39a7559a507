import * as assert from 'assert';
import { applyEdits, parseGlossary, type Finding } from '../../src/core';
import { runPairChecks, type PairFindings } from '../../src/core/engine/pairs';
import { translationSkeleton } from '../../src/core/translate/skeleton';
import * as fc from 'fast-check';
import { chineseNumeral, findNumbers, parseNumber } from '../../src/core/language/numbers';

// An English talk and its German translation, sentence for sentence, written for these tests.
const EN = [
  '# Cleaning the river',
  '',
  '**Anna Weber:** Thank you for coming to our small meeting this evening.',
  '',
  '**Anna Weber:** Last spring we collected 1,250 kilograms of rubbish from the banks of the river.',
  'Most of it was plastic that had been washed down from the town after the storms.',
  'We worked every Saturday morning from March until the end of June.',
  'The school joined us in April, and the children brought their parents along.',
  'You can read the full report at https://example.org/river-report before the next meeting.',
  'Next year we want to clean the second half of the river as well, up to the old mill.',
  'Please write to us if you would like to help with the boats or the sorting.',
  '',
].join('\n');

const DE = [
  '# Den Fluss sauber machen',
  '',
  '**Anna Weber:** Danke, dass Sie heute Abend zu unserem kleinen Treffen gekommen sind.',
  '',
  '**Anna Weber:** Im letzten Frühling haben wir 1.250 Kilogramm Müll an den Ufern des Flusses gesammelt.',
  'Das meiste davon war Plastik, das nach den Stürmen aus der Stadt heruntergespült worden war.',
  'Wir haben von März bis Ende Juni jeden Samstagmorgen gearbeitet.',
  'Im April kam die Schule dazu, und die Kinder brachten ihre Eltern mit.',
  'Den vollständigen Bericht können Sie vor dem nächsten Treffen unter https://example.org/river-report lesen.',
  'Nächstes Jahr wollen wir auch die zweite Hälfte des Flusses reinigen, bis hinauf zur alten Mühle.',
  'Bitte schreiben Sie uns, wenn Sie bei den Booten oder beim Sortieren helfen möchten.',
  '',
].join('\n');

const ids = (fs: readonly Finding[]) => fs.map((f) => f.checkId);
const flagged = (text: string, fs: readonly Finding[], id: string) =>
  fs.filter((f) => f.checkId === id).map((f) => text.slice(f.range.start, f.range.end));

function check(source: string, target: string, glossary?: string): PairFindings {
  return runPairChecks(source, target, glossary ? { glossary: parseGlossary(glossary) } : {});
}

suite('Bilingual checks (English–German)', () => {
  test('Should find nothing in a faithful translation', () => {
    const found = check(EN, DE);
    assert.deepStrictEqual([...ids(found.source), ...ids(found.target)], []);
  });

  test('Should report an omitted sentence on the original, and nothing else', () => {
    const target = DE.replace('Wir haben von März bis Ende Juni jeden Samstagmorgen gearbeitet.\n', '');
    const found = check(EN, target);
    assert.deepStrictEqual(flagged(EN, found.source, 'omission'), ['We worked every Saturday morning from March until the end of June.']);
    assert.deepStrictEqual(ids(found.target), []);
  });

  test('Should report a sentence left in English, and one with no counterpart in the original', () => {
    const untranslated = DE.replace(
      'Im April kam die Schule dazu, und die Kinder brachten ihre Eltern mit.',
      'The school joined us in April, and the children brought their parents along.',
    );
    const added = DE.replace(
      'Bitte schreiben Sie uns',
      'Der Bürgermeister hat uns dafür im Herbst eine Urkunde überreicht und allen Helfern persönlich gedankt. Bitte schreiben Sie uns',
    );
    assert.deepStrictEqual(flagged(untranslated, check(EN, untranslated).target, 'untranslated'), [
      'The school joined us in April, and the children brought their parents along.',
    ]);
    const found = check(EN, added);
    assert.deepStrictEqual(flagged(added, found.target, 'addition'), [
      'Der Bürgermeister hat uns dafür im Herbst eine Urkunde überreicht und allen Helfern persönlich gedankt.',
    ]);
  });

  test('Should read 1,250 and 1.250 as one number, and fix a changed one to the original', () => {
    const target = DE.replace('1.250 Kilogramm', '1.520 Kilogramm');
    const found = check(EN, target);
    const [f] = found.target.filter((x) => x.checkId === 'number-mismatch');
    assert.strictEqual(target.slice(f.range.start, f.range.end), '1.520');
    assert.deepStrictEqual(f.suggestions, ['1,250']);
    assert.strictEqual(found.target.filter((x) => x.checkId === 'number-mismatch').length, 1);
  });

  test('Should report a changed URL, with the original URL as the fix', () => {
    const target = DE.replace('https://example.org/river-report', 'https://example.org/fluss-bericht');
    const [f] = check(EN, target).target.filter((x) => x.checkId === 'url-mismatch');
    assert.strictEqual(target.slice(f.range.start, f.range.end), 'https://example.org/fluss-bericht');
    assert.strictEqual(applyEdits(target, f.fixes[0].edits).text, DE);
  });

  test("Should report a glossary term the translation does not render with the glossary's translation", () => {
    const glossary = 'term\tlang\ttranslation\ttranslation_lang\nrubbish\ten\tAbfall\tde\n';
    const found = check(EN, DE, glossary).target.filter((x) => x.checkId === 'term-translation');
    assert.strictEqual(found.length, 1);
    assert.match(found[0].message, /“rubbish” as “Abfall”/);
    assert.deepStrictEqual(found[0].suggestions, ['Abfall']);
  });
});

suite('Bilingual checks (English–Chinese)', () => {
  const en = [
    '**Li Wei:** We opened the first shop in 2015 with three friends.',
    '**Li Wei:** Today we have 40 shops in twelve cities, and every one of them roasts its own coffee.',
    '**Li Wei:** Our customers told us that they wanted to see how the beans are roasted.',
    '**Li Wei:** So every shop has a glass wall between the café and the roaster.',
    '**Li Wei:** Sometimes the children stand there for half an hour and just watch.',
    '**Li Wei:** Next year we will open our first shop outside China, in Singapore.',
    '',
  ].join('\n\n');
  const zh = [
    '**李伟：**2015年，我和三个朋友开了第一家店。',
    '**李伟：**如今我们在十二个城市有40家店，每一家都自己烘焙咖啡。',
    '**李伟：**顾客告诉我们，他们想看看咖啡豆是怎么烘焙的。',
    '**李伟：**所以每家店在咖啡馆和烘焙间之间都有一面玻璃墙。',
    '**李伟：**有时候孩子们会在那里站上半个小时，就这么看着。',
    '**李伟：**明年我们将在中国以外开第一家店，地点是新加坡。',
    '',
  ].join('\n\n');

  test('Should find nothing in a faithful translation', () => {
    const found = check(en, zh);
    assert.deepStrictEqual([...ids(found.source), ...ids(found.target)], []);
  });

  test('Should report a changed number and an English sentence left in the Chinese translation', () => {
    const damaged = zh
      .replace('40家店', '14家店')
      .replace('所以每家店在咖啡馆和烘焙间之间都有一面玻璃墙。', 'So every shop has a glass wall between the café and the roaster.');
    const found = check(en, damaged);
    assert.deepStrictEqual(flagged(damaged, found.target, 'number-mismatch'), ['14']);
    assert.deepStrictEqual(flagged(damaged, found.target, 'untranslated'), [
      'So every shop has a glass wall between the café and the roaster.',
    ]);
  });

  test('Should report a short English sentence left in the Chinese translation, but not a name kept as it is', () => {
    const source = `${en}**Li Wei:** It is.\n\n**Li Wei:** Singapore.\n`;
    const found = (target: string) => flagged(target, check(source, target).target, 'untranslated');
    assert.deepStrictEqual(found(`${zh}**李伟：**It is.\n\n**李伟：**Singapore.\n`), ['It is.']);
    assert.deepStrictEqual(found(`${zh}**李伟：**确实如此。\n\n**李伟：**Singapore.\n`), []);
  });

  test('Should find nothing to say of a translation still to write, and check the part already written', () => {
    const skeleton = translationSkeleton(en, 'zh', new Map([['Li Wei', '李伟']]));
    const all = (found: PairFindings) => [...ids(found.source), ...ids(found.target)];
    assert.deepStrictEqual(all(check(en, skeleton)), []);
    // The first two turns written, the second with its number changed: that is all there is to say.
    const turns = skeleton.split('\n\n');
    const written = zh.split('\n\n');
    const half = [written[0], written[1].replace('40家店', '14家店'), ...turns.slice(2)].join('\n\n');
    assert.deepStrictEqual(all(check(en, half)), ['number-mismatch']);
  });

  test('Should report one sentence translated two ways', () => {
    const source = `${en}**Li Wei:** Our customers told us that they wanted to see how the beans are roasted.\n`;
    const target = `${zh}**李伟：**客人们说想亲眼看到豆子的烘焙过程。\n`;
    const found = check(source, target).target.filter((f) => f.checkId === 'inconsistent-translation');
    assert.strictEqual(found.length, 1);
    assert.deepStrictEqual(found[0].suggestions, ['顾客告诉我们，他们想看看咖啡豆是怎么烘焙的。']);
  });
});

suite('Numbers in any language', () => {
  const values = (text: string) => findNumbers(text).map((n) => [n.value, n.digits]);

  test('Should read digits with any grouping, decimals, CJK multipliers and number words of several languages', () => {
    assert.deepStrictEqual(values('1,000 and 1 000, 3.5 or 2万'), [
      [1000, true],
      [1000, true],
      [3.5, true],
      [20000, true],
    ]);
    assert.deepStrictEqual(values('drei Tage, vingt-cinq ans, seven weeks, 三十年'), [
      [3, false],
      [25, false],
      [7, false],
      [30, false],
    ]);
  });

  test('Should read a compound ending in one, but not one alone', () => {
    assert.deepStrictEqual(values('thirty-one hours, Twenty-One Pilots, one of them'), [
      [31, false],
      [21, false],
    ]);
  });

  test('Should write every whole number below 10^8 in Chinese numerals that read back as the same number', () => {
    assert.deepStrictEqual([10, 15, 40, 105, 110, 1010, 20000, 100000].map(chineseNumeral), [
      '十',
      '十五',
      '四十',
      '一百零五',
      '一百一十',
      '一千零一十',
      '二万',
      '十万',
    ]);
    fc.assert(fc.property(fc.integer({ min: 2, max: 99_999_999 }), (n) => assert.strictEqual(parseNumber(chineseNumeral(n)!), n)));
    assert.deepStrictEqual([0, -3, 1.5, 1e8].map(chineseNumeral), [undefined, undefined, undefined, undefined]);
  });

  test('Should not read a number inside a word', () => {
    assert.deepStrictEqual(values('Trois-Rivières is near Seventeenth Street'), [[3, false]]);
  });
});

suite('Bilingual checks on a French translation with French speaker labels', () => {
  // A panel in English and French (labels as French writes them, "Anna : "), written for these tests.
  const en = [
    '# Streets for People: A Panel on the Future of Our City',
    '',
    "Anna: Good evening, and welcome to the third of our public panels on the city's new transport plan. I'm Anna Kowalski from the Civic Forum. With me are Marcus Reid, who leads the transport team at the city council, and Dr Leila Haddad, an urban ecologist at the university.",
    '',
    'Marcus: Good evening.',
    '',
    'Leila: Hello, everyone.',
    '',
    "Anna: Marcus, let's start with you. The plan proposes closing Market Street to private cars. Why?",
    '',
    "Marcus: Market Street carries about 9,000 vehicles a day, but more than half of them are just passing through. They don't stop, they don't shop, they just use it as a shortcut. Meanwhile, 25,000 people walk along it every day, squeezed onto pavements that are barely two metres wide. We think the space should go to the people who actually use the street.",
    '',
    "Anna: Shopkeepers are worried, though. Several of them have told me they'll lose customers.",
    '',
    'Marcus: I understand that fear. But the evidence from other cities is quite consistent. When Ghent closed its centre to through traffic in 2017, footfall in the shops went up, not down. People who arrive on foot or by bike spend less per visit, but they come more often.',
    '',
    'Leila: Can I add something here?',
    '',
    'Anna: Please.',
    '',
  ].join('\n');
  const fr = [
    "# Des rues pour les gens : un débat sur l'avenir de notre ville",
    '',
    "Anna : Bonsoir et bienvenue à la troisième de nos tables rondes publiques consacrées au nouveau plan de déplacements de la ville. Je suis Anna Kowalski, du Forum citoyen. À mes côtés, Marcus Reid, qui dirige le service des transports de la mairie, et Leila Haddad, écologue urbaine à l'université.",
    '',
    'Marcus : Bonsoir.',
    '',
    'Leila : Bonsoir à tous.',
    '',
    'Anna : Marcus, commençons par vous. Le plan propose de fermer Market Street aux voitures particulières : pourquoi ?',
    '',
    "Marcus : Market Street voit passer environ 9 000 véhicules par jour, mais plus de la moitié ne font que la traverser. Ils ne s'arrêtent pas, ils ne font pas d'achats, ils l'utilisent simplement comme raccourci. Pendant ce temps, 25 000 personnes y marchent chaque jour, serrées sur des trottoirs qui font à peine deux mètres de large. Nous pensons que cet espace doit revenir à ceux qui utilisent réellement la rue.",
    '',
    "Anna : Les commerçants s'inquiètent pourtant. Plusieurs d'entre eux m'ont dit qu'ils allaient perdre des clients.",
    '',
    "Marcus : Je comprends cette crainte. Mais ce qu'on observe dans d'autres villes est assez constant. Quand Gand a fermé son centre au trafic de transit en 2017, la fréquentation des commerces a augmenté au lieu de baisser. Les gens qui viennent à pied ou à vélo dépensent moins à chaque visite, mais ils viennent plus souvent.",
    '',
    'Leila : Je peux ajouter quelque chose ?',
    '',
    'Anna : Je vous en prie.',
    '',
  ].join('\n');

  test('Should find nothing in the faithful translation, and read its labels as turns', () => {
    const found = runPairChecks(en, fr);
    assert.deepStrictEqual([...ids(found.source), ...ids(found.target)], []);
  });

  test('Should find a sentence missing from one turn, measured by the whole translation and not by that turn alone', () => {
    const damaged = fr.replace(" Ils ne s'arrêtent pas, ils ne font pas d'achats, ils l'utilisent simplement comme raccourci.", '');
    const found = runPairChecks(en, damaged).source.filter((f) => f.checkId === 'omission');
    assert.deepStrictEqual(
      found.map((f) => en.slice(f.range.start, f.range.end)),
      ["They don't stop, they don't shop, they just use it as a shortcut."],
    );
  });
});
