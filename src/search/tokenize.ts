// The one search tokenizer, shared by the indexer (Node) and the search page (browser): text →
// folded words, CJK runs → character bigrams. ES2020 only, no Node APIs, so a query always
// produces the same terms as the indexed text did.

/** One word of a text: its folded term and where it sits in the original string (UTF-16 offsets). */
export interface WordSpan {
  readonly term: string;
  readonly start: number;
  readonly end: number;
  /** True for a run of CJK characters (its terms are bigrams, see `cjkTerms`). */
  readonly cjk: boolean;
}

// Letters that NFKD does not decompose but a reader treats as a plain Latin letter (and unidecode agrees).
const FOLD: Readonly<Record<string, string>> = {
  ß: "ss", æ: "ae", ø: "o", œ: "oe", đ: "d", ð: "d", ħ: "h", ı: "i", ł: "l", þ: "th", ŧ: "t", ŀ: "l", ĸ: "k", ŋ: "n",
};

// Han, kana, Hangul and their compatibility and half-width forms: written without spaces between words.
const CJK = /[\u1100-\u11ff\u2e80-\u2fdf\u3040-\u30ff\u3100-\u312f\u3130-\u318f\u31a0-\u31ff\u3400-\u4dbf\u4e00-\u9fff\ua960-\ua97f\uac00-\ud7ff\uf900-\ufaff\uff66-\uff9f]/;
const ASCII = /^[\x00-\x7f]*$/;
const ASCII_WORD = /[a-z0-9]+/g;
const PIECE = /[^\x00-\x2f\x3a-\x40\x5b-\x60\x7b-\x7f]+/g;
const MARKS = /\p{M}/gu;
const WORD_CHAR = /^[\p{L}\p{N}]+$/u;

// Folds one code point: NFKD without combining marks, lower case, FOLD. CJK is left to NFKC, so
// kana keep their (han)dakuten and Hangul syllables stay whole.
function foldChar(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code < 0x80) return code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : ch;
  let folded = FOLDED.get(ch);
  if (folded === undefined) FOLDED.set(ch, (folded = foldNonAscii(ch)));
  return folded;
}

// Each non-ASCII character folded once (a cache of a pure function, at most one entry per code
// point): indexing the snapshot folds the same accented letters and CJK characters over and over.
const FOLDED = new Map<string, string>();

function foldNonAscii(ch: string): string {
  // CJK runs are normalised (NFKC) whole when they end: a half-width kana and its sound mark are two characters.
  if (CJK.test(ch)) return ch;
  const lower = ch.normalize("NFKD").replace(MARKS, "").toLowerCase();
  let out = "";
  for (const c of lower) out += FOLD[c] ?? c;
  return out;
}

function isWordPart(folded: string): boolean {
  if (folded.length === 1) {
    const code = folded.charCodeAt(0);
    if (code < 0x80) return (code >= 97 && code <= 122) || (code >= 48 && code <= 57);
  }
  return folded !== "" && WORD_CHAR.test(folded);
}

/** The words of a text with their positions: letters and digits, folded; CJK runs are one span each. */
export function wordSpans(text: string): WordSpan[] {
  const spans: WordSpan[] = [];
  let term = "";
  let start = 0;
  let cjk = false;
  const flush = (end: number): void => {
    if (term !== "") spans.push({ term: cjk ? term.normalize("NFKC") : term, start, end, cjk });
    term = "";
  };
  for (let i = 0; i < text.length; ) {
    const cp = text.codePointAt(i) ?? 0;
    const ch = String.fromCodePoint(cp);
    const next = i + ch.length;
    const folded = foldChar(ch);
    const charCjk = CJK.test(folded);
    if (!charCjk && !isWordPart(folded)) flush(i);
    else {
      if (term !== "" && charCjk !== cjk) flush(i);
      if (term === "") {
        start = i;
        cjk = charCjk;
      }
      term += folded;
    }
    i = next;
  }
  flush(text.length);
  return spans;
}

/** Terms of a CJK run: its character bigrams ("機械学習" → 機械, 械学, 学習); a single character stays whole. */
export function cjkTerms(run: string): string[] {
  const chars = Array.from(run);
  if (chars.length < 2) return chars;
  const terms: string[] = [];
  for (let i = 0; i + 1 < chars.length; i++) terms.push(`${chars[i] ?? ""}${chars[i + 1] ?? ""}`);
  return terms;
}

/** Every term of a text, in order (repeats kept): words, and CJK bigrams. */
export function tokenize(text: string): string[] {
  // Most text is ASCII: the same words as wordSpans gives, without folding one character at a time.
  if (ASCII.test(text)) return text.toLowerCase().match(ASCII_WORD) ?? [];
  const terms: string[] = [];
  // ASCII punctuation and spaces always end a word: only the pieces between them with a non-ASCII
  // character need folding one character at a time.
  for (const piece of text.match(PIECE) ?? []) {
    if (ASCII.test(piece)) {
      for (const t of piece.toLowerCase().match(ASCII_WORD) ?? []) terms.push(t);
      continue;
    }
    terms.push(...pieceTerms(piece));
  }
  return terms;
}

/** The terms of a piece of text with a non-ASCII character and no ASCII punctuation or space: its folded words, and CJK bigrams. */
export function pieceTerms(piece: string): string[] {
  const terms: string[] = [];
  for (const span of wordSpans(piece)) {
    if (span.cjk) terms.push(...cjkTerms(span.term));
    else terms.push(span.term);
  }
  return terms;
}

/** True when a text has letters outside Latin (Cyrillic, Greek, CJK…): the indexer then adds its transliteration. */
export function needsTransliteration(text: string): boolean {
  // Latin letters with diacritics (up to U+024F, and U+1E00–U+1EFF) fold to ASCII by themselves.
  return /[\u0250-\u1dff\u1f00-\uffff]/.test(text) && /[^\p{Script=Latin}\p{N}\p{P}\p{S}\p{Z}\p{M}\p{Cc}]/u.test(text);
}
