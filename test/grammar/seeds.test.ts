// The grammar on the real seed documents (seeds/). Expected lines and names are derived here from
// the plain shape of each line, independently of the grammar's regexes.

import * as assert from 'assert';
import { TokenizedLine, dump, lineContains, lineHas, readSeed, runs, tokenize } from './tokenize';

const SEEDS = ['000', '001', '002', '003', '004'] as const;
type Seed = (typeof SEEDS)[number];

const tokenized = new Map<Seed, TokenizedLine[]>();
async function seed(id: Seed): Promise<TokenizedLine[]> {
  let lines = tokenized.get(id);
  if (!lines) {
    lines = await tokenize(readSeed(id));
    tokenized.set(id, lines);
  }
  return lines;
}

const where = (l: TokenizedLine): string => `line ${l.index + 1}: ${JSON.stringify(l.line.slice(0, 60))}\n${dump(l)}`;

/** `**Name**：text` / `**Name**: text` — the name between the bold marks, when turn text follows. */
function boldLabelName(line: string): string | undefined {
  if (!line.startsWith('**')) return undefined;
  const close = line.indexOf('**', 2);
  if (close <= 2) return undefined;
  const colon = line.charAt(close + 2);
  const rest = line.slice(close + 3).trim();
  return (colon === '：' || colon === ':') && rest.length > 0 ? line.slice(2, close) : undefined;
}

/** `First Last: text` — two or three capitalised ASCII words, a colon, a space and turn text. */
function plainLatinLabelName(line: string): string | undefined {
  const i = line.indexOf(': ');
  if (i <= 0 || line.slice(i + 2).trim() === '') return undefined;
  const name = line.slice(0, i);
  const words = name.split(' ');
  const isWord = (w: string): boolean => w.length > 1 && w[0] >= 'A' && w[0] <= 'Z' && [...w.slice(1)].every((c) => c >= 'a' && c <= 'z');
  return words.length >= 2 && words.length <= 3 && words.every(isWord) ? name : undefined;
}

/** Each speaker-scoped line with its speaker text. */
function speakerLines(lines: readonly TokenizedLine[]): Map<number, string[]> {
  const out = new Map<number, string[]>();
  for (const l of lines) {
    const names = runs(l, 'entity.name.tag.speaker');
    if (names.length > 0) out.set(l.index, names);
  }
  return out;
}

suite('Grammar on the seeds: speaker turns', function () {
  this.timeout(20_000);
  const cases: [Seed, number, (line: string) => string | undefined][] = [
    ['000', 45, boldLabelName],
    ['001', 74, plainLatinLabelName],
  ];
  for (const [id, count, expectedName] of cases) {
    test(`Should scope exactly ${count} speaker labels in seed ${id}`, async () => {
      const lines = await seed(id);
      const expected = lines.filter((l) => expectedName(l.line) !== undefined);
      assert.strictEqual(expected.length, count, 'the seed itself has changed');
      assert.strictEqual(speakerLines(lines).size, count);
    });

    test(`Should scope the name before the colon, and only it, on every turn of seed ${id}`, async () => {
      const lines = await seed(id);
      const scoped = speakerLines(lines);
      for (const l of lines) {
        const name = expectedName(l.line);
        if (name === undefined) {
          assert.ok(!lineContains(l, 'speaker'), `unexpected speaker scope, ${where(l)}`);
        } else {
          assert.deepStrictEqual(scoped.get(l.index), [name], where(l));
          assert.deepStrictEqual(runs(l, 'punctuation.separator.speaker').length, 1, where(l));
        }
      }
    });
  }

  test('Should give seed 000 the speakers its labels name', async () => {
    const names = new Set([...speakerLines(await seed('000')).values()].flat());
    assert.deepStrictEqual(
      [...names].sort(),
      [
        'Damien Duportal',
        'Viktor Farcic',
        '维克多·法尔奇奇',
        '维克托·法尔奇',
        '维克托·法尔奇克',
        '维克托·法尔奇奇',
        '达米安·杜波塔尔',
        '达米安·杜波特尔',
        '达米恩·杜波塔尔',
      ].sort(),
    );
  });

  for (const id of ['002', '003', '004'] as const) {
    test(`Should scope no speaker anywhere in seed ${id}`, async () => {
      for (const l of await seed(id)) assert.ok(!lineContains(l, 'speaker'), where(l));
    });
  }
});

suite('Grammar on the seeds: pull quotes and attributions', function () {
  this.timeout(20_000);
  const isPullQuote = (s: string): boolean => s.length > 2 && '“"'.includes(s[0]) && '”"'.includes(s[s.length - 1]);

  test('Should scope the 8 pull quotes of seed 000, and no other line', async () => {
    const lines = await seed('000');
    const expected = lines.filter((l) => isPullQuote(l.line)).map((l) => l.index);
    assert.strictEqual(expected.length, 8, 'the seed itself has changed');
    const scoped = lines.filter((l) => lineHas(l, 'markup.quote.pull')).map((l) => l.index);
    assert.deepStrictEqual(scoped, expected);
    for (const i of expected) {
      const l = lines[i];
      assert.deepStrictEqual(runs(l, 'string.quoted.other.pull'), [l.line.slice(1, -1)], where(l));
    }
  });

  test('Should scope the 8 attribution lines of seed 000, and no other line', async () => {
    const lines = await seed('000');
    const expected = lines.filter((l) => l.line.startsWith('—')).map((l) => l.index);
    assert.strictEqual(expected.length, 8, 'the seed itself has changed');
    const scoped = lines.filter((l) => lineContains(l, 'attribution')).map((l) => l.index);
    assert.deepStrictEqual(scoped, expected);
    for (const i of expected) {
      const l = lines[i];
      assert.deepStrictEqual(runs(l, 'markup.italic.attribution'), [l.line.slice(1)], where(l));
      assert.ok(!lineContains(l, 'speaker'), where(l));
    }
  });

  test('Should put every attribution of seed 000 right after a pull quote', async () => {
    const lines = await seed('000');
    const attributions = lines.filter((x) => lineContains(x, 'attribution'));
    assert.strictEqual(attributions.length, 8);
    for (const l of attributions) {
      assert.strictEqual(lines[l.index - 1].line, '', where(l));
      assert.ok(lineHas(lines[l.index - 2], 'markup.quote.pull'), where(l));
    }
  });

  for (const id of ['001', '002', '003', '004'] as const) {
    test(`Should scope no pull quote and no attribution in seed ${id}`, async () => {
      for (const l of await seed(id)) {
        assert.ok(!lineHas(l, 'markup.quote.pull') && !lineContains(l, 'attribution'), where(l));
      }
    });
  }
});

suite('Grammar on the seeds: headings', function () {
  this.timeout(20_000);
  const expectedCounts: Record<Seed, number> = { '000': 8, '001': 11, '002': 0, '003': 5, '004': 0 };
  for (const id of SEEDS) {
    test(`Should scope the Markdown headings of seed ${id} (${expectedCounts[id]}) with their level`, async () => {
      const lines = await seed(id);
      const hashed = lines.filter((l) => l.line.startsWith('#'));
      assert.strictEqual(hashed.length, expectedCounts[id], 'the seed itself has changed');
      for (const l of hashed) {
        let level = 0;
        while (l.line[level] === '#') level++;
        assert.ok(lineHas(l, `markup.heading.${level}`), where(l));
        assert.ok(lineHas(l, 'punctuation.definition.heading'), where(l));
        assert.strictEqual(runs(l, 'entity.name.section').join(''), l.line.slice(level + 1), where(l));
        assert.ok(!lineContains(l, 'speaker'), where(l));
      }
    });
  }

  test('Should scope the bold-only line of seed 003 as a bold heading, not a speaker', async () => {
    const lines = await seed('003');
    const bold = lines.filter((l) => l.line.startsWith('**') && l.line.endsWith('**') && l.line.indexOf('**', 2) === l.line.length - 2);
    assert.deepStrictEqual(
      bold.map((l) => l.line),
      ['**答案有三点:**'],
    );
    assert.ok(lineHas(bold[0], 'markup.heading.bold'), where(bold[0]));
    assert.ok(!lineContains(bold[0], 'speaker'), where(bold[0]));
  });

  test('Should scope no other line of any seed as a heading', async () => {
    for (const id of SEEDS) {
      for (const l of await seed(id)) {
        const isHeading = l.line.startsWith('#') || (l.line.startsWith('**') && l.line.endsWith('**') && !l.line.includes('：'));
        if (!isHeading) assert.ok(!lineHas(l, 'markup.heading'), `${id} ${where(l)}`);
      }
    }
  });
});

suite('Grammar on the seeds: metadata and links', function () {
  this.timeout(20_000);
  test('Should scope the source line of seed 003 as metadata with a link', async () => {
    const lines = await seed('003');
    const meta = lines.filter((l) => l.line.startsWith('> 原文：'));
    assert.strictEqual(meta.length, 1, 'the seed itself has changed');
    const l = meta[0];
    assert.ok(lineHas(l, 'meta.metadata'), where(l));
    assert.deepStrictEqual(runs(l, 'keyword.other.metadata.key'), ['原文'], where(l));
    const url = l.line.slice(l.line.indexOf('<') + 1, l.line.lastIndexOf('>'));
    assert.ok(url.startsWith('https://'));
    assert.deepStrictEqual(runs(l, 'markup.underline.link'), [url], where(l));
    assert.deepStrictEqual(runs(l, 'string.unquoted.metadata.value'), [`<${url}>`], where(l));
  });

  test('Should scope the header lines of seed 004 (제공, 저자, 역자, 원문) as metadata', async () => {
    const lines = await seed('004');
    const keys = ['제공', '저자', '역자', '원문'];
    for (const key of keys) {
      const found = lines.filter((l) => l.line.startsWith(`${key} : `));
      assert.strictEqual(found.length, 1, `the seed itself has changed (${key})`);
      const l = found[0];
      assert.ok(lineHas(l, 'meta.metadata'), where(l));
      assert.deepStrictEqual(runs(l, 'keyword.other.metadata.key'), [key], where(l));
      assert.deepStrictEqual(runs(l, 'string.unquoted.metadata.value'), [l.line.slice(key.length + 3)], where(l));
    }
  });

  test('Should scope metadata on no other line of the seeds than the header lines', async () => {
    const expected: Record<Seed, string[]> = {
      '000': [],
      '001': [],
      '002': [],
      '003': ['> 原文：'],
      '004': ['제공 : ', '저자 : ', '역자 : ', '원문 : ', 'TAG :'],
    };
    for (const id of SEEDS) {
      const scoped = (await seed(id)).filter((l) => lineHas(l, 'meta.metadata'));
      assert.deepStrictEqual(
        scoped.map((l) => expected[id].find((p) => l.line.startsWith(p)) ?? l.line),
        expected[id],
        id,
      );
    }
  });

  test('Should scope every URL of the seeds as a link, and nothing else', async () => {
    for (const id of SEEDS) {
      const lines = await seed(id);
      const expected: string[] = [];
      for (const l of lines) {
        let from = 0;
        for (;;) {
          const at = l.line.indexOf('https://', from);
          if (at < 0) break;
          let end = at;
          while (end < l.line.length && !' >)'.includes(l.line[end])) end++;
          expected.push(l.line.slice(at, end));
          from = end;
        }
      }
      assert.deepStrictEqual(
        lines.flatMap((l) => runs(l, 'markup.underline.link')),
        expected,
        id,
      );
    }
  });
});

suite('Grammar on the seeds: inline markup', function () {
  this.timeout(20_000);
  test('Should scope the inline code of seed 000', async () => {
    const lines = await seed('000');
    assert.deepStrictEqual(
      lines.flatMap((l) => runs(l, 'markup.inline.raw')),
      ['`@DamienDuportal`'],
    );
  });

  test('Should scope the *emphasis* of the seeds as italic, and a lone footnote star as nothing', async () => {
    for (const id of SEEDS) {
      const lines = await seed(id);
      const expected: string[] = [];
      for (const l of lines) {
        // Drop the bold marks, then every other `*`-separated piece is emphasised.
        const pieces = l.line.split('**').join('').split('*');
        for (let i = 1; i < pieces.length - 1; i += 2) expected.push(pieces[i]);
      }
      const italic = lines.flatMap((l) =>
        runs({ ...l, tokens: l.tokens.filter((t) => !t.scopes.some((s) => s.includes('attribution'))) }, 'markup.italic'),
      );
      assert.deepStrictEqual(
        italic.map((r) => r.slice(1, -1)),
        expected,
        id,
      );
    }
  });
});
