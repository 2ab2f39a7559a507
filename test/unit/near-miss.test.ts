import * as assert from 'assert';
import { applyEdits, parseGlossary, runChecks, type Finding, type Glossary } from '../../src/core';
import { nearMiss } from '../../src/core/checks/near-miss/near-miss';
import { joinLines, readSeed } from './helpers';

function check(text: string, glossary?: Glossary): Finding[] {
  return runChecks(text, { checks: [nearMiss], ...(glossary ? { glossary } : {}) });
}

// Each finding as [flagged text, first suggestion].
function pairs(text: string, findings: readonly Finding[]): [string, string][] {
  return findings.map((f) => [text.slice(f.range.start, f.range.end), f.suggestions[0]]);
}

function preferred(text: string, f: Finding): string {
  return applyEdits(text, f.fixes.find((x) => x.preferred)!.edits).text;
}

const GERMAN = joinLines(
  'Interview mit Greta Lindqvist',
  '',
  'Moderator: Sie arbeiten seit Jahren mit Kubernetes, oder?',
  'Greta Lindqvist: Ja, wir haben Kubernetes 2016 eingeführt. Vorher lief alles mit Jenkins und ein paar Skripten.',
  'Greta Lindqvist: Heute läuft Kubernets in drei Rechenzentren. Unser Code liegt auf GitHub, die Pipelines laufen noch in Jenkin.',
  'Moderator: Warum nicht gleich alles auf Git Hub?',
  'Greta Lindqvist: Weil Jenkins bei uns tief verwurzelt ist. Kubernetes war einfacher, GitHub auch.',
  'Greta Lindqvist: Wir verwenden Github Actions und Kubernetes überall.',
);

const KOREAN = joinLines(
  '# 클라우드 인터뷰',
  '',
  '진행자: 요즘 Terraform을 많이 쓰시나요?',
  '김서연: 네, Terraform과 Ansible을 같이 씁니다. Terraform 모듈은 GitLab에 올려 둡니다.',
  '진행자: Teraform 버전은 어떻게 관리하세요?',
  '김서연: GitLab CI에서 고정합니다. Gitlab 러너도 직접 운영해요. Ansible 플레이북은 Ansibel 갤럭시에서 가져오고요.',
);

suite('near-miss', () => {
  test('Should flag misspelt product names in a German interview and suggest the spelling the document uses more', () => {
    const found = pairs(GERMAN, check(GERMAN));
    assert.deepStrictEqual(found, [
      ['Kubernets', 'Kubernetes'],
      ['Jenkin', 'Jenkins'],
      ['Git Hub', 'GitHub'],
      ['Github', 'GitHub'],
    ]);
  });

  test('Should take German nouns with their endings for grammar, not slips, and still find a name misspelt', () => {
    const text = joinLines(
      'Moderatorin: Wie viele Läufer trainieren bei Ihnen? Die Läufer kommen jede Woche, oder?',
      'Trainer: Jede Woche, ja. Manche Läufer laufen seit Wochen keine langen Läufe mehr, nur zwei Stunden.',
      'Trainer: Die letzte Woche vor dem Rennen ist ruhig. Ein, zwei Stunden, eine Stunde alle zwei Tage.',
      'Trainer: Danach ist die Woche vorbei, und die Stunden zählen nicht mehr. Wir planen alles in Jenkins, ja, Jenkin.',
      'Trainer: Uns hilft Jenkins. Wir mögen Jenkins, auch wenn Jenkins alt ist.',
    );
    assert.deepStrictEqual(pairs(text, check(text)), [['Jenkin', 'Jenkins']]);
  });

  test('Should fold case and spacing and say which it was', () => {
    const [, , spacing, caseOnly] = check(GERMAN);
    assert.match(spacing.message, /^“Git Hub” is written “GitHub” elsewhere: write “GitHub”\.$/);
    assert.match(caseOnly.message, /^“Github” is written “GitHub” elsewhere/);
    assert.match(spacing.related[0].message, /2 times in this document/);
    assert.strictEqual(preferred(GERMAN, spacing).split('\n')[5], 'Moderator: Warum nicht gleich alles auf GitHub?');
  });

  test('Should find English terms inside Korean text, a swapped pair of letters included', () => {
    assert.deepStrictEqual(pairs(KOREAN, check(KOREAN)), [
      ['Teraform', 'Terraform'],
      ['Gitlab', 'GitLab'],
      ['Ansibel', 'Ansible'],
    ]);
  });

  test('Should find a lower-case English term misspelt inside Chinese text by its sound', () => {
    const text = joinLines(
      '主持人：你们用 serverless 吗？',
      '李娜：用。serverless 很适合事件驱动，serverless 的账单也清楚。',
      '李娜：不过 servelss 冷启动还是慢。',
    );
    assert.deepStrictEqual(pairs(text, check(text)), [['servelss', 'serverless']]);
  });

  test('Should find a misheard multi-word name that shares a word with it, in English and Spanish', () => {
    const english = joinLines(
      'We met at the Cloud Native Days in Lisbon. The Cloud Native Days are the best conference.',
      'Next year the Clown Native Days will be in Porto.',
    );
    assert.deepStrictEqual(pairs(english, check(english)), [['Clown Native Days', 'Cloud Native Days']]);
    assert.match(check(english)[0].message, /sounds like “Cloud Native Days”/);
    const spanish = joinLines(
      'Entrevista: hablamos del Open Source Summit de Bilbao.',
      'El Open Source Summit reúne a mucha gente; en el Open Source Summit conocí a mi equipo.',
      'Este año vuelvo al Open Sauce Summit, claro.',
    );
    assert.deepStrictEqual(pairs(spanish, check(spanish)), [['Open Sauce Summit', 'Open Source Summit']]);
  });

  test('Should offer to replace every occurrence of a rare spelling used twice', () => {
    const text = joinLines(
      'We run Kubernetes here, our Kubernetes there, and new Kubernetes clusters everywhere; Kubernetes is fine.',
      'But Kubernets crashed, and Kubernets crashed again.',
    );
    const found = check(text);
    assert.strictEqual(found.length, 2);
    const all = found[0].fixes.find((f) => !f.preferred)!;
    assert.strictEqual(all.title, 'Replace all 2 occurrences of “Kubernets” with “Kubernetes”');
    assert.strictEqual(applyEdits(text, all.edits).text.split('\n')[1], 'But Kubernetes crashed, and Kubernetes crashed again.');
    assert.deepStrictEqual(
      found[0].related.map((r) => text.slice(r.range.start, r.range.end)),
      ['Kubernetes'],
    );
  });

  test('Should let the glossary decide, even for a term the document never spells right', () => {
    const glossary = parseGlossary(joinLines('term\tlang', 'Prometheus\ten', 'GitHub\ten'));
    const text = joinLines(
      'We scrape metrics with Promethius and keep alerts in Github.',
      'Github stores the rules; Github runs the checks.',
    );
    assert.deepStrictEqual(pairs(text, check(text, glossary)), [
      ['Promethius', 'Prometheus'],
      ['Github', 'GitHub'],
      ['Github', 'GitHub'],
      ['Github', 'GitHub'],
    ]);
    assert.match(check(text, glossary)[0].message, /the glossary term “Prometheus”/);
    assert.deepStrictEqual(check(text), []);
  });

  test('Should leave ordinary words, plurals, consistent names, ties and speakers alone', () => {
    const text = joinLines(
      'Anna Berg: The form came from the office, then it was more than we hoped.',
      'Anna Berg: We run Lambda functions. Lambda is cheap; Lambdas scale.',
      'Anna Berg: JDK 8 and GDK tools; JDK 11 and GDK again.',
      'Anne Berg: Our team uses Grafana. Grafana is great. Grafana everywhere.',
      'Anna Berg: The word grafana in `grafana.ini` and https://grafna.example.com are code and links.',
      'Anna Berg: Docker is nice. Docker runs it. Docker builds it. You type docker run and docker ps.',
    );
    assert.deepStrictEqual(pairs(text, check(text)), []);
  });

  test('Should take a name that more distinct spellings come close to than it has uses for a pattern, not for evidence', () => {
    // A programme of guests named alike: two mentions of one of them are no evidence against the others.
    const guests = ['Kom', 'Kon', 'Kor', 'Kos', 'Kot', 'Kov', 'Kob', 'Kod', 'Kog', 'Kop', 'Koz', 'Kof'];
    const programme = (n: number) =>
      joinLines(
        'Our hosts were Kol Bolt and, later that day, Kol Bolt again. We run Kubernetes, Kubernetes and Kubernetes, with Kubernetes.',
        ...guests.slice(0, n).map((g) => `Next on stage came ${g} Bolt, who spoke briefly.`),
        'Then Kubernets crashed.',
      );
    const few = programme(3);
    assert.deepStrictEqual(pairs(few, check(few)), [
      ['Kom Bolt', 'Kol Bolt'],
      ['Kon Bolt', 'Kol Bolt'],
      ['Kor Bolt', 'Kol Bolt'],
      ['Kubernets', 'Kubernetes'],
    ]);
    assert.strictEqual(check(programme(8)).length, 9);
    const many = programme(12);
    assert.deepStrictEqual(pairs(many, check(many)), [['Kubernets', 'Kubernetes']]);
  });

  test('Should take a lower-case word of French prose for a French word, unless the glossary names what it sounds like', () => {
    const text = joinLines(
      'Anna : Le plan propose de fermer Market Street aux voitures, car Market Street est étroite.',
      'Marcus : Pendant ce temps, 25 000 personnes y marchent chaque jour. Il faut refaire Market Street.',
      'Marcus : Nous déployons tout avec kubernets, comme le reste de la ville.',
    );
    assert.deepStrictEqual(pairs(text, check(text)), []);
    const glossary = parseGlossary(joinLines('term\tlang', 'Kubernetes\ten'));
    assert.deepStrictEqual(pairs(text, check(text, glossary)), [['kubernets', 'Kubernetes']]);
  });

  test('Should not flag a capital that only starts a sentence', () => {
    const text = joinLines(
      'We sell the iPhone. The iPhone sells. Buy an iPhone, or two iPhone cases.',
      'IPhone sales grew.',
      'Our IPhone case sold out.',
    );
    const found = check(text);
    assert.deepStrictEqual(pairs(text, found), [['IPhone', 'iPhone']]);
    assert.strictEqual(text.slice(0, found[0].range.start).split('\n').length, 3);
  });

  test('Should find “Dead of Days” in seed 002 and nothing a careful editor would keep', () => {
    const text = readSeed('002');
    const found = check(text);
    assert.deepStrictEqual(pairs(text, found), [['Dead of Days', 'DevOps Days']]);
    assert.match(preferred(text, found[0]), /there will be DevOps Days Paris again/);
  });

  test('Should find the garbled “serverless” spellings of seed 001 and nothing in seeds 000, 003 and 004', () => {
    const text = readSeed('001');
    const found = pairs(text, check(text));
    assert.deepStrictEqual(
      found.filter(([, s]) => s === 'serverless'),
      [
        ['serveless', 'serverless'],
        ['servells', 'serverless'],
      ],
    );
    assert.ok(found.some(([t, s]) => t === 'Yaml' && s === 'YAML'));
    for (const seed of ['000', '003', '004']) assert.deepStrictEqual(check(readSeed(seed)), [], seed);
  });

  test('Should never throw on empty, CRLF, BOM, surrogate pairs and a huge line, and find through CRLF', () => {
    for (const text of [
      '',
      '\uFEFF',
      '\r\n\r\n',
      '😀'.repeat(1000),
      '\ud800\udc00\ud800 Kubernets',
      'a'.repeat(200_000),
      'Kub '.repeat(50_000),
    ]) {
      const found = check(text);
      for (const f of found) assert.ok(f.range.start >= 0 && f.range.end <= text.length);
    }
    const crlf = GERMAN.replace(/\n/g, '\r\n');
    assert.deepStrictEqual(pairs(crlf, check(crlf)), pairs(GERMAN, check(GERMAN)));
    const bom = '\uFEFF' + KOREAN;
    assert.deepStrictEqual(pairs(bom, check(bom)), pairs(KOREAN, check(KOREAN)));
  });
});
