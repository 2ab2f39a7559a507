// Re-anchoring 1,000 notes after an outside edit of a 1 MB transcript (issue 13: goal <= 200 ms). Called by
// scripts/bench.ts; `node out/scripts/benchAnnotations.js` runs it alone. Medians of several runs, in-process.
import * as fs from 'fs';
import * as path from 'path';
import { addAnnotation, EMPTY_SIDECAR, reanchorAnnotations, type Annotation } from '../src/core/annotations';
import { rng } from './random';
import { repoRoot } from './repoRoot';
import { median } from './timing';

const MB = 1024 * 1024;

// A transcript of about `bytes` UTF-8 bytes, the seeds one after another (the real mix of scripts and shapes).
function transcript(bytes: number): string {
  const seeds = fs
    .readdirSync(path.join(repoRoot(), 'seeds'))
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => fs.readFileSync(path.join(repoRoot(), 'seeds', f), 'utf8'));
  let text = '';
  for (let i = 0; Buffer.byteLength(text) < bytes; i++) text += seeds[i % seeds.length] + '\n\n';
  return text;
}

// `count` notes of 5 to 40 characters spread evenly through the text.
function notes(text: string, count: number, random: () => number): Annotation[] {
  let sidecar = EMPTY_SIDECAR;
  for (let i = 0; i < count; i++) {
    const start = Math.floor(((i + random()) * text.length) / count);
    const end = Math.min(text.length, start + 5 + Math.floor(random() * 36));
    sidecar = addAnnotation(sidecar, text, { start, end }, `note ${i}`, { now: '2025-01-01T00:00:00.000Z', id: `n${i}` }).sidecar;
  }
  return [...sidecar.annotations];
}

// The text after another editor's changes: `count` insertions, deletions and replacements spread through it.
function outsideEdit(text: string, count: number, random: () => number): string {
  const inserts = ['A line added elsewhere.\n', '补充一句。', ' (sic)', '\n\n## New section\n\n', 'x'];
  let out = '';
  let from = 0;
  for (let i = 0; i < count; i++) {
    const at = Math.max(from, Math.floor(((i + random()) * text.length) / count));
    const cut = i % 3 === 1 ? 1 + Math.floor(random() * 30) : 0;
    out += text.slice(from, at) + (i % 3 === 2 ? '' : inserts[i % inserts.length]);
    from = Math.min(text.length, at + cut);
  }
  return out + text.slice(from);
}

/**
 * Times re-anchoring 1,000 notes on a 1 MB transcript after 300 edits spread through it: with the previous text
 * (the editor knows it: one text diff carries every note) and without it (the CLI: each note by its position,
 * quote and context). Each row also says how many notes were orphaned.
 */
export function benchAnnotations(): { label: string; ms: number; detail: string }[] {
  const random = rng(13);
  const text = transcript(MB);
  const list = notes(text, 1000, random);
  const edited = outsideEdit(text, 300, random);
  const size = `${(Buffer.byteLength(text) / MB).toFixed(1)} MB`;
  const rows: { label: string; ms: number; detail: string }[] = [];
  for (const [label, options] of [
    [`re-anchor 1,000 notes, ${size}, outside edit, with diff`, { previousText: text }],
    [`re-anchor 1,000 notes, ${size}, outside edit, no old text`, {}],
  ] as const) {
    const placed = reanchorAnnotations(list, edited, options);
    const orphaned = placed.filter((p) => p.orphaned).length;
    rows.push({ label, ms: median(7, () => reanchorAnnotations(list, edited, options)), detail: `${orphaned} orphaned` });
  }
  return rows;
}

if (require.main === module)
  for (const r of benchAnnotations()) console.log(`${r.label.padEnd(60)} ${r.ms.toFixed(1)} ms  (${r.detail}; goal <= 200 ms)`);
