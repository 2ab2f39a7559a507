// The most frequent function words of the Latin-script languages the checks meet most: cheap evidence of
// which language a span is in, used to pick the few spans worth a statistical language identification.

const WORDS: Record<string, string> = {
  en: `the an and or but is are was were be been being of to in on at for with from by it its this that these those
    we you he she they not no do does did have has had will would can could should there what which who how when if
    so as about my your our their his her me us them all just very than then into out up i'm it's don't that's`,
  de: `der die das den dem des ein eine einen einem einer und oder aber ist sind war waren nicht kein keine ich du er
    sie es wir ihr mit auf für von zu zum zur im auch noch nur schon sehr wie was wenn dass weil wird werden haben
    hat hatte bei nach über aus sich man mein dein unser doch ja nein danke bitte heute immer hier dann diese dieser
    dieses kann können muss gibt nichts etwas damit vielen gut viel mehr jetzt gerade eigentlich wirklich genau
    natürlich vielleicht dabei dafür darum deshalb`,
  fr: `le la les un une des du de et ou mais est sont était être avoir ai pas ne je tu il elle nous vous ils elles on
    ce cette ces c'est qu'il que qui quoi dans pour avec sur par au aux très plus moins aussi bien mon ma mes ton ta
    son sa ses notre votre leur leurs oui non merci d'un d'une j'ai n'est en comme tout tous fait peut faut faire
    avait été peu rien jamais toujours encore déjà alors donc parce quand où même chez sans sous entre depuis
    pendant avant après ici là`,
  es: `el la los las un una unos unas o pero es son era está están estar ser no yo tú él ella nosotros ellos ellas
    usted que qué quien de del al en con por para sobre muy más también mi tu su sus nuestro lo le les se me te nos
    este esta estos estas eso esto hay tiene tienen hace como cuando donde sí gracias bien todo todos vamos ver
    pues entonces ahora siempre nunca nada algo porque aunque desde hasta entre sin tan bueno aquí ya fue ha han
    hemos había`,
  it: `il lo la gli le un uno una ma è sono era essere non io tu lui lei noi voi loro che chi di del della dei delle
    in con per su da al alla molto più anche mio mia suo sua questo questa quello come quando dove sì grazie tutto
    ci si ne ho ha hanno bene così ancora sempre mai niente qualcosa perché però quindi allora adesso già fatto
    stato siamo abbiamo`,
  pt: `o os as um uma ou mas é são era estar está ser não eu tu ele ela nós eles elas você que de do da dos das em no
    na nos nas com por para muito mais também meu minha seu sua este esta isso isto como quando onde sim obrigado
    obrigada tudo se lhe vamos ver então agora sempre nunca nada algo porque ainda já foi tem temos estamos aqui
    bem só`,
  nl: `de het een en of maar is zijn was waren niet geen ik jij je hij zij ze wij we jullie die dat deze dit van in op
    met voor naar bij uit aan om ook nog al wel heel zeer mijn jouw ons onze hun wat wie hoe wanneer waar als dan
    er heeft hebben wordt worden kan kunnen moet ja nee dank bedankt weet goed veel nu toen altijd nooit niets
    iets omdat gewoon eigenlijk echt toch daar zou zal heb`,
};

/** The languages whose function words are known, as BCP 47 tags. */
export const FUNCTION_WORD_LANGUAGES: readonly string[] = Object.keys(WORDS);

interface Tables {
  readonly sets: ReadonlyMap<string, ReadonlySet<string>>;
  /** Each word with one bit per language it is a function word of, so one lookup answers for all of them. */
  readonly masks: ReadonlyMap<string, number>;
  /** Everyday English words spelled like another language's function word: in English text they are no evidence. */
  readonly englishHomographs: ReadonlySet<string>;
}

let tables: Tables | undefined;

// Built on first use: the parser loads this module (for the language guess) at activation, before any
// document needs a function word.
function getTables(): Tables {
  if (tables) return tables;
  const sets = new Map(Object.entries(WORDS).map(([lang, words]) => [lang, new Set(words.split(/\s+/).filter((w) => w.length > 1))]));
  const masks = new Map<string, number>();
  FUNCTION_WORD_LANGUAGES.forEach((lang, bit) => {
    for (const w of sets.get(lang)!) masks.set(w, (masks.get(w) ?? 0) | (1 << bit));
  });
  const englishHomographs = new Set(
    `die war hat man bin also will see plus son ton par ma me pas come once sea more dank era solo su lo le mi
    te se de la el ha nada even mal gut ben tan sin algo ya encore déjà pendant sans sous met van op hoe et al per`.split(/\s+/),
  );
  return (tables = { sets, masks, englishHomographs });
}

/** Whether `word` (lower-cased, apostrophes as `'`) is a function word of `lang`. */
export function isFunctionWord(word: string, lang: string): boolean {
  return getTables().sets.get(lang)?.has(word) ?? false;
}

/**
 * The languages `word` (lower-cased) is a function word of, as a bit set: bit i stands for
 * `FUNCTION_WORD_LANGUAGES[i]`; 0 when it is none's.
 */
export function functionWordLanguages(word: string): number {
  return getTables().masks.get(word) ?? 0;
}

/**
 * The function words of each language that cannot also be read as a word of `home`: in a `home`-language
 * document, such a word is evidence of another language. Single letters never count (too ambiguous).
 */
export function foreignMarkers(home: string): Map<string, string> {
  const { sets, englishHomographs } = getTables();
  const homeSet = sets.get(home) ?? new Set<string>();
  const out = new Map<string, string>();
  for (const [lang, set] of sets) {
    if (lang === home) continue;
    for (const w of set) {
      if (homeSet.has(w) || (home === 'en' && englishHomographs.has(w))) continue;
      // A word shared by two foreign languages is still foreign; the first language listed names it.
      if (!out.has(w)) out.set(w, lang);
    }
  }
  return out;
}
