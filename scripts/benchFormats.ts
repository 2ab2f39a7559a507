// Times converting speech-recognition output to a transcript and back (src/core/formats). `npm run bench` prints the
// rows; run alone with `node out/scripts/benchFormats.js`.
import { cuesFromTranscript, cuesToTranscript, parseWhisperJson, writeCueFile } from '../src/core/formats';
import { rng } from './random';
import { median } from './timing';

const WORDS = (
  'so we started with the idea that every team should own its deployments and then we learned that ownership ' +
  'without tooling is just more work for everyone the pipeline was slow the tests were flaky and nobody trusted ' +
  'the dashboards until we measured what mattered latency errors saturation and the time it takes to recover'
).split(' ');

/**
 * A WhisperX-style result: `segments` with `start`, `end`, `text` (with Whisper's leading space), `speaker` and
 * `words` (each with its times, score and speaker; left out when `withWords` is false), spoken by `speakers` people over `segments` segments of
 * 2–6 seconds, a speaker usually keeping the floor for a few segments. The same every run for one seed.
 */
export function whisperxJson(segments: number, speakers = 3, seed = 7, withWords = true): string {
  const random = rng(seed);
  const out: unknown[] = [];
  let t = 0.4;
  let speaker = 0;
  for (let i = 0; i < segments; i++) {
    if (random() < 0.3) speaker = (speaker + 1 + Math.floor(random() * (speakers - 1))) % speakers;
    const count = 6 + Math.floor(random() * 14);
    const duration = 2 + random() * 4;
    const words: { word: string; start: number; end: number; score: number; speaker: string }[] = [];
    for (let w = 0; w < count; w++) {
      const word = WORDS[Math.floor(random() * WORDS.length)];
      const start = round(t + (duration * w) / count);
      words.push({
        word: w === 0 ? word[0].toUpperCase() + word.slice(1) : word,
        start,
        end: round(start + duration / count - 0.02),
        score: round(0.5 + random() / 2),
        speaker: label(speaker),
      });
    }
    const text = words.map((w) => w.word).join(' ') + (random() < 0.2 ? '?' : '.');
    out.push({ start: round(t), end: round(t + duration), text: ' ' + text, ...(withWords ? { words } : {}), speaker: label(speaker) });
    t += duration + (random() < 0.2 ? 0.5 + random() * 2 : 0.05);
  }
  return JSON.stringify({ segments: out, word_segments: [], language: 'en' }, null, 2);
}

const label = (n: number) => `SPEAKER_${String(n).padStart(2, '0')}`;
const round = (x: number) => Math.round(x * 1000) / 1000;

/**
 * Times converting a two-hour WhisperX JSON (about 2,000 segments, three speakers, with word timings) to a transcript
 * and its cues file (the goal: <= 200 ms), and converting that transcript back to SRT unedited and after edits in
 * 20 turns.
 */
export function benchFormats(): { label: string; ms: number; detail: string }[] {
  const json = whisperxJson(2000);
  const parsed = parseWhisperJson(json);
  const hours = (parsed.file.cues[parsed.file.cues.length - 1].end / 3_600_000).toFixed(1);
  const size = `${(Buffer.byteLength(json) / 1024 / 1024).toFixed(1)} MB`;
  const made = cuesToTranscript(parsed.file);
  const random = rng(3);
  let edited = made.text;
  for (let k = 0; k < 20; k++) {
    const at = edited.indexOf(' the ', Math.floor(random() * edited.length));
    if (at >= 0) edited = edited.slice(0, at) + ' the very ' + edited.slice(at + 5);
  }
  const back = (text: string) => {
    const r = cuesFromTranscript(text, made.sidecar);
    if (!r.ok) throw new Error(r.problems[0].message);
    return writeCueFile(r.file, 'srt');
  };
  return [
    {
      label: `WhisperX JSON to transcript (${parsed.file.cues.length} segments, ${hours} h)`,
      ms: median(7, () => cuesToTranscript(parseWhisperJson(json).file)),
      detail: `${size} of JSON, parse included; goal <= 200 ms`,
    },
    { label: 'that transcript back to SRT, unedited', ms: median(7, () => back(made.text)), detail: 'cues sidecar read and compared' },
    { label: 'that transcript back to SRT, 20 edits', ms: median(7, () => back(edited)), detail: 'diffed, edited cues re-timed' },
  ];
}

if (require.main === module) for (const r of benchFormats()) console.log(`${r.label.padEnd(60)} ${r.ms.toFixed(1)} ms  (${r.detail})`);
