import * as path from 'path';
import * as vscode from 'vscode';
import { decodeText, parseTranscript } from '../core/base';
import { speakerSymbols, type SpeakerSymbol } from '../core/speakers';
import { Settings, setting } from './settings';
import { isTranscript, type TranscriptCache } from './transcriptCache';

// A search over the workspace is bounded: so many files, files up to this size, and this long reading new ones
// (files read once are remembered by modification time, so the next keystroke of the query finds more).
const MAX_FILES = 500;
const MAX_BYTES = 8 * 1024 * 1024;
const READ_BUDGET_MS = 1500;
const MAX_RESULTS = 2000;
// Transcripts by name, besides the files `interlinear.filePatterns` opens as transcripts.
const TRANSCRIPT_GLOB = '**/*.{transcript,transcript.txt,transcript.md}';
const EXCLUDE = '**/{node_modules,.git}/**';

interface FileSpeakers {
  readonly mtime: number;
  readonly size: number;
  readonly speakers: readonly SpeakerSymbol[];
}

/** "Go to Symbol in Workspace" (Ctrl+T) finds speakers across the workspace's transcripts, open ones at their current text. */
export function registerSpeakerWorkspaceSymbols(cache: TranscriptCache): vscode.Disposable {
  const known = new Map<string, FileSpeakers>();
  return vscode.languages.registerWorkspaceSymbolProvider({
    async provideWorkspaceSymbols(query, token) {
      const matches = fuzzy(query);
      const out: vscode.SymbolInformation[] = [];
      const add = (uri: vscode.Uri, speakers: readonly SpeakerSymbol[]) => {
        for (const s of speakers) {
          if (out.length >= MAX_RESULTS || !matches(s.name)) continue;
          const start = new vscode.Position(s.line, s.character);
          const location = new vscode.Location(uri, new vscode.Range(start, start.translate(0, s.range.end - s.range.start)));
          const where = `${path.posix.basename(uri.path)} · ${s.turns} turn${s.turns === 1 ? '' : 's'}`;
          out.push(new vscode.SymbolInformation(s.name, vscode.SymbolKind.Constant, where, location));
        }
      };
      const open = new Set<string>();
      for (const doc of vscode.workspace.textDocuments) {
        if (!isTranscript(doc)) continue;
        open.add(doc.uri.toString());
        add(doc.uri, speakerSymbols(cache.get(doc)));
      }
      const files = await transcriptFiles(token);
      const deadline = Date.now() + READ_BUDGET_MS;
      const listed = new Set<string>();
      for (const uri of files) {
        if (token.isCancellationRequested) break;
        const key = uri.toString();
        listed.add(key);
        if (open.has(key)) continue;
        const speakers = await readSpeakers(uri, known.get(key), Date.now() < deadline);
        if (speakers) known.set(key, speakers);
        if (speakers) add(uri, speakers.speakers);
      }
      // Files gone from the workspace are forgotten, so the memory stays bounded by MAX_FILES.
      for (const key of known.keys()) if (!listed.has(key)) known.delete(key);
      return out;
    },
  });
}

// The workspace's transcript files, by name and by `interlinear.filePatterns`, at most MAX_FILES.
async function transcriptFiles(token: vscode.CancellationToken): Promise<vscode.Uri[]> {
  const globs = [TRANSCRIPT_GLOB, ...setting<string[]>(Settings.filePatterns, [], undefined).filter((p) => typeof p === 'string')];
  const seen = new Map<string, vscode.Uri>();
  for (const glob of globs) {
    if (seen.size >= MAX_FILES || token.isCancellationRequested) break;
    for (const uri of await vscode.workspace.findFiles(glob, EXCLUDE, MAX_FILES - seen.size, token)) seen.set(uri.toString(), uri);
  }
  return [...seen.values()];
}

// A closed file's speakers: remembered while the file is unchanged, read only while `mayRead` (the time budget).
async function readSpeakers(uri: vscode.Uri, known: FileSpeakers | undefined, mayRead: boolean): Promise<FileSpeakers | undefined> {
  try {
    const stat = await vscode.workspace.fs.stat(uri);
    if (known && known.mtime === stat.mtime && known.size === stat.size) return known;
    if (!mayRead || stat.size > MAX_BYTES) return undefined;
    const decoded = decodeText(await vscode.workspace.fs.readFile(uri));
    if (!decoded.ok) return undefined;
    // The editor shows a file without its BOM: positions are counted without it too.
    const text = decoded.text.charCodeAt(0) === 0xfeff ? decoded.text.slice(1) : decoded.text;
    return { mtime: stat.mtime, size: stat.size, speakers: speakerSymbols(parseTranscript(text)) };
  } catch {
    return undefined; // deleted or unreadable since it was listed
  }
}

// Whether a name holds the query's characters in order, ignoring case, as the editor's own matching expects.
function fuzzy(query: string): (name: string) => boolean {
  const q = [...query.toLowerCase().replace(/\s+/gu, '')];
  return (name) => {
    const lower = name.toLowerCase();
    let at = 0;
    for (const c of q) {
      at = lower.indexOf(c, at);
      if (at < 0) return false;
      at += c.length;
    }
    return true;
  };
}
