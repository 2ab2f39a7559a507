// Words of web-page chrome — menus, login, sharing, comments, tags, footers — in the languages the
// documents come in. Generic vocabulary of site interfaces, not any one site's labels.
import { classSource, LATIN, markUnits } from '../../text/scripts';

const TERMS: Record<string, string> = {
  en: `menu|main menu|home|homepage|search|login|log in|logout|log out|sign in|sign up|sign out|register|subscribe|
    newsletter|share|share this|tweet|like|likes|follow|followers|comments|comment|reply|leave a comment|
    add comment|post comment|tags|tag|tagged|categories|category|archive|archives|related|related posts|
    related articles|recommended|popular|trending|recently viewed|recent posts|read more|continue reading|next|
    previous|prev|back to top|skip to content|skip to main content|skip navigation|navigation|breadcrumb|
    advertisement|sponsored|cookies|accept|privacy|privacy policy|terms|terms of use|terms of service|copyright|
    all rights reserved|contact|contact us|about us|faq|help|download|downloads|print|email|rss|views|min read|
    cart|account|my account|sitemap|powered by|more|toggle navigation|close|upload`,
  de: `menü|startseite|suche|anmelden|abmelden|registrieren|teilen|kommentare|kommentar|antworten|schlagwörter|
    kategorien|kategorie|ähnliche artikel|weiterlesen|zurück|weiter|nach oben|impressum|datenschutz|kontakt|
    werbung|abonnieren`,
  fr: `accueil|rechercher|recherche|connexion|se connecter|inscription|s'inscrire|partager|commentaires|
    répondre|étiquettes|catégories|catégorie|articles similaires|lire la suite|suivant|précédent|retour en haut|
    mentions légales|confidentialité|publicité|s'abonner`,
  es: `inicio|menú|buscar|búsqueda|iniciar sesión|registrarse|compartir|comentarios|comentario|responder|
    etiquetas|categorías|categoría|artículos relacionados|leer más|siguiente|anterior|volver arriba|
    aviso legal|privacidad|contacto|publicidad|suscribirse`,
  zh: `首页|主页|菜单|导航|搜索|登录|登陆|注册|退出|分享|分享到|转发|收藏|点赞|评论|发表评论|回复|标签|分类|栏目|归档|
    相关文章|相关阅读|推荐阅读|热门|热门文章|最新文章|阅读更多|阅读全文|阅读量|浏览|浏览量|上一篇|下一篇|返回顶部|关注|
    订阅|版权|版权所有|隐私|联系我们|关于我们|广告|下载|打印|微信|微博|扫码|二维码|查看更多|加载更多|网站地图|友情链接|
    免责声明|投稿|跳到主要内容`,
  ko: `메뉴|홈|검색|로그인|로그아웃|회원가입|공유|공유하기|댓글|답글|좋아요|구독|태그|카테고리|
    목록|이전글|다음글|맨 위로|관련 기사|관련글|추천|인기|최근 본|조회|조회수|공지사항|고객센터|이용약관|
    개인정보처리방침|저작권|광고|더보기|전체보기|사이트맵|장바구니|마이페이지`,
  ja: `メニュー|ホーム|検索|ログイン|ログアウト|会員登録|新規登録|シェア|共有|ツイート|いいね|コメント|返信|タグ|カテゴリ|
    カテゴリー|関連記事|おすすめ|人気|前へ|次へ|前の記事|次の記事|トップへ|ページトップ|購読|フォロー|著作権|
    プライバシー|利用規約|お問い合わせ|広告|ダウンロード|もっと見る|サイトマップ`,
};

const ALL = [
  ...new Set(
    Object.values(TERMS).flatMap((t) =>
      t
        .split('|')
        .map((w) => w.trim())
        .filter(Boolean),
    ),
  ),
];
// Longest first, so "댓글 입력" wins over "댓글"; Latin terms need word boundaries, CJK ones cannot have them.
const LATIN_ONLY = new RegExp(`^[${classSource(LATIN)}' ]+$`);
const latin = ALL.filter((w) => LATIN_ONLY.test(w)).sort((a, b) => b.length - a.length);
const cjk = ALL.filter((w) => !LATIN_ONLY.test(w)).sort((a, b) => b.length - a.length);
// A Latin term stands as a whole word: no Latin letter or digit on either side.
const WORD_CHAR = `${classSource(LATIN)}0-9`;
const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
const LATIN_TERM = new RegExp(`(?<![${WORD_CHAR}])(?:${latin.map(escape).join('|')})(?![${WORD_CHAR}])`, 'gi');
const CJK_TERM = new RegExp(cjk.map(escape).join('|'), 'g');
// The first word of every Latin term: a line none of whose words is one cannot match LATIN_TERM, which,
// a long alternation tried at every word, costs far more than looking its words up. A word here is a
// maximal run of the class LATIN_TERM's lookarounds use, so a match's first word is always one.
const LATIN_WORD = new RegExp(`[${WORD_CHAR}]+`, 'g');
const FIRST_WORDS = new Set(latin.map((w) => w.match(LATIN_WORD)![0]));
// The same class as a table of code units (the Latin class has no supplementary letters), and what an ASCII word
// must have to be a first word once lower-cased: its length and its first letter, which lower-casing keeps in
// place. A line's words are looked up without a string made for each (a long document has a million lines).
const IN_WORD = new Uint8Array(0x10000);
markUnits(IN_WORD, LATIN, 1);
IN_WORD.fill(1, 0x30, 0x3a);
const FIRST_LENGTHS = new Set([...FIRST_WORDS].map((w) => w.length));
const FIRST_UNITS = new Set([...FIRST_WORDS].map((w) => w.charCodeAt(0)));

// The same for CJK_TERM, by the first two code units of each term (the first alone when the term has one
// or a space follows it): a table says which characters open a term, and only those look up the pair.
const OPENS_TERM = new Uint8Array(0x10000);
const OPENING_PAIRS = new Set<number>();
for (const w of cjk) {
  const single = w.length === 1 || w[1] === ' ';
  OPENS_TERM[w.charCodeAt(0)] |= single ? 2 : 1;
  if (!single) OPENING_PAIRS.add(w.charCodeAt(0) * 0x10000 + w.charCodeAt(1));
}

function mayHaveCjkTerm(line: string): boolean {
  for (let i = 0; i < line.length; i++) {
    const opens = OPENS_TERM[line.charCodeAt(i)];
    if (opens === 0) continue;
    if (opens & 2 || OPENING_PAIRS.has(line.charCodeAt(i) * 0x10000 + line.charCodeAt(i + 1))) return true;
  }
  return false;
}

function mayHaveLatinTerm(line: string): boolean {
  for (let i = 0; i < line.length;) {
    if (!IN_WORD[line.charCodeAt(i)]) {
      i++;
      continue;
    }
    let e = i;
    let ascii = true;
    for (; e < line.length && IN_WORD[line.charCodeAt(e)]; e++) ascii &&= line.charCodeAt(e) < 0x80;
    const first = line.charCodeAt(i);
    const maybe = !ascii || (FIRST_LENGTHS.has(e - i) && FIRST_UNITS.has(first >= 65 && first <= 90 ? first + 32 : first));
    if (maybe && FIRST_WORDS.has(line.slice(i, e).toLowerCase())) return true;
    i = e;
  }
  return false;
}

const KEY = new RegExp(`^\\s*(?:${[...latin, ...cjk].map(escape).join('|')})\\s*[:：]`, 'i');

/** How much of a line is interface vocabulary. */
export interface VocabularyMatch {
  /** Number of interface terms found. */
  readonly hits: number;
  /** Share of the line's letters that belong to interface terms, 0..1. */
  readonly coverage: number;
  /** Whether the line opens with an interface term and a colon, as in `Tags: …` or `태그 :`. */
  readonly key: boolean;
}

// Whether each BMP code unit is a letter or a digit (`[\p{L}\p{N}]`): 1 yes, 2 no, 0 not yet asked. Filled
// on demand, so counting a line's letters builds no array of its characters and loads no table up front.
const LETTER_OR_DIGIT = new Uint8Array(0x10000);
const ONE_LETTER = /^[\p{L}\p{N}]$/u;

// Letters and digits in `s`, counted by code point as `s.match(/[\p{L}\p{N}]/gu)` counts them.
function letters(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) {
      if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57)) n++;
    } else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      if (ONE_LETTER.test(s.slice(i, i + 2))) n++;
      i++;
    } else {
      let known = LETTER_OR_DIGIT[c];
      if (known === 0) LETTER_OR_DIGIT[c] = known = ONE_LETTER.test(String.fromCharCode(c)) ? 1 : 2;
      if (known === 1) n++;
    }
  }
  return n;
}

/** A line without interface terms. */
export const NO_VOCABULARY: VocabularyMatch = Object.freeze({ hits: 0, coverage: 0, key: false });

/** Finds the interface vocabulary (menu, login, share, comments, tags, … in seven languages) of a short line. */
export function matchVocabulary(line: string): VocabularyMatch {
  let hits = 0;
  let covered = 0;
  for (const re of [LATIN_TERM, CJK_TERM]) {
    if (re === LATIN_TERM ? !mayHaveLatinTerm(line) : !/[^\u0000-\u024f]/.test(line) || !mayHaveCjkTerm(line)) continue;
    // An exec loop on the shared expression: `matchAll` copies the expression on every call, which cost more
    // than the matching on the short lines this reads.
    re.lastIndex = 0;
    for (let m = re.exec(line); m; m = re.exec(line)) {
      hits++;
      covered += letters(m[0]);
    }
  }
  // Every term has letters, so a line without hits needs no count of its own: most lines have none, and share one answer.
  if (hits === 0) return NO_VOCABULARY;
  return { hits, coverage: covered / letters(line), key: KEY.test(line) };
}
