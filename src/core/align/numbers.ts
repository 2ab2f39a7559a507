// Numbers as values, whichever way a language writes them: digits with any grouping (1,000 / 1 000 / 1.000),
// decimals (3.5 / 3,5), Chinese numerals (三十, 两万, 百分之五十), digits with a CJK multiplier (2万, 3.5亿,
// 2만) and English number words ("thirty", "two thousand"). The aligner uses them as anchors; a translation
// check compares them.

/** A number found in text: its value and where it was written. */
export interface NumberMention {
  readonly value: number;
  readonly start: number;
  readonly end: number;
}

const DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const SMALL_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const BIG_UNITS: Record<string, number> = { 万: 1e4, 萬: 1e4, 亿: 1e8, 億: 1e8, 만: 1e4, 억: 1e8, 천: 1000, 백: 100 };
const WORDS: Record<string, number> = {
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  hundred: 100,
};
const SCALES: Record<string, number> = { hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9 };

// Digits (grouped or not, with a decimal part) optionally followed by a multiplier; a run of Chinese numerals;
// an English number word optionally followed by a scale word.
const NUMBER = new RegExp(
  [
    String.raw`\d+(?:[,.\u00a0\u202f ']\d{3})*(?:[.,]\d+)?(?:\s?(?:[万萬亿億만억천백]|thousand|million|billion)(?![\p{L}]))?`,
    String.raw`(?:百分之)?[零〇一二两三四五六七八九十百千万萬亿億]{1,12}`,
    String.raw`\b(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-(?:two|three|four|five|six|seven|eight|nine)|${Object.keys(WORDS).join('|')})(?:[\s-](?:${Object.keys(SCALES).join('|')}))?\b`,
  ].join('|'),
  'giu',
);

/** Every number written in `text`, in order. */
export function findNumbers(text: string): NumberMention[] {
  const out: NumberMention[] = [];
  for (const m of text.matchAll(NUMBER)) {
    const value = parseNumber(m[0]);
    if (value !== undefined && Number.isFinite(value)) out.push({ value, start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** The value a number token stands for, or nothing when it is not one (a lone 一 in 一样, say). */
export function parseNumber(token: string): number | undefined {
  const c = token.charCodeAt(0);
  if (c >= 0x30 && c <= 0x39) return parseDigits(token);
  if (/^[a-z]/i.test(token)) {
    const parts = token.toLowerCase().split(/[\s-]/);
    const scale = SCALES[parts[parts.length - 1]] && parts.length > 1 ? SCALES[parts.pop()!] : 1;
    return parts.reduce((sum, w) => sum + WORDS[w], 0) * scale;
  }
  return parseChinese(token.startsWith('百分之') ? token.slice(3) : token);
}

function parseDigits(token: string): number | undefined {
  const m = /^([\d,.\u00a0\u202f ']+?)\s?([万萬亿億만억천백]|thousand|million|billion)?$/i.exec(token);
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
