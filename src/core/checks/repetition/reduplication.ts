// Repeats that languages make on purpose: reduplicated words ("bye bye", "다시 다시"), doubled function
// words that grammar allows ("had had", "die die", "nous nous"), Chinese AA/ABAB forms (看看, 研究研究,
// 一步一步) and Japanese mimetics. The repetition check consults these before calling a repeat a mistake.
import { isUnitIn, KANA, LATIN } from '../../text/scripts';

// Latin-script words whose doubling is grammatical, emphatic or conventional in some language.
const REPEATABLE_WORDS = new Set(
  `had that is do bye ha haha he hee ho ah oh uh no yeah yes yep very really so blah bla knock tut chop now there
   well win hip la na boo go dum pom bang ping woo yo hey hi tsk mm hmm mhm many much long far more
   right okay ok sure alright exactly true wow
   die der das den dem des sie ja nein sehr
   nous vous si non oui bon très
   sí muy
   sì molto
   да нет очень`.split(/\s+/u),
);

// Hangul words doubled for emphasis or agreement.
const REPEATABLE_HANGUL = new Set([
  '네',
  '예',
  '응',
  '자',
  '정말',
  '아주',
  '너무',
  '빨리',
  '천천히',
  '하나',
  '어서',
  '또',
  '잘',
  '더',
  '얼른',
]);

// Function words that are still a stutter when both copies are capitalised ("The The", "We We").
const CAPITALISED_STUTTERS = new Set(
  `the a an and but so or we i you he she it they this that there what in on to of is are was
   der die das und wir ich es le la les et nous je el los las y yo`.split(/\s+/u),
);

/** Whether a single word doubled ("had had", "bye bye", "Bora Bora") may be meant; `first`/`second` as written. */
export function repeatableWord(first: string, second: string): boolean {
  const lower = first.toLowerCase();
  if (REPEATABLE_WORDS.has(lower) || REPEATABLE_HANGUL.has(first)) return true;
  if (/^\p{N}+$/u.test(first)) return true; // numbers: "1 1" is a score, a version, a list
  if (first.length === 1 && !/^[aiAI]$/u.test(first) && isUnitIn(first.charCodeAt(0), LATIN)) return true; // variables, list letters
  // Two capitalised copies look like a place or a name (Bora Bora, Walla Walla), unless a function word.
  return isCapitalised(first) && isCapitalised(second) && first.length >= 3 && !CAPITALISED_STUTTERS.has(lower);
}

// Coordinating conjunctions: "more often and more often and more often" is emphasis by coordination.
const COORDINATORS = new Set('and or nor und oder et ou y o e ou и или 그리고 또는'.split(' '));

/**
 * Whether a phrase of several words said twice is meant: a coordination ("time and time and…") or a name
 * or title written twice ("New York, New York").
 */
export function repeatablePhrase(first: readonly string[], second: readonly string[]): boolean {
  const edge = (w: string | undefined) => w !== undefined && COORDINATORS.has(w.toLowerCase());
  if (edge(first[0]) || edge(first[first.length - 1])) return true;
  return first.every(isCapitalised) && second.every(isCapitalised);
}

function isCapitalised(word: string): boolean {
  return /^\p{Lu}/u.test(word) && word !== word.toUpperCase();
}

// Single characters whose doubling is a stutter, with the neighbours that make the double grammatical after all:
// 目的+的, 真的+的话, 其他+他们, 成就+就是.
const STUTTER_CHARS: Record<string, { readonly before?: string; readonly after?: string }> = {
  的: { before: '目有别似是真端标', after: '确话士' },
  我: { before: '自' },
  你: { before: '迷' },
  他: { before: '其吉' },
  她: {},
  它: { before: '其' },
  们: {},
  这: {},
  那: { before: '刹' },
  就: { before: '成造将迁' },
  也: {},
};

// Two-character verbs and adjectives that reduplicate as ABAB ("let's discuss it a bit", "snow-white"), set
// phrases said twice on purpose, and adverbs doubled for emphasis (非常非常, 真的真的: "very, very").
const ABAB = new Set(
  `研究 讨论 考虑 休息 学习 商量 介绍 了解 认识 活动 锻炼 打扫 收拾 整理 检查 准备 尝试 体验 交流 沟通 思考 琢磨
   打听 比划 溜达 暖和 凉快 高兴 热闹 放松 练习 试验 体会 感受 享受 分析 总结 比较 调查 观察 参观 欣赏 庆祝 打扮
   安慰 鼓励 帮助 照顾 关心 清理 修理 雪白 通红 冰凉 笔直 漆黑 碧绿 火热 滚烫 乌黑 什么 怎么 这样 那样 如此 哪里
   好的 是的 对的 没错 谢谢 早安 晚安 你好 您好 再见 拜拜 没事 不是 不用 可以 当然 确实 辛苦 欢迎
   非常 真的 很多 特别 好多 一直 超级 真是`.split(/\s+/u),
);

const isKana = (c: number) => isUnitIn(c, KANA);

/**
 * Whether `copies` back-to-back copies of `text.slice(start, start + length)`, inside the run of Han/kana
 * characters `[runStart, runEnd)`, form a legitimate word rather than a stutter.
 */
export function legitimateCjkRepeat(
  text: string,
  runStart: number,
  runEnd: number,
  start: number,
  length: number,
  copies: number,
): boolean {
  const at = (i: number) => (i >= runStart && i < runEnd ? text[i] : '');
  const unit = text.slice(start, start + length);
  const before = at(start - 1);
  const after = at(start + copies * length);
  if (length === 1) {
    const rule = STUTTER_CHARS[unit];
    if (!rule) return true; // 看看, 人人, 常常: AA reduplication is the norm
    if ((before && rule.before?.includes(before)) || (after && rule.after?.includes(after))) return true;
    // One half of an AABB form (是是非非, 干干净净).
    return (after !== '' && after === at(start + copies + 1)) || (before !== '' && before === at(start - 2));
  }
  // Japanese reduplicated mimetics and set phrases (いろいろ, どきどき, それはそれは) are up to three kana long.
  for (let i = 0; i < unit.length; i++) if (isKana(unit.charCodeAt(i))) return unit.length < 4;
  if (length === 2) return ABAB.has(unit) || unit[0] === '一'; // 一步一步, 一个一个: one by one
  return false;
}
