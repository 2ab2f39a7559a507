// Which language a Latin-script personal name looks like, from spelling cues alone (two words are far
// too short for a language detector). Used as evidence only: a recogniser that mishears a name tends
// to produce a plausible name of another language than the talk's.
import { RecentCache } from '../text/recentCache';

// Orthographic cues per language: letters, digraphs and name endings typical of it.
const CUES: Record<string, readonly RegExp[]> = {
  fr: [
    /^\p{Lu}\p{Ll}+-\p{Lu}\p{Ll}+\s/u,
    /[éèêëçâîïôûœ]/u,
    /(?:eau|eaux|ault|ier|ière|ois|oise|our|oux|ette)(?:\s|$)/u,
    /(?:^|\s)(?:le|du|de la)\s/u,
  ],
  de: [/[äöüß]/u, /sch/u, /(?:mann|stein|berg|burg|feld|hardt|haus|meier|mayer)(?:\s|$)/u, /tz/u],
  es: [/[ñáíóú]/u, /(?:ez|ía|ado|edo)(?:\s|$)/u, /(?:^|\s)(?:del|de los)\s/u],
  it: [
    /(?:otto|etti|etto|ini|ino|elli|ello|ucci|accio|one)(?:\s|$)/u,
    /[àèìòù]/u,
    /(?:zz|cch|gli)/u,
    /(?:ll|tt|cc|pp|nn|rr|ss)\p{L}*[aeio](?:\s|$)/u,
  ],
  nl: [/ij/u, /(?:aa|oo|uu)/u, /(?:^|\s)(?:van|de|der)\s/u],
  pl: [/(?:ski|ska|cki|wicz)(?:\s|$)/u, /[łśźżćń]/u, /(?:sz|cz|rz)/u],
  pt: [/[ãõ]/u, /(?:eira|inho|inha|ão)(?:\s|$)/u],
  en: [/(?:son|ton|ley|ford|wood|worth|ham|field)(?:\s|$)/u, /th/u, /w[aeio]/u],
};

const hints = new RecentCache(1024, (name) => guessFromCues(name));

/** The language a Latin name's spelling points to (two or more cues, more than any other language), if any. */
export function nameLanguageHint(name: string): string | undefined {
  return hints.get(name);
}

// The languages with their cues, listed once rather than on every guess.
const CUE_LIST = Object.entries(CUES);
// Any cue read in lower case (all but French's first, which needs a hyphen): most names hold none, and then no
// language scores.
const ANY_LOWER_CUE = new RegExp(
  CUE_LIST.flatMap(([lang, cues]) => cues.filter((_, i) => !(lang === 'fr' && i === 0)).map((c) => `(?:${c.source})`)).join('|'),
  'u',
);

function guessFromCues(name: string): string | undefined {
  const lower = name.toLowerCase();
  if (!name.includes('-') && !ANY_LOWER_CUE.test(lower)) return undefined;
  const cased = name;
  let best: string | undefined;
  let bestScore = 0;
  let tie = false;
  for (const [lang, cues] of CUE_LIST) {
    let score = 0;
    for (let i = 0; i < cues.length; i++) if (cues[i].test(lang === 'fr' && i === 0 ? cased : lower)) score++;
    if (score > bestScore) [best, bestScore, tie] = [lang, score, false];
    else if (score === bestScore) tie = true;
  }
  return bestScore >= 2 && !tie ? best : undefined;
}
