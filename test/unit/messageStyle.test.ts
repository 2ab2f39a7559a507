import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { parseGlossary, runChecks, type Finding } from '../../src/core';
import { parseLexicon } from '../../src/core/align/lexicon';
import { messageStyleProblems } from '../../src/core/checks/shared/messageStyle';
import { runPairChecks } from '../../src/core/engine/pairs';
import { CHECKS } from '../../src/core/checks/registry';
import { PAIR_CHECKS } from '../../src/core/checks/pairRegistry';

const root = path.resolve(__dirname, '..', '..', '..');
const read = (...parts: string[]) => fs.readFileSync(path.join(root, ...parts), 'utf8');
const files = (dir: string, ext: string) =>
  fs
    .readdirSync(path.join(root, dir))
    .filter((n) => n.endsWith(ext))
    .sort()
    .map((n) => path.join(dir, n));

// speaker-variant belongs to the speakers-as-people work (issue 14, items 1–3), which rewrites its messages.
const PENDING = new Set<string>([]);

interface Row {
  readonly file: string;
  readonly check: string;
  readonly message: string;
  readonly problems: readonly string[];
}

// Every finding's message and its related messages, once per distinct text, with what the style rules say.
function rows(file: string, findings: readonly Finding[]): Row[] {
  return findings.flatMap((f) => [
    { file, check: f.checkId, message: f.message, problems: messageStyleProblems(f.message) },
    // Related messages name a place rather than a problem: only the quotation style applies to them.
    ...f.related.map((r) => ({
      file,
      check: `${f.checkId} (related)`,
      message: r.message,
      problems: messageStyleProblems(r.message).filter((p) => p.startsWith('quotes') || p.startsWith('holds')),
    })),
  ]);
}

// The demo's planted mistakes, plus a glossary entry, an added sentence, a changed link and a question asked twice
// and translated two ways, so that every bilingual check has something to say.
function pairRows(): Row[] {
  const [demoEn, demoZh] = ['interview.en.transcript.md', 'interview.zh.transcript.md'].map((n) => read('seeds', 'demo', n));
  const en = `${demoEn}\n**Maya Chen:** Who were your first customers? The notes are at https://example.org/notes for readers.\n`;
  const zh = `${demoZh}\n**陈玛雅：**你们的第一批用户是谁？笔记在 https://example.org/biji 供读者查看。我们的办公室在一座老磨坊里，冬天非常冷。\n`;
  const glossary = parseGlossary('term\tlang\ttranslation\ttranslation_lang\ncache\ten\t缓存区\tzh\n');
  const lexicon = parseLexicon(read('src', 'core', 'align', 'zh-en.lexicon.tsv'));
  const found = runPairChecks(en, zh, { glossary, lexicon });
  return [...rows('demo (original)', found.source), ...rows('demo (translation)', found.target)];
}

suite('Message style', () => {
  const table: Row[] = [
    ...[...files('seeds', '.txt'), ...files('seeds/demo', '.transcript.md'), ...files('test/fixtures/checks', '.transcript')].flatMap((f) =>
      rows(path.basename(f), runChecks(read(f))),
    ),
    ...pairRows(),
  ];
  const distinct = [...new Map(table.map((r) => [`${r.check}\u0000${r.message}`, r])).values()];

  test('Should list messages of every check on the seeds, the demo pair and the check fixtures', () => {
    if (process.env.INTERLINEAR_MESSAGES) {
      console.log(distinct.map((r) => `| ${r.check} | ${r.message} | ${r.problems.join('; ')} |`).join('\n'));
    }
    const seen = new Set(distinct.map((r) => r.check));
    const silent = [...CHECKS, ...PAIR_CHECKS].map((c) => c.id).filter((id) => !seen.has(id));
    assert.deepStrictEqual(silent, [], `checks with no message to review: ${silent.join(', ')}`);
  });

  test('Should hold every message to the one style', () => {
    const bad = distinct.filter((r) => r.problems.length && !PENDING.has(r.check.split(' ')[0]));
    assert.strictEqual(bad.length, 0, bad.map((r) => `${r.check} in ${r.file}: ${r.problems.join(', ')}\n  ${r.message}`).join('\n'));
  });

  test('Should tell a message in the style from one that breaks it', () => {
    assert.deepStrictEqual(messageStyleProblems('“Yaml” is written “YAML” elsewhere: write “YAML”.'), []);
    const cases: [string, RegExp][] = [
      ['"Yaml" is written "YAML" elsewhere: write "YAML".', /quotes/],
      ['Write """.', /holds """/],
      ['“Jean” and “Julien” differ: use “Julien” (it looks French in this English text).', /aside/],
      ['“a” and “b” differ; use “b”.', /aside/],
      ['looks wrong: fix it.', /capital/],
      ['This looks wrong: fix it', /period/],
      ['Wrong: fix.', /characters long/],
      ['This word looks wrong here. Fix it. Really do fix it now, please.', /sentences/],
      ['This word looks wrong here and nothing says what to do.', /colon/],
    ];
    for (const [message, expected] of cases)
      assert.ok(
        messageStyleProblems(message).some((p) => expected.test(p)),
        `${message}: ${messageStyleProblems(message).join(', ')}`,
      );
  });
});
