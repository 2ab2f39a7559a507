import * as assert from 'assert';
import { parseGlossary, runChecks, type Finding, type Glossary } from '../../src/core';
import { nearMiss } from '../../src/core/checks/near-miss/near-miss';
import { NEIGHBOURS } from '../../src/core/checks/near-miss/nearMissNeighbours';
import { joinLines } from './helpers';

function check(text: string, glossary?: Glossary): Finding[] {
  return runChecks(text, { checks: [nearMiss], ...(glossary ? { glossary } : {}) });
}

function pairs(text: string, findings: readonly Finding[]): [string, string][] {
  return findings.map((f) => [text.slice(f.range.start, f.range.end), f.suggestions[0]]);
}

// Ten-letter names beginning with K, far from each other and from "Kubernetes": consonants spelling a number.
function names(n: number): string[] {
  const letters = 'bdfghjlmnpqrstvwxz';
  return Array.from({ length: n }, (_, i) => {
    let name = 'K';
    for (let k = 0, x = i; k < 9; k++, x = Math.floor(x / letters.length)) name += k % 2 ? 'o' : letters[(x + 7 * k) % letters.length];
    return name;
  });
}

const KUBERNETES = joinLines(
  'We run Kubernetes here, our Kubernetes there, and new Kubernetes clusters everywhere; Kubernetes is fine.',
  'But Kubernets crashed.',
);

// A paragraph of random printable ASCII, a newline now and then: thousands of short strings that recur by chance.
function noise(length: number): string {
  let a = 2;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  let out = '';
  while (out.length < length) out += String.fromCharCode(32 + Math.floor(next() * 95)) + (next() < 0.01 ? '\n' : '');
  return out;
}

suite('near-miss at scale', () => {
  test('Should find a misspelt name among more terms of its first letter and length than a rare word meets', () => {
    const crowd = names(3 * NEIGHBOURS);
    const text = joinLines(...crowd.map((n) => `Then ${n} came, and ${n} left with ${n}.`), KUBERNETES);
    assert.deepStrictEqual(pairs(text, check(text)), [['Kubernets', 'Kubernetes']]);
  });

  test('Should compare a rare word with every glossary term, however many share its first letter and length', () => {
    const glossary = parseGlossary(joinLines('term\tlang', ...names(3 * NEIGHBOURS).map((n) => `${n}\ten`), 'Kubernetes\ten'));
    const text = 'Our cluster runs Kubernets since last year.';
    assert.deepStrictEqual(pairs(text, check(text, glossary)), [['Kubernets', 'Kubernetes']]);
  });

  test('Should find in a document full of random text what it finds without it', () => {
    const text = joinLines(KUBERNETES, noise(20_000));
    const found = check(text).filter((f) => f.range.end <= KUBERNETES.length);
    assert.deepStrictEqual(pairs(text, found), [['Kubernets', 'Kubernetes']]);
  });

  test('Should leave alone runs of letters longer than any name', () => {
    const long = 'Kub' + 'ernetes'.repeat(10);
    const slip = long.slice(0, 20) + 'x' + long.slice(21);
    const text = `Then ${long} came, ${long} went, ${long} stayed. Only ${slip} once.`;
    assert.deepStrictEqual(pairs(text, check(text)), []);
    const short = `Then ${long.slice(0, 30)} came, ${long.slice(0, 30)} went. Only ${slip.slice(0, 30)} once.`;
    assert.deepStrictEqual(pairs(short, check(short)), [[slip.slice(0, 30), long.slice(0, 30)]]);
  });
});
