import * as assert from 'assert';
import { runPairChecks } from '../../src/core/engine/pairs';

// Numbers written differently but meaning the same, in a German–French and an English–Chinese pair written for
// these tests: none is a mismatch, and a number really changed among them still is.
const DE = [
  'Am Morgen brachen wir um 5.30 Uhr von der Hütte auf.',
  'Der Bach war an dieser Stelle etwa 1 ½ m tief und sehr kalt.',
  'Die Hütte erreicht man unter der Nummer 027/9671234 und bleibt dort bis 1952/53 offen.',
  'Ein Träger bekommt pro Tag 4 Rupien ( Fr.',
  '3.60 ) und muss sich davon selbst verpflegen.',
  'Die Seilschaft stand erst um 18.45 Uhr auf dem Gipfel, der 4206 m hoch ist.',
  '',
].join('\n\n');

const FR = [
  'Le matin, nous quittâmes la cabane à 5 h 30.',
  "A cet endroit, le torrent était profond d' environ 1,50 m et très froid.",
  "On atteint la cabane au 027/967 12 34 ; elle reste ouverte jusqu' en 1952 et 1953.",
  'Un porteur reçoit 4 roupies par jour ( 3 fr .',
  '60 ) et doit se nourrir lui-même.',
  "La cordée n' atteignit le sommet, haut de 4206 m, qu' à 18 h. 45.",
  '',
].join('\n\n');

const EN = [
  'We left the hut at 6:15 in the morning.',
  'The river was about 2 ½ metres deep there.',
  'You can call the hut on 0279 671 234 in the summer of 2019.',
  'We reached the summit at 14:40, after 9 hours of climbing.',
  '',
].join('\n\n');

const ZH = [
  '我们早上6点15分离开了小屋。',
  '那里的河水大约有2.5米深。',
  '2019年夏天可以拨打0279671234联系小屋。',
  '我们在14:40登顶，一共爬了9个小时。',
  '',
].join('\n\n');

const mismatches = (source: string, target: string) =>
  runPairChecks(source, target)
    .target.filter((f) => f.checkId === 'number-mismatch')
    .map((f) => target.slice(f.range.start, f.range.end));

suite('Number mismatch: one number written two ways', () => {
  test('Should read a time of day, a fraction, a split price and a regrouped phone number as the same (German–French)', () => {
    assert.deepStrictEqual(mismatches(DE, FR), []);
  });

  test('Should still report a number changed among them (German–French)', () => {
    assert.deepStrictEqual(mismatches(DE, FR.replace('4206 m', '4260 m')), ['4260']);
    assert.deepStrictEqual(mismatches(DE, FR.replace('5 h 30', '6 h 30')), ['6 h 30']);
  });

  test('Should read a time, a fraction and a regrouped phone number as the same (English–Chinese)', () => {
    assert.deepStrictEqual(mismatches(EN, ZH.replace('6点15分', '6:15')), []);
    assert.deepStrictEqual(mismatches(EN, ZH), []);
  });

  test('Should still report a number changed among them (English–Chinese)', () => {
    assert.deepStrictEqual(mismatches(EN, ZH.replace('14:40', '15:40')), ['15:40']);
  });
});

// Each number-mismatch finding of the translation as [flagged text, suggested fix].
const fixOf = (source: string, target: string) =>
  runPairChecks(source, target)
    .target.filter((f) => f.checkId === 'number-mismatch')
    .map((f) => [target.slice(f.range.start, f.range.end), f.suggestions[0]]);

suite('Number mismatch: numbers in words', () => {
  test('Should report a number in words from ten up changed, and write the fix as the translation writes numbers', () => {
    const en = 'Three years ago we had around forty pages a week.\n\nThe crossing itself took thirty-one hours.\n';
    assert.deepStrictEqual(fixOf(en, '三年前，我们每周大约有五十次告警呼叫。\n\n渡海本身花了三十一个小时。\n'), [['五十', '四十']]);
    assert.deepStrictEqual(fixOf(en, '三年前，我们每周大约有50次告警呼叫。\n\n渡海本身花了31个小时。\n'), [['50', '40']]);
    const de = 'Wir waren zwanzig Leute in der Hütte.\n\nDer Aufstieg dauerte sechs Stunden.\n';
    assert.deepStrictEqual(fixOf(de, 'Nous étions trente dans la cabane.\n\nLa montée dura six heures.\n'), [['trente', '20']]);
  });

  test('Should leave round quantities said loosely out of a change (数千, 几十, 十分)', () => {
    const en = 'Today about 2,000 companies use it, from startups to a bank with several thousand engineers.\n';
    assert.deepStrictEqual(fixOf(en, '如今约有200家公司在用它，从初创公司到拥有数千名工程师的银行都有。\n'), [['200', '2,000']]);
    assert.deepStrictEqual(fixOf('I fully agree: only 6 people came.\n', '我十分同意：只来了5个人。\n'), [['5', '6']]);
  });

  test('Should not report small numbers in words, which translations render at will', () => {
    const en = 'The two of us left at dawn, and three friends followed.\n';
    assert.deepStrictEqual(fixOf(en, '我们俩黎明出发，另外几个朋友跟在后面。\n'), []);
    assert.deepStrictEqual(fixOf(en, '我们两个黎明出发，四个朋友跟在后面。\n'), []);
  });
});

suite('Number mismatch: multipliers and compound number words', () => {
  test('Should read 万 and 千 after digits before a measure word (6万件, 2千人), and 千米 as a unit', () => {
    const en = 'The museum holds about 60,000 objects, and 2,000 people visit it every day.\n\nThe storage is 5 km away.\n';
    assert.deepStrictEqual(fixOf(en, '博物馆藏有约6万件藏品，每天有2千人参观。\n\n库房在5千米以外。\n'), []);
    assert.deepStrictEqual(fixOf(en, '博物馆藏有约1.8万件藏品，每天有2千人参观。\n\n库房在5千米以外。\n'), [['1.8万', '60,000']]);
  });

  test('Should read a Korean number written in groups (1만 8천) and 천 before a noun as one value', () => {
    const en = 'We now have about 18,000 pieces, each worth 3,000 won.\n';
    assert.deepStrictEqual(fixOf(en, '현재 약 1만 8천 점이 있고, 하나에 3천원입니다.\n'), []);
    assert.deepStrictEqual(
      fixOf(en, '현재 약 1만 6천 점이 있고, 하나에 3천원입니다.\n').map(([t]) => t),
      ['1만 6천'],
    );
  });

  test('Should read French numbers from seventeen to ninety-nine as one number (dix-huit, soixante-dix-sept)', () => {
    const en = 'The works will take eighteen months.\n\nThe bridge is seventy-seven years old.\n\nIt cost ninety million.\n';
    const fr = 'Les travaux dureront dix-huit mois.\n\nLe pont a soixante-dix-sept ans.\n\nIl a coûté quatre-vingt-dix millions.\n';
    assert.deepStrictEqual(fixOf(en, fr), []);
    assert.deepStrictEqual(fixOf(en, fr.replace('dix-huit', 'dix-neuf')), [['dix-neuf', '18']]);
  });
});
