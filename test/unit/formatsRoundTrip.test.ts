import * as assert from 'assert';
import fc from 'fast-check';
import {
  cuesFromTranscript,
  cuesToTranscript,
  parseSrt,
  parseVtt,
  writeSrt,
  writeVtt,
  type Cue,
  type CueFile,
} from '../../src/core/formats';

// Words in several scripts, tags and prefixes that subtitles carry.
const word = fc.constantFrom(
  'hello',
  'world',
  'It’s',
  'fine.',
  'Why?',
  '42',
  'ça',
  'va',
  'привет',
  'мир',
  'مرحبا',
  'שלום',
  '你好',
  '世界。',
  'こんにちは',
  '안녕하세요',
  '😀',
  '<i>so</i>',
  '<b>bold</b>',
  '&amp;',
  '{\\an8}',
  'a-b',
  '“quoted”',
  '—',
  '...',
);
const line = fc.array(word, { minLength: 1, maxLength: 7 }).map((w) => w.join(' '));
const speaker = fc.constantFrom('SPEAKER_00', 'SPEAKER_01', 'Mara', 'Jonas Ek', '이서연');
const payload = fc
  .tuple(
    fc.array(line, { minLength: 1, maxLength: 3 }),
    fc.option(fc.tuple(fc.constantFrom('voice', 'bracket', 'colon'), speaker), { nil: undefined }),
  )
  .map(([lines, prefix]) => {
    const text = lines.join('\n');
    if (!prefix) return text;
    const [kind, name] = prefix;
    return kind === 'voice' ? `<v ${name}>${text}` : kind === 'bracket' ? `[${name}]: ${text}` : `${name.toUpperCase()}: ${text}`;
  });
// Times anywhere in two hours, overlapping their neighbours as often as not.
const cue = fc
  .tuple(fc.nat(7_200_000), fc.nat(20_000), payload)
  .map(([start, length, text]): Cue => ({ start, end: start + length, text, line: 0 }));
const cues = fc.array(cue, { maxLength: 30 }).map((list) => list.sort((a, b) => a.start - b.start));
const vttCue = fc
  .tuple(
    cue,
    fc.option(fc.constantFrom('intro', 'c2', 'x-1'), { nil: undefined }),
    fc.option(fc.constantFrom('align:start', 'line:0 position:20%'), { nil: undefined }),
  )
  .map(([c, id, settings]): Cue => ({ ...c, ...(id ? { id } : {}), ...(settings ? { settings } : {}) }));

// What a cue is, for comparison: times, text, identifier and settings.
const essence = (file: CueFile) => file.cues.map((c) => [c.start, c.end, c.text, c.id, c.settings]);

// Converts a file's text to a transcript and back, the transcript passed through `touch` on the way.
function roundTrip(
  file: CueFile,
  touch: (t: string) => string = (t) => t,
  timestamps: 'seconds' | 'milliseconds' | 'none' = 'seconds',
): CueFile {
  const made = cuesToTranscript(file, { timestamps });
  const back = cuesFromTranscript(touch(made.text), made.sidecar);
  if (!back.ok) throw new Error(back.problems[0].message);
  return back.file;
}

suite('Formats: round trips (properties)', () => {
  test('Should give the same SRT cues, timings and text back from the transcript made of them', () => {
    fc.assert(
      fc.property(cues, fc.constantFrom('seconds' as const, 'milliseconds' as const, 'none' as const), (list, timestamps) => {
        const srt = writeSrt(list);
        const parsed = parseSrt(srt);
        assert.deepStrictEqual(parsed.problems, []);
        assert.deepStrictEqual(essence(parsed.file), essence({ format: 'srt', cues: list }));
        const back = roundTrip(parsed.file, undefined, timestamps);
        assert.strictEqual(writeSrt(back.cues), srt);
      }),
      { numRuns: 300 },
    );
  });

  test('Should give the same WebVTT cues, identifiers, settings and notes back, with line endings changed on the way', () => {
    fc.assert(
      fc.property(fc.array(vttCue, { maxLength: 25 }), fc.nat(25), (list, noteAt) => {
        list.sort((a, b) => a.start - b.start);
        const blocks = [{ before: Math.min(noteAt, list.length), text: 'NOTE kept' }];
        const vtt = writeVtt(list, 'WEBVTT', blocks);
        const parsed = parseVtt(vtt);
        assert.deepStrictEqual(parsed.problems, []);
        assert.deepStrictEqual(essence(parsed.file), essence({ format: 'vtt', cues: list }));
        const back = roundTrip(parsed.file, (t) => t.replace(/\n/g, '\r\n'));
        assert.strictEqual(writeVtt(back.cues, back.header, back.blocks), vtt);
      }),
      { numRuns: 200 },
    );
  });

  test('Should put edited text within the edited cue\u2019s time span and leave every other cue as it was', () => {
    fc.assert(
      fc.property(
        cues.filter((l) => l.length > 0),
        fc.nat(),
        fc.array(word, { minLength: 1, maxLength: 30 }),
        (list, pick, words) => {
          const parsed = parseSrt(writeSrt(list)).file;
          const made = cuesToTranscript(parsed);
          // Replace the last word of one cue's text in the transcript by new words.
          const target = pick % parsed.cues.length;
          const original = parsed.cues[target];
          const lastWord = /\S+$/.exec(original.text)![0];
          const replacement = `${words.join(' ')} zzz`;
          // Find the cue's text in the transcript by laying the cues out again is what the core does; here, the
          // cue's last word is found after the cues before it by searching from their text.
          const before = made.text.split(lastWord).length - 1;
          if (before !== 1) return; // the word occurs elsewhere too: which one was edited would be ambiguous
          // New words that another cue holds make the edit ambiguous too: a diff may as well see that cue's text typed
          // again (an insertion before it) as the edited cue's new text.
          if (parsed.cues.some((c, i) => i !== target && words.some((w) => c.text.includes(w)))) return;
          // New words that begin with the replaced word keep it: the edit is then text added after the cue's last
          // word, at its boundary with the next cue, which either cue may own.
          if (replacement.startsWith(lastWord)) return;
          const edited = made.text.replace(lastWord, replacement);
          const back = cuesFromTranscript(edited, made.sidecar);
          assert.ok(back.ok);
          const result = back.file.cues;
          const n = parsed.cues.length;
          const plain = (c: Cue) => [c.start, c.end, c.text];
          assert.deepStrictEqual(result.slice(0, target).map(plain), parsed.cues.slice(0, target).map(plain));
          const after = n - target - 1;
          assert.deepStrictEqual(result.slice(result.length - after).map(plain), parsed.cues.slice(target + 1).map(plain));
          const spread = result.slice(target, result.length - after);
          assert.ok(spread.length >= 1);
          assert.ok(
            spread
              .map((c) => c.text)
              .join(' ')
              .includes('zzz'),
          );
          for (const c of spread)
            assert.ok(c.start >= original.start && c.end <= original.end, `${c.start}-${c.end} outside ${original.start}-${original.end}`);
        },
      ),
      { numRuns: 200 },
    );
  });
});
