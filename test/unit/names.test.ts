import * as assert from 'assert';
import { romanizeHangul } from '../../src/core/names/hangulRomanize';
import { nameLanguageHint } from '../../src/core/names/nameLanguage';
import { findMentions, fitReplacement, spacesLatinInCjk } from '../../src/core/names/nameMentions';
import { isPersonShaped, latinNameAt } from '../../src/core/names/nameShapes';
import { nameDistance, parseName } from '../../src/core/names/names';
import { foldLatin, phoneticDistance, phoneticForm } from '../../src/core/names/phonetic';
import { findSelfIntroductions } from '../../src/core/checks/name-mismatch/selfIntroductions';
import { sameSpelling, speakerKey, SpellingSet, spellingKey } from '../../src/core/text/nameKeys';

const same = (a: string, b: string) => nameDistance(parseName(a), parseName(b)) !== Infinity;

suite('Hangul romanisation', () => {
  test('Should romanise syllables by the Revised Romanization', () => {
    assert.strictEqual(romanizeHangul('마리아'), 'maria');
    assert.strictEqual(romanizeHangul('가르시아'), 'gareusia');
    assert.strictEqual(romanizeHangul('김민수'), 'gimminsu');
    assert.strictEqual(romanizeHangul('서울'), 'seoul');
    assert.strictEqual(romanizeHangul('뛰어'), 'ttwieo');
  });

  test('Should carry a final consonant over to a following vowel and apply the ㄹ rules', () => {
    assert.strictEqual(romanizeHangul('한국어'), 'hangugeo');
    assert.strictEqual(romanizeHangul('없어'), 'eopseo');
    assert.strictEqual(romanizeHangul('좋아'), 'joa');
    assert.strictEqual(romanizeHangul('신라'), 'silla');
    assert.strictEqual(romanizeHangul('종로'), 'jongno');
    assert.strictEqual(romanizeHangul('밖'), 'bak');
  });

  test('Should pass other characters through and romanise lone jamo', () => {
    assert.strictEqual(romanizeHangul('A 마리아!'), 'A maria!');
    assert.strictEqual(romanizeHangul('ㅋㅋ ㅏ'), 'kk a');
    assert.strictEqual(romanizeHangul(''), '');
    assert.strictEqual(romanizeHangul('😀한'), '😀han');
  });
});

suite('Phonetic name comparison', () => {
  test('Should fold Latin letters and merge equivalent spellings', () => {
    assert.strictEqual(foldLatin('Müller-Łukasz Ørsted'), 'mullerlukaszorsted');
    assert.strictEqual(foldLatin('Straße'), 'strasse');
    assert.strictEqual(phoneticForm('philipp'), 'filip');
    assert.strictEqual(phoneticForm('schmidt'), 'shmidt');
    assert.strictEqual(phoneticForm('thomas'), 'tomas');
  });

  test('Should find transliteration differences small and different names large', () => {
    assert.ok(phoneticDistance('viktor', 'weiketuo') < 0.3);
    assert.ok(phoneticDistance('garcia', 'jiaxiya') < 0.3);
    // Above the largest tolerance any comparison allows (0.34 across scripts).
    assert.ok(phoneticDistance('garcia', 'gomez') > 0.4);
    assert.strictEqual(phoneticDistance('', ''), 0);
  });

  test('Should give up on a distance only once it must pass the bound', () => {
    const forms = ['viktor', 'weiketuo', 'garcia', 'jiaxiya', 'gomez', 'anna', 'ana', 'berg', 'borg', 'kelaosi', 'klaus', 'иван', ''];
    for (const a of forms) {
      for (const b of forms) {
        const d = phoneticDistance(a, b);
        for (const most of [0, 0.1, 0.2, 0.34, 0.5, 1]) {
          const bounded = phoneticDistance(a, b, most);
          assert.strictEqual(bounded <= most, d <= most, `${a} ${b} ${most}`);
          if (d <= most) assert.strictEqual(bounded, d);
        }
      }
    }
  });

  test('Should match invented names across Latin, Chinese and Korean letters', () => {
    assert.ok(same('Maria Garcia', '玛丽亚·加西亚'));
    assert.ok(same('Maria Garcia', '마리아 가르시아'));
    assert.ok(same('Hans Müller', '汉斯·穆勒'));
    assert.ok(same('Klaus Schmidt', '克劳斯·施密特'));
    assert.ok(same('Klaus Schmidt', '클라우스 슈미트'));
    assert.ok(same('Pedro Alvarez', '佩德罗·阿尔瓦雷斯'));
    assert.ok(same('Ingrid Larsen', '英格丽·拉森'));
    // Doubled or dropped syllables in one script.
    assert.ok(same('克劳斯·施密特', '克劳斯·施密特特'));
    assert.ok(same('安娜·施密特', '安娜·施密'));
  });

  test('Should match names split differently, in either order, and initials', () => {
    assert.ok(same('王小明', 'Wang Xiaoming'));
    assert.ok(same('王小明', 'Xiaoming Wang'));
    assert.ok(same('김민수', 'Kim Minsu'));
    assert.ok(same('J. Smith', 'John Smith'));
    assert.ok(same('Schmidt Klaus', 'Klaus Schmidt'));
  });

  test('Should not match different people', () => {
    assert.ok(!same('Maria Garcia', 'Mario Gomez'));
    assert.ok(!same('玛丽亚·加西亚', '汉斯·穆勒'));
    assert.ok(!same('마리아 가르시아', '클라우스 슈미트'));
    assert.ok(!same('Pedro Alvarez', 'Pablo Alvarez'));
    assert.ok(!same('Hans Müller', 'Hanna Miller'));
    assert.ok(!same('Ingrid Larsen', 'Ingmar Olsen'));
    assert.ok(!same('J. Smith', 'Peter Smith'));
    assert.ok(!same('Anna Maria Berg', 'Anna Berg'));
    assert.ok(!same('', 'Anna'));
  });

  test('Should split names into parts and mark initials', () => {
    const p = parseName('Jean-Pierre  K. Dupont');
    assert.deepStrictEqual(
      p.parts.map((x) => [x.text, x.initial]),
      [
        ['Jean', false],
        ['Pierre', false],
        ['K.', true],
        ['Dupont', false],
      ],
    );
    assert.strictEqual(p.script, 'Latin');
    assert.deepStrictEqual(
      parseName('玛丽亚·加西亚').parts.map((x) => x.key),
      ['maliya', 'jiaxiya'],
    );
    assert.strictEqual(parseName('마리아 가르시아').script, 'Hangul');
  });
});

suite('Name keys', () => {
  test('Should fold width, case and joiners in both keys, and accents only in the spelling key', () => {
    // One label typed three ways is one speaker.
    assert.strictEqual(speakerKey('Ｍａｒｉｅ-Claire  Dubois'), speakerKey('marie claire dubois'));
    assert.strictEqual(speakerKey('玛丽·克莱尔'), speakerKey('玛丽・克莱尔'));
    // "Hélène" and "Helene" as labels are two spellings of one person for speaker-variant to weigh…
    assert.notStrictEqual(speakerKey('Hélène Roux'), speakerKey('Helene Roux'));
    // …while comparing a given name with the expected one, the accent is no mismatch.
    assert.strictEqual(spellingKey('Hélène Roux'), 'heleneroux');
    assert.ok(sameSpelling('Hélène Roux', 'helene-roux'));
    assert.ok(!sameSpelling('Hélène Roux', 'Hélène Rioux'));
  });

  test('Should look names up in a set by their spelling key, and keep each name once as first written', () => {
    const set = new SpellingSet();
    const written = ['Hélène Roux', 'Anna Berg', "O'Brien", 'Anna Berg', 'ANNA  BERG', '王小明', 'Ｍａｒｉｅ'];
    assert.deepStrictEqual(
      written.map((n) => set.add(n)),
      [0, 1, 2, 1, 3, 4, 5],
    );
    assert.deepStrictEqual(set.names, ['Hélène Roux', 'Anna Berg', "O'Brien", 'ANNA  BERG', '王小明', 'Ｍａｒｉｅ']);
    for (const n of ['helene-roux', 'HELENE ROUX', 'anna.berg', 'obrien', '王 小明', 'marie']) assert.ok(set.has(n), n);
    for (const n of ['Helena Roux', 'Anna Bergh', 'O Brian', '王小', 'maria']) assert.ok(!set.has(n), n);
  });

  test('Should find in a set of many names the ones spelled alike, as spellingKey folds them', () => {
    // Enough names that the set grows its table several times over.
    const given = Array.from(
      { length: 3000 },
      (_, i) => `${['Ana', 'Ánna', 'Jo-Ann', 'Zoë'][i % 4]} ${'Berg Borg Bërg'.split(' ')[i % 3]}${i}`,
    );
    const set = new SpellingSet();
    for (const n of given) set.add(n);
    const keys = new Set(given.map(spellingKey));
    for (const n of [
      ...given.map((g) => g.toUpperCase()),
      ...given.map((g) => g.replace(/ /g, '_')),
      'Anna Berg1',
      'Zoe Borg3',
      'Zoe Borg11',
    ]) {
      assert.strictEqual(set.has(n), keys.has(spellingKey(n)), n);
    }
  });
});

suite('Name shapes and mentions', () => {
  test('Should recognise Latin names and person-shaped titles and fields', () => {
    const text = 'so Anne-Marie van der Berg, hello';
    assert.deepStrictEqual(latinNameAt(text, 3), { start: 3, end: 26 });
    assert.strictEqual(latinNameAt('DevOps Days', 0), undefined);
    assert.ok(isPersonShaped('Carla Mendes'));
    assert.ok(isPersonShaped('克劳斯·施密特'));
    assert.ok(!isPersonShaped('Transcript'));
    assert.ok(!isPersonShaped('we deliver big'));
    assert.ok(!isPersonShaped('尽管我们很小'));
    assert.ok(isPersonShaped('王小明', true));
    assert.ok(isPersonShaped('클라우스 슈미트', true));
    assert.ok(!isPersonShaped('오늘 날씨가 정말 좋네요 여러분', true));
  });

  test('Should find the longest spelling first and whole Latin words only', () => {
    const text = '克劳斯·施密特特说，克劳斯·施密特笑了。Ann and Anne, Annex.';
    const found = findMentions(text, ['克劳斯·施密特', '克劳斯·施密特特', 'Ann'], [{ start: 0, end: 2 }]);
    assert.deepStrictEqual(found.get('克劳斯·施密特特'), []);
    assert.deepStrictEqual(found.get('克劳斯·施密特'), [{ start: 10, end: 17 }]);
    assert.deepStrictEqual(found.get('Ann'), [{ start: 20, end: 23 }]);
  });

  test('Should space a Latin replacement in Han text only where the document does', () => {
    const spaced = '我在 Twitter 上关注 GitHub 的项目。';
    const tight = '我在Twitter上关注GitHub的项目。';
    assert.strictEqual(spacesLatinInCjk(spaced), true);
    assert.strictEqual(spacesLatinInCjk(tight), false);
    const text = '介绍克劳斯·施密特的工作';
    const range = { start: 2, end: 9 };
    assert.strictEqual(
      fitReplacement(text, range, 'Klaus Schmidt', () => true),
      ' Klaus Schmidt ',
    );
    assert.strictEqual(
      fitReplacement(text, range, 'Klaus Schmidt', () => false),
      'Klaus Schmidt',
    );
    assert.strictEqual(
      fitReplacement('**克劳斯**：', { start: 2, end: 5 }, 'Klaus', () => true),
      'Klaus',
    );
  });

  test('Should guess the language a Latin name looks like only from clear cues', () => {
    assert.strictEqual(nameLanguageHint('Jean-Louis Moreau'), 'fr');
    assert.strictEqual(nameLanguageHint('Jürgen Schumann'), 'de');
    assert.strictEqual(nameLanguageHint('Agnieszka Kowalska'), 'pl');
    assert.strictEqual(nameLanguageHint('Carla Mendes'), undefined);
  });
});

suite('Self-introductions', () => {
  const names = (text: string, lang: string) => findSelfIntroductions(text, lang).map((i) => [i.name, i.strong]);

  test('Should take the name after strong and weak cues in English', () => {
    assert.deepStrictEqual(names('Hi, my name is Otto Lang, and I am Rita Sommer. Call me Ed.', 'en'), [
      ['Otto Lang', true],
      ['Rita Sommer', false],
      ['Ed', true],
    ]);
    assert.deepStrictEqual(names('This is Carla Mendes speaking. This is Docker Swarm.', 'en'), [['Carla Mendes', true]]);
  });

  test('Should not take words after "I\'m" that are not a full name', () => {
    assert.deepStrictEqual(names("I'm sure. I am Canadian. I'm Going. I'm CTO. Im Otto Lang.", 'en'), []);
    assert.deepStrictEqual(names('He said "my name is Bob Stone" once.', 'en'), []);
  });

  test('Should read cues in German, Spanish and French', () => {
    assert.deepStrictEqual(names('Guten Tag, ich heiße Peter Wagner und mein Name ist Lena.', 'de'), [
      ['Peter Wagner', true],
      ['Lena', true],
    ]);
    assert.deepStrictEqual(names('Hola, me llamo Carmen Ortiz.', 'es'), [['Carmen Ortiz', true]]);
    assert.deepStrictEqual(names("Bonjour, je m'appelle Luc Besson.", 'fr'), [['Luc Besson', true]]);
  });

  test('Should read Chinese and Korean cues and keep ordinary sentences out', () => {
    assert.deepStrictEqual(names('大家好，我叫李小红，我是工程师。我叫他过来。我是玛丽亚·加西亚。', 'zh'), [
      ['李小红', true],
      ['玛丽亚·加西亚', false],
    ]);
    assert.deepStrictEqual(names('안녕하세요, 제 이름은 박지훈입니다. 저는 개발자입니다.', 'ko'), [['박지훈', true]]);
    assert.deepStrictEqual(names('제 이름은 마리아 가르시아라고 합니다.', 'ko'), [['마리아 가르시아', true]]);
  });
});
