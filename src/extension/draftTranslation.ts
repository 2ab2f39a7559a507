import * as vscode from 'vscode';
import type { TermHint } from '../core/translate/hints';
import { languageName } from '../core/base';

/** What became of a draft: its text, or why there is none. */
export type Draft = { readonly text: string } | { readonly none: 'no-model' | 'cancelled' | 'empty' };

/**
 * A draft translation of one sentence from a language model that VS Code offers through `vscode.lm` (a chat
 * extension the user installed and signed in to), told the glossary's terms. Nothing is sent anywhere without such
 * a model: Interlinear makes no network calls of its own.
 */
export async function draftTranslation(
  sentence: string,
  from: string,
  into: string,
  terms: readonly TermHint[],
  token: vscode.CancellationToken,
): Promise<Draft> {
  const [model] = await vscode.lm.selectChatModels();
  if (!model) return { none: 'no-model' };
  const glossary = terms.length
    ? `\nUse these translations of terms: ${terms.map((t) => `"${t.term}" → "${t.translation}"`).join('; ')}.`
    : '';
  const prompt =
    `Translate this sentence of a ${languageName(from)} interview transcript into ${languageName(into)}. ` +
    `Answer with the translation only, on one line, keeping names, numbers, URLs and code as they are.${glossary}\n\n${sentence}`;
  try {
    const response = await model.sendRequest([vscode.LanguageModelChatMessage.User(prompt)], {}, token);
    let text = '';
    for await (const part of response.text) text += part;
    text = text.trim().split('\n')[0].trim();
    return text ? { text } : { none: 'empty' };
  } catch (error) {
    if (token.isCancellationRequested) return { none: 'cancelled' };
    throw error;
  }
}
