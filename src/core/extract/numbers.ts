import { Gap, gapText, type Doc } from "./doc.ts";
import { DECIMAL_WORD, FRACTION_WORDS, NUMBER_WORDS, type NumberWord } from "./model/number-words.ts";
import { VAGUE } from "./model/quantities.ts";
import { PhraseIndex } from "./phrases.ts";
import { STOPWORDS } from "../text/model/stopwords.ts";

/**
 * Numbers at a token: digits in any script (already ASCII on the key), number words with
 * their grammar (units, teens, tens with «و», hundreds fused and split, scales with duals
 * and plurals, «فاصلة» decimals), and vague amounts (ARABIC.md §3, #11, #12, #17).
 * A number is not yet a count: counts.ts ties it to a noun or a victim verb.
 */
export interface NumberHit {
  min: number;
  max: number | null;
  /** token range [start, end) */
  start: number;
  end: number;
  /** clitic key units before the number in its first token («بخمسة») */
  cut: number;
  /** "digits", "words" or "vague" */
  form: "digits" | "words" | "vague";
}

const vague = new PhraseIndex(VAGUE.map(([p, min, max]) => [p, { min, max }] as const));

/**
 * A definite cardinal («الخمسة والعشرين ألف», «الخمسين ألف», «الستة عشر») is a number only
 * when it goes on: alone, «الاثنين», «الأحد», «الست», «الخمس» are days, a lady, a fifth.
 */
const DEFINITE = "ال";
const DEFINITE_KINDS = new Set<NumberWord["kind"]>(["unit", "ten", "hundred", "teen-ten"]);

function wordAt(doc: Doc, j: number, first: boolean, definite: boolean): { w: NumberWord; cut: number; joined: boolean; definite?: true } | undefined {
  const t = doc.tokens[j]!.normal;
  if (first) {
    for (const [form, cut] of doc.readings[j]!) {
      const w = NUMBER_WORDS.get(form);
      if (w) return { w, cut, joined: false };
    }
    for (const [form, cut] of doc.readings[j]!) {
      const w = form.startsWith(DEFINITE) ? NUMBER_WORDS.get(form.slice(DEFINITE.length)) : undefined;
      // the span starts at the number word: «للخمسة» is written without the article's alef
      if (w && DEFINITE_KINDS.has(w.kind)) return { w, cut: t.length - (form.length - DEFINITE.length), joined: false, definite: true };
    }
    return undefined;
  }
  const whole = NUMBER_WORDS.get(t);
  if (whole) return { w: whole, cut: 0, joined: false };
  const bare = t[0] === "و" ? t.slice(1) : undefined;
  // «والعشرين» goes on a definite number
  const w = bare === undefined ? undefined : (NUMBER_WORDS.get(bare) ?? (definite && bare.startsWith(DEFINITE) ? NUMBER_WORDS.get(bare.slice(DEFINITE.length)) : undefined));
  return w ? { w, cut: 1, joined: true } : undefined;
}

/** Scale word right after digits: «2.5 مليون», «3 آلاف», «(15) مليون». */
function scaleAfter(doc: Doc, j: number): number {
  const t = doc.tokens[j];
  if (!t || (doc.gaps[j - 1]! > Gap.Space && gapText(doc, j - 1).trim() !== ")")) return 0;
  const w = NUMBER_WORDS.get(t.normal);
  return w && (w.kind === "scale" || w.kind === "scale-plural") ? w.value : 0;
}

/** The largest power of 1000 dividing n: «خمسة مليون» = 5 × 10⁶ → 10⁶. */
function scaleOf(n: number): number {
  let s = 1;
  while (n % (s * 1000) === 0 && s < 1e12) s *= 1000;
  return s;
}

function parseWords(doc: Doc, i: number): NumberHit | undefined {
  let total = 0;
  let cur = 0;
  let j = i;
  let cut = 0;
  let last: NumberWord | undefined;
  let definite = false;
  for (; j < doc.tokens.length; j++) {
    if (j > i && doc.gaps[j - 1]! > Gap.Space) break;
    const hit = wordAt(doc, j, j === i, definite);
    if (!hit) break;
    const { w, joined } = hit;
    if (j === i) (cut = hit.cut), (definite = hit.definite === true);
    const afterUnit = last?.kind === "unit";
    if (j > i && !joined) {
      // without «و» only: unit + عشر (teen), unit + مئة (split hundreds), anything + scale
      const ok =
        (w.kind === "teen-ten" && afterUnit) ||
        (w.kind === "hundred" && w.value === 100 && afterUnit) ||
        w.kind === "scale" ||
        (w.kind === "scale-plural" && cur >= 3 && cur <= 10);
      if (!ok) break;
    }
    if (joined && !(w.kind === "unit" || w.kind === "ten" || w.kind === "hundred" || w.kind === "teen-ten")) break;
    if (joined && w.kind === "unit" && last?.kind === "unit") break; // «ثلاثة وخمسة» is two numbers
    if (joined && w.kind === "teen-ten" && (last?.kind === "unit" || last?.kind === "ten")) break; // «خمس وسبع وعشر سنوات» is a list: ten, not seventeen
    if (joined && w.kind === "ten" && last?.kind === "ten") break; // «بين العشرين والثلاثين» is two numbers
    if (w.kind === "unit") cur += w.value;
    else if (w.kind === "teen-ten") cur = afterUnit && !joined ? cur + 10 : cur + w.value;
    else if (w.kind === "ten") cur += w.value;
    else if (w.kind === "hundred") cur = afterUnit && !joined ? cur * 100 : cur + w.value;
    else if (w.kind === "scale") (total += (cur || 1) * w.value), (cur = 0);
    else if (w.kind === "scale-dual") {
      if (j > i) break;
      total += w.value;
    } else if (w.kind === "scale-plural") {
      if (j === i) return undefined; // alone «آلاف» is vague
      total += cur * w.value;
      cur = 0;
    }
    last = w;
  }
  if (j === i || (definite && j === i + 1)) return undefined;
  let value = total + cur;
  // «مليارا دولار»: a scale with tanween cannot govern a noun, so before one it is the dual in construct
  const head = doc.tokens[j];
  if (j === i + 1 && last?.kind === "scale" && doc.tokens[i]!.normal.endsWith("ا") && head?.kind === "word" && doc.gaps[i]! <= Gap.Space && !head.normal.startsWith("و") && !NOT_GOVERNED.has(head.normal)) value *= 2;
  // «مليون و800 ألف»: the rest below the scale, in digits, joined by «و»
  const rest = last?.kind === "scale" ? restBelow(doc, j, last.value) : undefined;
  if (rest) (value += rest.min), (j = rest.end);
  // «مليون ونصف», «واحد فاصلة خمسة»
  const next = doc.tokens[j];
  if (next && doc.gaps[j - 1]! <= Gap.Space) {
    const fraction = next.normal.startsWith("و") ? FRACTION_WORDS.get(next.normal.slice(1)) : undefined;
    if (fraction && last && last.value >= 1000) (value += Math.round(last.value * fraction)), j++;
    else if (next.normal === DECIMAL_WORD && doc.tokens[j + 1]) {
      const frac = parseWords(doc, j + 1);
      if (frac && frac.form === "words") {
        // the scale after the fraction applies to the whole: «واحد فاصلة خمسة مليون» = 1.5 million
        const fracDigits = frac.min % 1000 === 0 && frac.min >= 1000 ? frac.min / scaleOf(frac.min) : frac.min;
        value = (value + fracDigits / 10 ** String(fracDigits).length) * (frac.min === fracDigits ? 1 : scaleOf(frac.min));
        j = frac.end;
      }
    }
  }
  return { min: value, max: value, start: i, end: j, cut, form: "words" };
}

/** «35 إلى 40 شخصا», «20 - 25 مليون»: a range is one interval; a scale on the second end applies to both. */
export function parseNumber(doc: Doc, i: number): NumberHit | undefined {
  const a = parseSingle(doc, i);
  if (!a || a.form === "vague" || a.end >= doc.tokens.length) return a;
  // «1.5% إلى 1114.50 دولار» is a change and a level, not a range
  const plain = gapText(doc, a.end - 1).trim() === "";
  const link = doc.tokens[a.end]!.normal === "الي" && plain ? a.end + 1 : doc.gaps[a.end - 1] === Gap.Dash && a.form === "digits" ? a.end : -1;
  if (link < 0 || link >= doc.tokens.length || doc.gaps[link - 1]! > Gap.Dash) return a;
  const b = parseSingle(doc, link);
  if (!b || b.form !== a.form || b.cut > 0) return a;
  const scale = a.min < 1000 && b.min >= 1000 && b.end - b.start > 1 ? scaleOf(b.min) : 1;
  const lo = a.min * scale;
  return lo < b.min ? { ...a, min: lo, max: b.max, end: b.end } : a;
}

/** The digits joined by «و» after token `end - 1`, when they are below `scale`: «مليون و800 ألف», «25 ألفاً و823». */
function restBelow(doc: Doc, end: number, scale: number): NumberHit | undefined {
  const joined = doc.tokens[end + 1]?.kind === "number" && doc.tokens[end]?.normal === "و" && doc.gaps[end - 1]! <= Gap.Space && gapText(doc, end) === "";
  const rest = joined ? parseSingle(doc, end + 1) : undefined;
  return rest && rest.min < scale ? rest : undefined;
}

/** Words after «مليونا» that it does not govern: it is then one million («بلغ مليونا في العام»). */
const NOT_GOVERNED = new Set(STOPWORDS);
const THOUSANDS_DOTS = /^\d{1,3}(\.\d{3}){2,}$/;
/** «0564988992» is a phone number, «054886» thousands groups written in reverse: a leading zero makes no figure */
const LEADING_ZERO = /^0\d{3,}$/;
/**
 * «8.\u200F1»: a right-to-left mark after the point splits the number into two runs that a
 * right-to-left paragraph lays out in reverse, so the reader sees «1.8» (one outlet's
 * pages write every decimal this way: «50.\u200F1104 دولار للأوقية» is shown as 1104.50).
 */
const SPLIT_DECIMAL = /(\d+)\.\u200F(\d+)/.source;
const VISUAL_DECIMAL = new RegExp(`^${SPLIT_DECIMAL}$`, "u");
const VISUAL_DECIMALS = new RegExp(SPLIT_DECIMAL, "gu");

/** Text with such decimals written as the reader sees them («8.\u200F1» → «1.8»), for showing it without its controls. */
export const asShown = (text: string): string => text.replace(VISUAL_DECIMALS, "$2.$1");

function parseSingle(doc: Doc, i: number): NumberHit | undefined {
  const t = doc.tokens[i]!;
  if (t.kind === "number") {
    if (LEADING_ZERO.test(t.normal)) return undefined;
    // «1.900.000»: dots grouping thousands
    let value = Number(THOUSANDS_DOTS.test(t.normal) ? t.normal.replaceAll(".", "") : t.normal);
    const shown = VISUAL_DECIMAL.exec(doc.source.slice(t.start, t.end));
    if (shown) value = Number(`${shown[2]}.${shown[1]}`);
    if (!Number.isFinite(value)) return undefined;
    let end = i + 1;
    // «5ر6 ملايين» = 6.5: the older decimal mark «ر», fraction written first
    const whole = doc.tokens[i + 2];
    if (doc.tokens[i + 1]?.normal === "ر" && whole?.kind === "number" && gapText(doc, i) === "" && gapText(doc, i + 1) === "") {
      value = Number(whole.normal) + value / 10 ** t.normal.length;
      end = i + 3;
    }
    const scale = scaleAfter(doc, end);
    // «134.2 مليون» is 134,200,000, not 134,199,999.99999999
    if (scale) (value = Number((value * scale).toPrecision(15))), end++;
    // «25 ألفاً و823», «122 مليوناً و334 ألف»: the rest below the scale, joined by «و»
    const rest = scale ? restBelow(doc, end, scale) : undefined;
    if (rest) (value += rest.min), (end = rest.end);
    return { min: value, max: value, start: i, end, cut: 0, form: "digits" };
  }
  // «نصف مليون», «ربع مليون»: a fraction of a scale
  const fraction = doc.readings[i]!.find(([f]) => FRACTION_WORDS.has(f));
  const scale = fraction ? scaleAfter(doc, i + 1) : 0;
  if (fraction && scale) {
    const value = Math.round(scale * FRACTION_WORDS.get(fraction[0])!);
    return { min: value, max: value, start: i, end: i + 2, cut: fraction[1], form: "words" };
  }
  const v = vague.matchAt(doc, i);
  if (v) return { min: v.value.min, max: v.value.max, start: i, end: v.end, cut: v.cut, form: "vague" };
  return parseWords(doc, i);
}
