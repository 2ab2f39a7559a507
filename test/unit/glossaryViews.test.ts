import * as assert from 'assert';
import { parseGlossary, runChecks, type Finding, type Glossary } from '../../src/core';
import { nearMiss } from '../../src/core/checks/near-miss/near-miss';
import { speakerVariant } from '../../src/core/checks/speaker-variant';
import { termConsistency } from '../../src/core/checks/term-consistency/term-consistency';
import { joinLines, readSeed } from './helpers';

// Checks keep what they derive from the whole glossary per glossary object: one run checks many documents with it.
const CHECKS = [nearMiss, speakerVariant, termConsistency];

const GLOSSARY = joinLines(
  'term\tlang\tnote\ttranslation\ttranslation_lang',
  'Ingrid Larsen\ten\thost\t英格丽·拉森\tzh',
  'Prometheus\ten',
  'GitHub\ten',
  'Cloud Native Days\ten\tconference',
  'orchestration\ten\t\t容器编排\tzh',
  'Kubernetes\ten\t\t库伯内蒂斯\tzh',
);

const ENGLISH = joinLines(
  'Ingrid Larson: We scrape metrics with Promethius and keep alerts in Github.',
  'Tom Baker: And the Clown Native Days?',
  'Ingrid Larson: Github runs the checks; see you at Cloud Native Days.',
  'Tom Baker: Sure.',
);

const CHINESE = joinLines(
  '**英格丽·拉森**：我们在集群层面做容器编排（orchestration），用 Kubernets。',
  '**李伟**：以前我们手工进行编排（orchestration），很慢。',
  '**英格丽德·拉森**：后来改用容器调度（orchestration）。',
  '**李伟**：好的，Github 上有代码。',
  '**Ingrid Larsen**：谢谢。',
);

function check(text: string, glossary: Glossary): Finding[] {
  return runChecks(text, { checks: CHECKS, glossary });
}

// What the findings say, without the objects that hold them.
function summary(text: string, findings: readonly Finding[]): string[] {
  return findings.map((f) => `${f.checkId} ${text.slice(f.range.start, f.range.end)} → ${f.suggestions.join('|')}: ${f.message}`);
}

suite('glossary views', () => {
  test('Should give documents checked with one glossary object the findings of fresh copies, in either order', () => {
    const documents = [ENGLISH, CHINESE, readSeed('001'), readSeed('002'), ENGLISH];
    const fresh = documents.map((text) => summary(text, check(text, parseGlossary(GLOSSARY))));
    const shared = parseGlossary(GLOSSARY);
    assert.deepStrictEqual(
      documents.map((text) => summary(text, check(text, shared))),
      fresh,
    );
    const again = parseGlossary(GLOSSARY);
    const backwards = [...documents].reverse().map((text) => summary(text, check(text, again)));
    assert.deepStrictEqual(backwards.reverse(), fresh);
  });

  test('Should find with a shared glossary what each document owes to it', () => {
    const shared = parseGlossary(GLOSSARY);
    const english = summary(ENGLISH, check(ENGLISH, shared));
    const chinese = summary(CHINESE, check(CHINESE, shared));
    assert.ok(english.some((s) => s.startsWith('near-miss Promethius → Prometheus')));
    assert.ok(english.some((s) => s.startsWith('speaker-variant Ingrid Larson → Ingrid Larsen')));
    // The Chinese document spells the person as the glossary's Chinese translation does: the views differ by language.
    assert.ok(chinese.some((s) => s.startsWith('speaker-variant 英格丽德·拉森 → 英格丽·拉森')));
    assert.ok(chinese.some((s) => s.startsWith('near-miss Kubernets → Kubernetes')));
    assert.ok(chinese.some((s) => s.startsWith('term-consistency 容器调度 → 容器编排')));
  });

  test('Should not carry one glossary over to another glossary object', () => {
    const withPerson = parseGlossary(GLOSSARY);
    check(ENGLISH, withPerson);
    const without = parseGlossary(joinLines('term\tlang', 'Prometheus\ten'));
    const found = summary(ENGLISH, check(ENGLISH, without));
    assert.ok(!found.some((s) => s.includes('Larsen')));
    assert.ok(found.some((s) => s.startsWith('near-miss Promethius → Prometheus')));
  });
});
