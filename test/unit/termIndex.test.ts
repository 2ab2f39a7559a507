import * as assert from 'assert';
import { parseTranscript } from '../../src/core';
import { CAPITAL, IN_CJK, INITIAL, JOINED, MARKED, ONE_SPACE, PLAIN } from '../../src/core/terms/latinWords';
import { dominantSurface, firstWords, surfaces, termIndex, type TermIndex } from '../../src/core/terms/termIndex';
import { joinLines, readSeed, seedNames } from './helpers';

interface Counted {
  count: number;
  spans: number[];
  first: string;
  uniform: boolean;
  named: number;
  lower: number;
}

// The index as its definition reads: each occurrence looked up by its key in a Map, one at a time. The index
// proper numbers sequences and counts in typed arrays; both must agree on every phrase, in the same order.
function reference(index: TermIndex, text: string): Map<string, Counted> {
  const { start, end, flags, id, keys } = index.words;
  const terms = new Map<string, Counted>();
  const edge = (i: number) => index.cjk || (flags[i] & (CAPITAL | MARKED | IN_CJK)) !== 0;
  const add = (key: string, from: number, to: number, named: boolean, lower: boolean) => {
    let s = terms.get(key);
    if (!s) terms.set(key, (s = { count: 0, spans: [], first: text.slice(from, to), uniform: true, named: 0, lower: 0 }));
    else if (text.slice(from, to) !== s.first) s.uniform = false;
    s.count++;
    s.spans.push(from, to);
    if (named) s.named++;
    else if (lower) s.lower++;
  };
  for (let i = 0; i < index.words.length; i++) {
    const f = flags[i];
    const named = (f & (MARKED | IN_CJK)) !== 0 || (f & (CAPITAL | INITIAL)) === CAPITAL;
    const lower = !named && (f & CAPITAL) === 0;
    if (edge(i) || keys[id[i]].length >= 4) add(keys[id[i]], start[i], end[i], named, lower);
    if (!edge(i)) continue;
    let phrase = keys[id[i]];
    for (let n = 1; n < 3 && i + n < index.words.length && flags[i + n] & JOINED; n++) {
      phrase += keys[id[i + n]];
      if (edge(i + n)) add(phrase, start[i], end[i + n], named, lower);
    }
  }
  return terms;
}

function fold(s: string): string {
  return s.toLowerCase().replace(/[\s'’-]+/g, '');
}

// Checks the index of `text` against the reference, and the derived views against their plain definitions.
function assertIndexed(text: string): TermIndex {
  const index = termIndex(parseTranscript(text));
  const { start, end, flags, id, keys } = index.words;
  assert.strictEqual(new Set(keys).size, keys.length, 'each key numbered once');
  for (let i = 0; i < index.words.length; i++) {
    const written = text.slice(start[i], end[i]);
    assert.strictEqual((flags[i] & PLAIN) !== 0, written === keys[id[i]], `PLAIN of ${written}`);
    const oneSpace = (flags[i] & JOINED) !== 0 && start[i] - end[i - 1] === 1 && text[end[i - 1]] === ' ';
    assert.strictEqual((flags[i] & ONE_SPACE) !== 0, oneSpace, `ONE_SPACE of ${written}`);
  }
  const expected = reference(index, text);
  assert.deepStrictEqual(
    [...index.terms.values()].map((s) => s.key),
    [...expected.keys()],
  );
  assert.strictEqual(index.terms.size, expected.size);
  for (const [key, want] of expected) {
    const s = index.terms.get(key)!;
    assert.deepStrictEqual(
      { count: s.count, spans: Array.from(s.spans), first: s.first, uniform: s.uniform, named: s.named, lower: s.lower },
      want,
      key,
    );
    const spellings = new Map<string, number>();
    for (let i = 0; i < want.spans.length; i += 2) {
      const spelling = text.slice(want.spans[i], want.spans[i + 1]);
      spellings.set(spelling, (spellings.get(spelling) ?? 0) + 1);
    }
    assert.deepStrictEqual([...surfaces(s, text)], [...spellings], key);
    assert.strictEqual(dominantSurface(s, text), [...spellings].reduce((a, b) => (b[1] > a[1] ? b : a))[0]);
    assert.deepStrictEqual(firstWords(index, s), s.first.split(/\s+/).map(fold), key);
  }
  assert.strictEqual(index.terms.get('no such phrase'), undefined);
  return index;
}

// Capitalised words from letters alone, all different ("Ab", "Bb", … "Zzb"): each counted, and each pair a phrase.
function distinctNames(n: number): string[] {
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  return Array.from({ length: n }, (_, i) => {
    let w = '';
    for (let k = i + 26; k > 0; k = Math.floor(k / 26)) w += letters[k % 26];
    return w[0].toUpperCase() + w.slice(1);
  });
}

suite('Term index', () => {
  test('Should count the same phrases as a lookup per occurrence, in every seed', () => {
    for (const name of seedNames()) assertIndexed(readSeed(name));
  });

  test('Should count every Latin run of a Chinese document, with the same spans, spellings and words', () => {
    const seeds = seedNames().map(readSeed);
    const english = seeds.find((s) => parseTranscript(s).language.tag === 'en')!;
    const chinese = seeds.filter((s) => parseTranscript(s).language.tag === 'zh');
    const index = assertIndexed([...chinese, english.slice(0, 20_000), ...chinese, english.slice(0, 20_000)].join('\n\n'));
    assert.ok(index.cjk);
    assert.ok(index.terms.size > 1000, `${index.terms.size} phrases`);
  });

  test('Should give "GraphQL", "Graph QL" and "graphql" one key, and tell apart spacings that read alike by key', () => {
    const text = joinLines(
      '# 访谈',
      '主持人：我们用 GraphQL，也写 Graph QL，有人写 graphql。',
      '嘉宾：cloud native 和 cloud  native 不一样，cloud\tnative 也不一样；cloud native 最多。',
      '嘉宾：Jean-Pierre 说 don’t，jean-pierre 说 dont。Ābc 和 ābc 是两个词。',
      '嘉宾：open ai 和 opena i 读起来一样，拼法不同。',
    );
    const index = assertIndexed(text);
    assert.deepStrictEqual(
      [...surfaces(index.terms.get('openai')!, text)],
      [
        ['open ai', 1],
        ['opena i', 1],
      ],
    );
    assert.deepStrictEqual(
      [...surfaces(index.terms.get('graphql')!, text)],
      [
        ['GraphQL', 1],
        ['Graph QL', 1],
        ['graphql', 1],
      ],
    );
    assert.deepStrictEqual(
      [...surfaces(index.terms.get('cloudnative')!, text)],
      [
        ['cloud native', 2],
        ['cloud  native', 1],
        ['cloud\tnative', 1],
      ],
    );
  });

  test('Should count many spellings of one word and thousands of distinct phrases', () => {
    const word = 'kubernetes';
    // Every capitalisation pattern of the first six letters: 64 spellings, past the point where they are looked up by text.
    const spellings = Array.from({ length: 64 }, (_, m) => [...word].map((c, k) => (k < 6 && (m >> k) & 1 ? c.toUpperCase() : c)).join(''));
    const text = joinLines('# Test', ...spellings.map((s) => `We run ${s} and ${s}.`), distinctNames(3000).join(' '));
    const index = assertIndexed(text);
    assert.strictEqual(surfaces(index.terms.get(word)!, text).size, 64);
    assert.ok(index.terms.size > 8000, `${index.terms.size} phrases`);
  });
});
