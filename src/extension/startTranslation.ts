import * as path from 'path';
import * as vscode from 'vscode';
import { languageName, parseTranscript } from '../core/base';
import { LANGUAGES } from '../core/language/languages';
import { taggedName } from '../core/project/fileNames';
import { glossaryNames, translationSkeleton } from '../core/translate/skeleton';
import { COMMANDS } from './commands';
import type { GlossaryStore } from './glossaryStore';

/** What "Start Translation" may be told instead of asking (the tests, or a caller that knows). */
export interface StartTranslationOptions {
  readonly lang?: string;
  /** Speakers' names in the target language; a speaker not named here is asked for (or keeps their name). */
  readonly names?: Readonly<Record<string, string>>;
}

/**
 * Registers "Start Translation": a new, unsaved document beside the original (`talk.en.txt` → `talk.zh.txt`)
 * with its structure and the speakers' names in the target language, the text left to write. An existing file is
 * opened, never overwritten.
 */
export function registerStartTranslation(glossary: GlossaryStore): vscode.Disposable {
  return vscode.commands.registerCommand(
    COMMANDS.startTranslation,
    async (uri?: vscode.Uri, options: StartTranslationOptions = {}): Promise<vscode.TextDocument | undefined> => {
      const original = uri ? await vscode.workspace.openTextDocument(uri) : vscode.window.activeTextEditor?.document;
      if (!original) return void vscode.window.showInformationMessage('Open the transcript to translate, then run "Start Translation".');
      const text = original.getText();
      const transcript = parseTranscript(text);
      const from = transcript.language.tag;
      const lang = options.lang ?? (await pickLanguage(from, original.uri));
      if (!lang) return undefined;
      const target = translationUri(original.uri, lang);
      if (await exists(target)) {
        void vscode.window.showInformationMessage(`${path.posix.basename(target.path)} already exists: it is opened as it is.`);
        return (await vscode.window.showTextDocument(target, { viewColumn: vscode.ViewColumn.Beside })).document;
      }
      const known = glossaryNames(await glossary.get(), from, lang);
      const names = new Map<string, string>();
      for (const speaker of transcript.speakers) {
        const given = options.names?.[speaker.name] ?? known.get(speaker.name);
        const name = given ?? (options.lang ? undefined : await askName(speaker.name, lang));
        if (name === null) return undefined;
        if (name) names.set(speaker.name, name);
      }
      // Unsaved, as a new file of that name: nothing is written until the translator saves it.
      const doc = await vscode.workspace.openTextDocument(target.with({ scheme: 'untitled' }));
      const edit = new vscode.WorkspaceEdit();
      edit.insert(doc.uri, new vscode.Position(0, 0), translationSkeleton(text, lang, names, transcript));
      await vscode.workspace.applyEdit(edit);
      await vscode.languages.setTextDocumentLanguage(doc, original.languageId);
      await vscode.window.showTextDocument(doc, { viewColumn: vscode.ViewColumn.Beside });
      return doc;
    },
  );
}

// `talk.en.txt` → `talk.zh.txt`; `talk.txt` → `talk.zh.txt`; `talk.transcript.md` → `talk.zh.transcript.md`.
function translationUri(original: vscode.Uri, lang: string): vscode.Uri {
  const name = taggedName(path.posix.basename(original.path));
  return vscode.Uri.joinPath(original, '..', `${name.stem}.${lang}${name.extension}`);
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

async function pickLanguage(from: string, original: vscode.Uri): Promise<string | undefined> {
  const languages = LANGUAGES.filter((l) => l.tag !== from);
  // A translation already there is opened, not started again: the list says which.
  const existing = await Promise.all(languages.map((l) => exists(translationUri(original, l.tag))));
  const picked = await vscode.window.showQuickPick(
    languages.map((l, i) => ({
      label: l.name,
      description: existing[i] ? `${l.tag} · ${path.posix.basename(translationUri(original, l.tag).path)} exists: it opens` : l.tag,
      tag: l.tag,
    })),
    { title: 'Start Translation: into which language?', placeHolder: `The original is in ${languageName(from)}` },
  );
  return picked?.tag;
}

// A speaker's name in the target language; Escape cancels the command (null), an empty answer keeps the name.
async function askName(name: string, lang: string): Promise<string | undefined | null> {
  const answer = await vscode.window.showInputBox({
    title: `Start Translation: ${name} in ${languageName(lang)}`,
    prompt: `How the translation names ${name} (empty: as the original does). Add it to the glossary to skip this question.`,
    value: name,
  });
  return answer === undefined ? null : answer.trim() || undefined;
}
