import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import fc from 'fast-check';
import {
  cueCheckText,
  cueVoices,
  cuesFromTranscript,
  cuesToTranscript,
  detectCueFormat,
  parseSrt,
  parseVtt,
  parseWhisperJson,
  writeCueFile,
} from '../../src/core/formats';
import { parseTranscript } from '../../src/core';
import { joinLines, repoRoot } from './helpers';

const fixture = (name: string) => fs.readFileSync(path.join(repoRoot, 'test', 'fixtures', 'formats', name), 'utf8');

suite('Formats: reading SRT, WebVTT and Whisper JSON', () => {
  test('Should read the SRT fixture with its timings, lines and speakers', () => {
    const { file, problems } = parseSrt(fixture('interview.srt'));
    assert.deepStrictEqual(problems, []);
    assert.strictEqual(file.cues.length, 6);
    assert.deepStrictEqual([file.cues[0].start, file.cues[0].end, file.cues[0].line], [500, 3200, 2]);
    assert.strictEqual(file.cues[1].text, '[SPEAKER_00]: They look simple,\nbut they are not.');
    assert.deepStrictEqual(
      cueVoices(file.cues).map((v) => v.speaker),
      ['SPEAKER_00', 'SPEAKER_00', 'SPEAKER_01', 'SPEAKER_00', 'SPEAKER_02', 'SPEAKER_01'],
    );
  });

  test('Should read the WebVTT fixture with its header, notes, identifiers, settings and voices', () => {
    const { file, problems } = parseVtt(fixture('interview.vtt'));
    assert.deepStrictEqual(problems, []);
    assert.strictEqual(file.header, 'WEBVTT - a made-up interview\nKind: captions\nLanguage: en');
    assert.deepStrictEqual(
      file.blocks!.map((b) => [b.before, b.text.split('\n')[0]]),
      [
        [0, 'NOTE This file was written for the tests; no one said any of it.'],
        [0, 'STYLE'],
        [5, 'NOTE the next cue overlaps the one before'],
      ],
    );
    assert.deepStrictEqual([file.cues[0].id, file.cues[0].settings], ['intro', 'align:start position:10%']);
    assert.deepStrictEqual(
      cueVoices(file.cues).map((v) => v.speaker),
      ['Mara', 'Mara', 'Jonas', 'Mara', '이서연', 'Jonas'],
    );
  });

  test('Should report each broken SRT block with its line number and read the rest', () => {
    const { file, problems } = parseSrt(fixture('broken.srt'));
    assert.deepStrictEqual(
      problems.map((p) => p.line),
      [6, 10, 13],
    );
    assert.match(problems[0].message, /broken timing line "00:00:03,000 -> 00:00:04,000"/);
    assert.match(problems[1].message, /ends .* before it starts/);
    assert.match(problems[2].message, /expected a cue number/);
    assert.strictEqual(file.cues.length, 1);
  });

  test('Should report broken WebVTT cues and a missing signature with their lines', () => {
    assert.deepStrictEqual(
      parseVtt(fixture('broken.vtt')).problems.map((p) => p.line),
      [6, 9],
    );
    assert.deepStrictEqual(
      parseVtt('00:00.000 --> 00:01.000\nHi\n').problems.map((p) => p.line),
      [1],
    );
    assert.deepStrictEqual(
      parseSrt(joinLines('1', '00:00:01,000 --> 00:00:02,000', 'one', '2', '00:00:03,000 --> 00:00:04,000', 'two')).problems.map(
        (p) => p.line,
      ),
      [4],
    );
  });

  test('Should read Whisper JSON and name the line of a broken segment', () => {
    const { file, problems } = parseWhisperJson(fixture('whisper.json'));
    assert.deepStrictEqual(problems, []);
    assert.deepStrictEqual(
      file.cues.map((c) => [c.start, c.end, c.text]),
      [
        [0, 2240, 'Hello and welcome.'],
        [2240, 4800, 'This is a short test.'],
      ],
    );
    const broken = joinLines(
      '{"segments": [',
      '  {"start": 0, "end": 1, "text": "a"},',
      '  {"start": 2, "end": 1, "text": "b"},',
      '  {"start": "x", "end": 1, "text": "c"}',
      ']}',
    );
    assert.deepStrictEqual(
      parseWhisperJson(broken).problems.map((p) => [p.line, p.message]),
      [
        [3, 'segment 1 ends (1) before it starts (2)'],
        [4, 'segment 2: "start" must be a number of seconds'],
      ],
    );
    assert.strictEqual(parseWhisperJson('{"segments": [\n{"start": 0,,}]}').problems[0].line, 2);
    assert.match(parseWhisperJson('{"text": "no segments"}').problems[0].message, /no "segments" list/);
  });

  test('Should tell the formats apart by name and by their first lines', () => {
    assert.strictEqual(detectCueFormat('a.SRT', ''), 'srt');
    assert.strictEqual(detectCueFormat('a.txt', 'WEBVTT\n\n'), 'vtt');
    assert.strictEqual(detectCueFormat('a', '1\n00:00:01,000 --> 00:00:02,000\nHi\n'), 'srt');
    assert.strictEqual(detectCueFormat('a.json', '{}'), 'whisper');
    assert.strictEqual(detectCueFormat('a.txt', '[00:00:01] Bob: Hi'), 'transcript');
  });
});

suite('Formats: cues to a transcript', () => {
  test('Should merge a speaker\u2019s cues into one turn, stamped, that parse.ts reads as a turn', () => {
    const { text } = cuesToTranscript(parseSrt(fixture('interview.srt')).file);
    assert.strictEqual(
      text,
      joinLines(
        '[00:00:00] SPEAKER_00: Welcome back to the workshop. Today we talk about subtitles. They look simple, but they are not.',
        '',
        '[00:00:06] SPEAKER_01: Why not?',
        '',
        '[00:00:08] SPEAKER_00: Because every cue has a timing, and the timing must survive every edit.',
        '',
        '[00:00:11] SPEAKER_02: 字幕的时间轴很重要，不能随便改。',
        '',
        '[00:00:12] SPEAKER_01: <i>Exactly.</i>',
        '',
      ),
    );
    const t = parseTranscript(text);
    assert.deepStrictEqual(
      t.turns.map((turn) => [turn.speaker.name, turn.speaker.timestamp]),
      [
        ['SPEAKER_00', '00:00:00'],
        ['SPEAKER_01', '00:00:06'],
        ['SPEAKER_00', '00:00:08'],
        ['SPEAKER_02', '00:00:11'],
        ['SPEAKER_01', '00:00:12'],
      ],
    );
  });

  test('Should write milliseconds or no timestamps when asked, and paragraphs for cues without speakers', () => {
    const cues = parseSrt(
      joinLines(
        '1',
        '00:00:01,250 --> 00:00:02,000',
        'One.',
        '',
        '2',
        '00:00:02,100 --> 00:00:03,000',
        'Two.',
        '',
        '3',
        '00:00:09,000 --> 00:00:10,000',
        'After a pause.',
      ),
    ).file;
    assert.strictEqual(
      cuesToTranscript(cues, { timestamps: 'milliseconds' }).text,
      '[00:00:01.250] One. Two.\n\n[00:00:09.000] After a pause.\n',
    );
    assert.strictEqual(cuesToTranscript(cues, { timestamps: 'none' }).text, 'One. Two.\n\nAfter a pause.\n');
  });
});

suite('Formats: a transcript back to cues', () => {
  const vtt = fixture('interview.vtt');
  const made = cuesToTranscript(parseVtt(vtt).file);
  const back = (text: string, sidecar: string | null = made.sidecar) => {
    const r = cuesFromTranscript(text, sidecar ?? undefined);
    if (!r.ok) throw new Error(r.problems.map((p) => p.message).join('\n'));
    return r.file;
  };

  test('Should give the same WebVTT cues back when nothing was edited, and the same file when it was written as Interlinear writes', () => {
    const canonical = writeCueFile(parseVtt(vtt).file, 'vtt').text;
    assert.strictEqual(writeCueFile(back(made.text), 'vtt').text, canonical);
    assert.deepStrictEqual(
      parseVtt(canonical).file.cues.map(({ lines: _, line: __, ...c }) => c),
      parseVtt(vtt).file.cues.map(({ lines: _, line: __, ...c }) => c),
    );
    // Line endings changed by an editor are no edit.
    assert.strictEqual(writeCueFile(back(made.text.replace(/\n/g, '\r\n')), 'vtt').text, canonical);
  });

  test('Should spread edited text over the edited cue\u2019s time span and keep every other cue as it was', () => {
    const edited = made.text.replace(
      'They look simple, but they are not.',
      'They look simple. They are anything but simple, as anyone who has had to fix a broken subtitle file at midnight knows.',
    );
    const before = parseVtt(vtt).file.cues;
    const after = back(edited).cues;
    const kept = (c: { start: number; end: number; text: string }) => [c.start, c.end, c.text];
    assert.deepStrictEqual(after.slice(0, 1).map(kept), before.slice(0, 1).map(kept));
    assert.deepStrictEqual(after.slice(-4).map(kept), before.slice(-4).map(kept));
    const spread = after.slice(1, -4);
    assert.ok(spread.length >= 2, 'the longer text is cut into cues');
    assert.strictEqual(spread[0].start, 3300);
    assert.strictEqual(spread[spread.length - 1].end, 5900);
    for (let i = 1; i < spread.length; i++) assert.strictEqual(spread[i].start, spread[i - 1].end);
    for (const c of spread) assert.match(c.text, /^<v Mara>/);
    assert.strictEqual(
      spread.map((c) => c.text.replace('<v Mara>', '').replace(/\n/g, ' ')).join(' '),
      'They look simple. They are anything but simple, as anyone who has had to fix a broken subtitle file at midnight knows.',
    );
  });

  test('Should drop the cues of deleted text and rename a speaker in every prefix', () => {
    const edited = made.text.replace('[00:00:06] Jonas: Why not?\n\n', '').replace(/Mara:/g, 'Mara Lind:');
    const cues = back(edited).cues;
    assert.strictEqual(cues.length, 5);
    assert.deepStrictEqual(
      cues.map((c) => c.text.split('>')[0]),
      ['<v Mara Lind', '<v Mara Lind', '<v Mara Lind', '<v 이서연', '<v Jonas'],
    );
    assert.strictEqual(cues[0].text, '<v Mara Lind>Welcome back to the workshop.\nToday we talk about subtitles.</v>');
  });

  test('Should time a transcript without a cues file by its turns\u2019 timestamps', () => {
    const text = joinLines(
      '# A talk',
      '',
      '[00:00:05] Ana: First turn.',
      '',
      '[00:00:09] Ben: Second turn. It is longer.',
      'And it goes on.',
      '',
    );
    const file = back(text, null);
    assert.deepStrictEqual(
      file.cues.map((c) => [c.start, c.end, c.speaker, c.text]),
      [
        [5000, 9000, 'Ana', 'First turn.'],
        [9000, 11800, 'Ben', 'Second turn. It is longer. And it goes on.'],
      ],
    );
    const refused = cuesFromTranscript('Bob: no times at all.\n');
    assert.ok(!refused.ok && /no timings/.test(refused.problems[0].message));
    const early = cuesFromTranscript('Intro line.\n\n[00:00:05] Ana: Hi.\n');
    assert.ok(!early.ok && early.problems[0].line === 1);
  });

  test('Should refuse a cues file that belongs to another transcript', () => {
    const r = cuesFromTranscript(
      '[00:00:00] Someone: Entirely different words, nothing in common with the cues at all, none whatsoever.\n',
      made.sidecar,
    );
    assert.ok(!r.ok && /another transcript/.test(r.problems[0].message));
    assert.ok(!cuesFromTranscript(made.text, '{"kind": "something else"}').ok);
  });
});

suite('Formats: the checked text of a subtitle file', () => {
  const srt = fixture('interview.srt');
  const parsed = parseSrt(srt).file;
  const view = cueCheckText(parsed);
  const timingLines = parsed.cues.map((c) => {
    const start =
      srt
        .split('\n')
        .slice(0, c.line - 1)
        .join('\n').length + 1;
    return { start, end: start + 29 };
  });

  test('Should check the transcript the file converts to, speaker labels included', () => {
    assert.deepStrictEqual(
      parseTranscript(view.text).turns.map((t) => t.speaker.name),
      ['SPEAKER_00', 'SPEAKER_01', 'SPEAKER_00', 'SPEAKER_02', 'SPEAKER_01'],
    );
  });

  test('Should map ranges inside one cue to the file, across its line breaks, and refuse ranges across cues', () => {
    const at = view.text.indexOf('simple, but');
    const range = view.toFileRange({ start: at, end: at + 'simple, but'.length })!;
    assert.strictEqual(srt.slice(range.start, range.end), 'simple,\nbut');
    const across = view.text.indexOf('subtitles. They');
    assert.strictEqual(view.toFileRange({ start: across, end: across + 15 }), undefined);
    const name = view.text.indexOf('SPEAKER_02');
    const nameRange = view.toFileRange({ start: name, end: name + 10 })!;
    assert.strictEqual(srt.slice(nameRange.start, nameRange.end), 'SPEAKER_02');
    assert.strictEqual(view.toFileRange({ start: name + 10, end: name + 12 }), undefined, 'the label\u2019s colon is not in the file');
  });

  test('Should never put a timing inside a mapped range (property)', () => {
    fc.assert(
      fc.property(fc.nat(view.text.length), fc.nat(40), (start, length) => {
        const range = view.toFileRange({ start, end: Math.min(view.text.length, start + length) });
        if (!range) return;
        for (const t of timingLines) assert.ok(range.end <= t.start || range.start >= t.end, JSON.stringify(range));
        // What the range covers in the file is what it covers in the checked text, give or take line breaks.
        const inView = view.text.slice(start, Math.min(view.text.length, start + length)).replace(/\s/g, '');
        const inFile = srt.slice(range.start, range.end).replace(/\s/g, '');
        assert.ok(inView.includes(inFile), `${inView} / ${inFile}`);
      }),
    );
  });

  test('Should list as regions only cue text and speaker names', () => {
    const covered = view.regions.map((r) => srt.slice(r.start, r.end));
    assert.ok(covered.includes('SPEAKER_00'));
    assert.ok(covered.includes('Why not?'));
    assert.ok(covered.every((s) => !s.includes('-->') && !/^\d+$/.test(s)));
  });
});
