import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { convertCommand } from '../../src/cli/convert';
import { UsageError } from '../../src/cli/args';
import { MemoryFileSystem, parseTranscript } from '../../src/core';
import { cuesFromTranscript, cuesToTranscript, parseSrt, parseWhisperJson, writeCueFile } from '../../src/core/formats';
import { repoRoot } from './helpers';

const fixture = (name: string) => fs.readFileSync(path.join(repoRoot, 'test', 'fixtures', 'formats', name), 'utf8');

// Runs `convert` in process; the exit code, or the usage error's message (exit 2).
async function convert(project: MemoryFileSystem, ...argv: string[]) {
  let stdout = '';
  const warnings: string[] = [];
  try {
    const code = await convertCommand(
      project,
      argv,
      (s) => (stdout += s),
      (w) => warnings.push(w),
    );
    return { code, stdout, warnings, error: '' };
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    return { code: 2, stdout, warnings, error: error.message };
  }
}

suite('Formats: WhisperX to a transcript', () => {
  const json = fixture('whisperx-3-speakers.json');
  const made = cuesToTranscript(parseWhisperJson(json).file);

  test('Should make turns named by speaker that parse.ts reads as turns', () => {
    const t = parseTranscript(made.text);
    assert.deepStrictEqual(t.speakers.map((s) => s.name).sort(), ['SPEAKER_00', 'SPEAKER_01', 'SPEAKER_02']);
    const segments = (JSON.parse(json) as { segments: { speaker: string }[] }).segments;
    const changes = segments.filter((s, i) => i === 0 || s.speaker !== segments[i - 1].speaker).length;
    assert.strictEqual(t.turns.length, changes);
    assert.ok(t.turns.every((turn) => /^\d\d:\d\d:\d\d$/.test(turn.speaker.timestamp ?? '')));
  });

  test('Should carry a renamed speaker into every cue of theirs and keep every timing', () => {
    const renamed = made.text.replace(/\] SPEAKER_01: /g, '] Dana Reyes: ');
    assert.strictEqual(
      parseTranscript(renamed).speakers.find((s) => s.name === 'Dana Reyes')?.turns.length,
      parseTranscript(made.text).speakers.find((s) => s.name === 'SPEAKER_01')?.turns.length,
    );
    const back = cuesFromTranscript(renamed, made.sidecar);
    assert.ok(back.ok);
    const before = parseWhisperJson(json).file.cues;
    assert.deepStrictEqual(
      back.file.cues.map((c) => [c.start, c.end, c.text]),
      before.map((c) => [c.start, c.end, c.text]),
    );
    assert.deepStrictEqual(
      back.file.cues.map((c) => c.speaker),
      before.map((c) => (c.speaker === 'SPEAKER_01' ? 'Dana Reyes' : c.speaker)),
    );
    const srt = writeCueFile(back.file, 'srt').text;
    assert.strictEqual(srt.split('[Dana Reyes]: ').length - 1, before.filter((c) => c.speaker === 'SPEAKER_01').length);
  });
});

suite('Formats: interlinear convert', () => {
  const srt = fixture('interview.srt');

  test('Should convert an SRT file to a transcript with its cues file, and back to the same SRT', async () => {
    const project = new MemoryFileSystem({ 'talk.srt': srt });
    assert.strictEqual((await convert(project, 'talk.srt', '--to', 'transcript')).code, 0);
    assert.deepStrictEqual(project.paths(), ['/talk.srt', '/talk.transcript.txt', '/talk.transcript.txt.cues.json']);
    assert.match(project.text('talk.transcript.txt')!, /^\[00:00:00\] SPEAKER_00: Welcome back/);
    const r = await convert(project, 'talk.transcript.txt', '--to', 'srt', '--out', 'again.srt');
    assert.strictEqual(r.code, 0, r.error);
    assert.strictEqual(project.text('again.srt'), srt);
  });

  test('Should write to stdout with --out - and say that no cues file was written', async () => {
    const project = new MemoryFileSystem({ 'talk.srt': srt });
    const r = await convert(project, 'talk.srt', '--to', 'vtt', '--out', '-');
    assert.strictEqual(r.code, 0);
    assert.match(r.stdout, /^WEBVTT\n\n00:00:00\.500 --> 00:00:03\.200\n/);
    const t = await convert(project, 'talk.srt', '--to', 'transcript', '--out', '-');
    assert.match(t.stdout, /SPEAKER_02: 字幕/);
    assert.match(t.warnings[0], /no cues file/);
    assert.deepStrictEqual(project.paths(), ['/talk.srt']);
  });

  test('Should never overwrite its input, nor an existing output or cues file without --force', async () => {
    const project = new MemoryFileSystem({ 'talk.srt': srt, 'talk.transcript.txt.cues.json': '{}' });
    let r = await convert(project, 'talk.srt', '--to', 'srt');
    assert.strictEqual(r.code, 2);
    assert.match(r.error, /is the input/);
    r = await convert(project, 'talk.srt', '--to', 'srt', '--out', './talk.srt', '--force');
    assert.match(r.error, /is the input/);
    r = await convert(project, 'talk.srt', '--to', 'transcript');
    assert.match(r.error, /talk\.transcript\.txt\.cues\.json: exists \(add --force/);
    assert.strictEqual(project.text('talk.transcript.txt'), undefined);
    r = await convert(project, 'talk.srt', '--to', 'transcript', '--force');
    assert.strictEqual(r.code, 0);
    assert.strictEqual(project.text('talk.srt'), srt);
  });

  test('Should refuse broken, binary and undecodable input with line numbers and a clear message, writing nothing', async () => {
    const project = new MemoryFileSystem({
      'broken.srt': fixture('broken.srt'),
      'binary.srt': new Uint8Array([0, 1, 2, 3]),
      'latin1.vtt': new Uint8Array([0x57, 0x45, 0x42, 0x56, 0x54, 0x54, 0x0a, 0xe9]),
      'notes.txt': 'Just some notes, no timings.\n',
    });
    let r = await convert(project, 'broken.srt', '--to', 'transcript');
    assert.strictEqual(r.code, 2);
    assert.match(r.error, /^broken\.srt: 3 problem\(s\) in the SRT file; nothing written\nbroken\.srt:6: broken timing line/);
    assert.match(r.error, /broken\.srt:10: /);
    r = await convert(project, 'binary.srt', '--to', 'vtt');
    assert.match(r.error, /binary\.srt: looks binary/);
    r = await convert(project, 'latin1.vtt', '--to', 'srt');
    assert.match(r.error, /latin1\.vtt: is not valid UTF-8/);
    r = await convert(project, 'notes.txt', '--to', 'srt');
    assert.match(r.error, /no timings/);
    r = await convert(project, 'missing.srt', '--to', 'vtt');
    assert.match(r.error, /missing\.srt: cannot read/);
    assert.deepStrictEqual(project.paths(), ['/binary.srt', '/broken.srt', '/latin1.vtt', '/notes.txt']);
  });

  test('Should refuse bad usage', async () => {
    const project = new MemoryFileSystem({ 'talk.srt': srt, 'talk.txt': '[00:00:01] A: Hi.\n' });
    for (const [argv, message] of [
      [['talk.srt'], /needs --to/],
      [['talk.srt', '--to', 'docx'], /--to must be one of transcript, srt, vtt/],
      [['talk.srt', 'other.srt', '--to', 'vtt'], /exactly one file/],
      [['talk.srt', '--to', 'vtt', '--frobnicate'], /unknown option/],
      [['talk.txt', '--to', 'transcript'], /is a transcript already/],
    ] as const) {
      const r = await convert(project, ...argv);
      assert.strictEqual(r.code, 2, argv.join(' '));
      assert.match(r.error, message);
    }
  });

  test('Should time a transcript without a cues file by its timestamps, and warn what SRT cannot hold', async () => {
    const project = new MemoryFileSystem({
      'talk.txt': '[00:00:01] Ana: Hello.\n\n[00:00:03] Ben: Hi there.\n',
      'talk.vtt': fixture('interview.vtt'),
    });
    assert.strictEqual((await convert(project, 'talk.txt', '--to', 'srt')).code, 0);
    assert.deepStrictEqual(
      parseSrt(project.text('talk.srt')!).file.cues.map((c) => [c.start, c.end, c.text]),
      [
        [1000, 3000, '[Ana]: Hello.'],
        [3000, 4000, '[Ben]: Hi there.'],
      ],
    );
    const r = await convert(project, 'talk.vtt', '--to', 'srt', '--out', 'from-vtt.srt');
    assert.strictEqual(r.code, 0);
    assert.deepStrictEqual(r.warnings.length, 2);
  });
});
