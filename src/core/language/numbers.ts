// Numbers as values, whichever way a language writes them: digits with any grouping (1,000 / 1 000 / 1.000),
// decimals (3.5 / 3,5), Chinese numerals (三十, 两万, 百分之五十), digits with a CJK multiplier (2万, 3.5亿,
// 2만) or a scale word (3 million, 3 Millionen), and number words of English, German, French and Spanish
// ("thirty", "drei", "vingt-cinq"). The aligner uses them as anchors; the number-mismatch check compares them.

/** A number found in text: its value and where it was written. */
export interface NumberMention {
  readonly value: number;
  readonly start: number;
  readonly end: number;
  /** Written with digits (`30`, `2万`), not in words or numerals (`thirty`, `三十`): a translation keeps digits. */
  readonly digits: boolean;
}

// The characters of a number in Chinese numerals.
const NUMERAL_CHARS = '零〇一二两三四五六七八九十百千万萬亿億';

const DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const SMALL_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const BIG_UNITS: Record<string, number> = { 万: 1e4, 萬: 1e4, 亿: 1e8, 億: 1e8, 千: 1000, 만: 1e4, 억: 1e8, 천: 1000, 백: 100 };
// From two up: "one" is mostly an article or a pronoun ("a", "ein", "un", "uno"). Words that are common words
// of another of these languages are left out (Spanish "once", Italian "sei").
const WORDS: Record<string, number> = {
  ...words('two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen'),
  ...tens('twenty thirty forty fifty sixty seventy eighty ninety'),
  ...words('zwei drei vier fünf sechs sieben acht neun zehn elf zwölf'),
  ...tens('zwanzig dreissig vierzig fünfzig sechzig siebzig achtzig neunzig'),
  dreißig: 30,
  ...words('deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize'),
  ...tens('vingt trente quarante cinquante soixante'),
  ...words('dos tres cuatro cinco seis siete ocho nueve diez'),
  ...tens('veinte treinta cuarenta cincuenta sesenta setenta ochenta noventa'),
  hundred: 100,
  hundert: 100,
  cent: 100,
  cien: 100,
};
const SCALES: Record<string, number> = {
  hundred: 100,
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
  hundert: 100,
  tausend: 1e3,
  millionen: 1e6,
  milliarde: 1e9,
  milliarden: 1e9,
  mille: 1e3,
  millions: 1e6,
  milliard: 1e9,
  milliards: 1e9,
  mil: 1e3,
  millón: 1e6,
  millones: 1e6,
};

function words(list: string, from = 2): Record<string, number> {
  return Object.fromEntries(list.split(' ').map((w, i) => [w, from + i]));
}

function tens(list: string): Record<string, number> {
  return Object.fromEntries(list.split(' ').map((w, i) => [w, 20 + 10 * i]));
}

// French from seventeen to ninety-nine where it is not "tens-unit": dix-sept, soixante-douze, quatre-vingt-dix-neuf,
// and "et un" / "et onze" (vingt et un, soixante et onze). Whole words: each is one number, not 10 then 7.
const FRENCH: Record<string, number> = frenchCompounds();

function frenchCompounds(): Record<string, number> {
  const unit = words('un deux trois quatre cinq six sept huit neuf', 1);
  const teen = words('onze douze treize quatorze quinze seize', 11);
  const out: Record<string, number> = { 'dix-sept': 17, 'dix-huit': 18, 'dix-neuf': 19 };
  for (const [ten, value] of Object.entries(tens('vingt trente quarante cinquante soixante'))) out[`${ten} et un`] = value + 1;
  // 70-79 and 90-99 count on from sixty and eighty with ten to nineteen.
  const tenToNineteen: Record<string, number> = { dix: 10, ...teen, 'dix-sept': 17, 'dix-huit': 18, 'dix-neuf': 19 };
  for (const [w, v] of Object.entries(tenToNineteen)) {
    out[`soixante-${w}`] = 60 + v;
    out[`quatre-vingt-${w}`] = 80 + v;
  }
  out['soixante et onze'] = 71;
  out['quatre-vingts'] = 80;
  out['quatre-vingt'] = 80;
  for (const [w, v] of Object.entries(unit)) out[`quatre-vingt-${w}`] = 80 + v;
  return out;
}

// "One" ends a compound ("thirty-one") though it is no number alone.
const COMPOUND_ONE: Record<string, number> = { one: 1 };
const UNITS = [...Object.keys(WORDS).filter((w) => WORDS[w] < 10), ...Object.keys(COMPOUND_ONE)];
const TENS = Object.keys(WORDS).filter((w) => WORDS[w] >= 20 && WORDS[w] < 100);
const SCALE_WORDS = Object.keys(SCALES).join('|');
// A multiplier after digits (2万, 3천): followed by anything, since a measure word or a noun usually comes next (6万件,
// 2만원). 千 of a unit of measure (千米 kilometre, 千克 kilogram) is the unit's. Korean writes 18,000 as 1만 8천.
const CJK_UNIT = '(?:[万萬亿億만억천백]|千(?![米克瓦兆卡焦]))';
const FRENCH_WORDS = Object.keys(FRENCH)
  .sort((a, b) => b.length - a.length)
  .join('|');

// Digits (grouped or not, with a decimal part) optionally followed by a multiplier; a run of Chinese numerals;
// a number word ("twenty-five", "vingt-cinq") optionally followed by a scale word.
const NUMBER = new RegExp(
  [
    String.raw`\d+(?:[,.\u00a0\u202f ']\d{3})*(?:[.,]\d+)?(?:\s?${CJK_UNIT}(?:\s?\d+\s?${CJK_UNIT})*|\s?(?:${SCALE_WORDS})(?![\p{L}]))?`,
    String.raw`(?:百分之)?[${NUMERAL_CHARS}]{1,12}`,
    String.raw`(?<![\p{L}\p{M}])(?:${FRENCH_WORDS}|(?:${TENS.join('|')})-(?:${UNITS.join('|')})|${Object.keys(WORDS).join('|')})(?:[\s-](?:${SCALE_WORDS}))?(?![\p{L}\p{M}])`,
  ].join('|'),
  'giu',
);

/** Every number written in `text`, in order. */
export function findNumbers(text: string): NumberMention[] {
  const out: NumberMention[] = [];
  for (const m of text.matchAll(NUMBER)) {
    const value = parseNumber(m[0]);
    if (value !== undefined && Number.isFinite(value))
      out.push({ value, start: m.index, end: m.index + m[0].length, digits: m[0].charCodeAt(0) <= 0x39 });
  }
  return out;
}

/** The value a number token stands for, or nothing when it is not one (a lone 一 in 一样, say). */
export function parseNumber(token: string): number | undefined {
  const c = token.charCodeAt(0);
  if (c >= 0x30 && c <= 0x39) return parseDigits(token);
  if (/^[a-z]/i.test(token)) {
    const lower = token.toLowerCase();
    const parts = lower.split(/[\s-]/);
    const last = parts[parts.length - 1];
    const scale = SCALES[last] && parts.length > 1 ? SCALES[parts.pop()!] : 1;
    // The number before the scale word, as written: a French compound is one key (quatre-vingt-dix).
    const french = FRENCH[scale === 1 ? lower : lower.slice(0, lower.length - last.length - 1)];
    if (french !== undefined) return french * scale;
    return parts.reduce((sum, w) => sum + (WORDS[w] ?? COMPOUND_ONE[w]), 0) * scale;
  }
  return parseChinese(token.startsWith('百分之') ? token.slice(3) : token);
}

// A token of digits and its multiplier or scale word, if any (compiled once: every number in a pair is parsed).
const DIGITS_TOKEN = new RegExp(String.raw`^([\d,.\u00a0\u202f ']+?)\s?([万萬亿億千만억천백]|${SCALE_WORDS})?$`, 'iu');

function parseDigits(token: string): number | undefined {
  // 1만 8천, 1万8千: each group's digits times its multiplier.
  const groups = [...token.matchAll(/([\d,.\u00a0\u202f ']+?)\s?([万萬亿億千만억천백])/gu)];
  if (groups.length > 1) return groups.reduce((sum, g) => sum + (parseDigits(g[0]) ?? NaN), 0);
  const m = DIGITS_TOKEN.exec(token);
  if (!m) return undefined;
  let digits = m[1];
  // A separator before exactly three final digits groups thousands; any other separator is a decimal point.
  const last = /[,.](\d+)$/.exec(digits);
  let decimals = '';
  if (last && last[1].length !== 3) {
    decimals = '.' + last[1];
    digits = digits.slice(0, last.index);
  }
  const value = Number(digits.replace(/[^\d]/g, '') + decimals);
  const unit = m[2]?.toLowerCase();
  return value * (unit ? (BIG_UNITS[unit] ?? SCALES[unit]) : 1);
}

// 三十五 = 35, 两万三千 = 23000, 一百零五 = 105, 二〇一九 = 2019 (digit by digit when no unit is written).
function parseChinese(token: string): number | undefined {
  if (!/[十百千万萬亿億]/.test(token)) {
    // A lone 一 is mostly "a" (一个, 一样) and a lone 零 "zero" in words: neither anchors anything.
    if (token.length < 2) return token === '零' || token === '〇' || token === '一' ? undefined : DIGITS[token];
    return Number([...token].map((ch) => DIGITS[ch]).join(''));
  }
  let total = 0;
  let section = 0;
  let digit = 0;
  for (const ch of token) {
    if (ch in DIGITS) digit = DIGITS[ch];
    else if (ch in SMALL_UNITS) {
      section += (digit || 1) * SMALL_UNITS[ch];
      digit = 0;
    } else {
      total = (total + section + digit) * BIG_UNITS[ch];
      section = 0;
      digit = 0;
    }
  }
  return total + section + digit;
}

const NUMERALS = '零一二三四五六七八九';
const SECTION_UNITS = ['千', '百', '十', ''];

/**
 * A whole number from 1 to 99,999,999 in Chinese numerals, as a translation writes it (四十, 一百零五, 两万 as 二万):
 * undefined for other values, which are written with digits.
 */
export function chineseNumeral(value: number): string | undefined {
  if (!Number.isInteger(value) || value < 1 || value >= 1e8) return undefined;
  const high = Math.floor(value / 1e4);
  const low = value % 1e4;
  let out = high ? section(high) + '万' + (low && low < 1000 ? '零' : '') : '';
  if (low) out += section(low);
  // Ten to nineteen start with 十, not 一十; inside a number the 一 stays (一百一十).
  return out.startsWith('一十') ? out.slice(1) : out;
}

// 1 to 9999 with 千百十, one 零 for each run of zeros between digits.
function section(x: number): string {
  const digits = String(x).padStart(4, '0');
  let out = '';
  let zero = false;
  for (let k = 0; k < 4; k++) {
    const d = Number(digits[k]);
    if (d) {
      out += (zero ? '零' : '') + NUMERALS[d] + SECTION_UNITS[k];
      zero = false;
    } else if (out) zero = true;
  }
  return out;
}

/** Whether a number found in text (`findNumbers`) is written in Chinese numerals (四十, 百分之五十), not digits or words. */
export function inChineseNumerals(token: string): boolean {
  return NUMERAL_CHARS.includes(token[0] ?? '') || token.startsWith('百分之');
}

// Chinese numerals said loosely: after 数 几 上 成 好 近 ("several", "some", "up to", "nearly"), or a unit alone (千 in
// 成千上万, 十 in 十分 "very").
const LOOSE_BEFORE = /[数几上成好近]$/u;
const LONE_UNIT = /^[十百千万萬亿億]$/u;

/** Whether number `n` found in `text` is a round quantity said loosely (数千 "several thousand", 几十, 十分), no number to keep. */
export function saidLoosely(text: string, n: NumberMention): boolean {
  return !n.digits && (LOOSE_BEFORE.test(text.slice(Math.max(0, n.start - 2), n.start)) || LONE_UNIT.test(text.slice(n.start, n.end)));
}
