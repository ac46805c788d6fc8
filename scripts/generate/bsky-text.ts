// Post texts: words of the post's language, emoji (single code points, skin tones, ZWJ sequences, flags),
// mentions, links and hashtags, up to Bluesky's limits of 300 graphemes and 3000 UTF-8 bytes. Facets carry UTF-8
// byte ranges into the text, as the firehose does.
import type { Facet } from "@sluice/lake/bsky";
import type { Random } from "./bsky-random.ts";

export const MAX_GRAPHEMES = 300;
export const MAX_TEXT_BYTES = 3000;

interface Language {
  words: readonly string[];
  /** Between words: a space, or nothing for Japanese and Chinese. */
  space: string;
  endings: readonly string[];
  tags: readonly string[];
}

const LANGUAGES: Record<string, Language> = {
  en: {
    words:
      "the a and to of I you it is this that for on my just so what like was not have with be are but me really today people think good time love new one all about get your can when out how more now day great some still know going make because thread art post game week first year".split(
        " ",
      ),
    space: " ",
    endings: [".", "!", "?", "...", " lol", ""],
    tags: ["art", "photography", "bookSky", "gamedev", "science", "politics", "caturday", "music", "AI"],
  },
  ja: {
    words:
      "今日 は とても いい 天気 です ね 仕事 終わった 疲れた けど 楽しかった ありがとう ございます 絵 を 描きました 猫 かわいい 明日 も 頑張る 新しい ゲーム 始めた ちょっと 眠い 本当 に 嬉しい です 電車 遅れ た ラーメン 食べ たい".split(
        " ",
      ),
    space: "",
    endings: ["。", "！", "？", "…", "ｗ", ""],
    tags: ["絵描きさんと繋がりたい", "イラスト", "今日の一枚", "猫", "ブルスカ"],
  },
  pt: {
    words:
      "eu você não que de a o é um uma muito bom dia hoje gente isso tudo mais mas com para por aqui agora ainda amigo saudade obrigado trabalho casa futebol música nunca sempre".split(
        " ",
      ),
    space: " ",
    endings: [".", "!", "?", " kkkkk", "...", ""],
    tags: ["arte", "futebol", "música", "brasil", "livros"],
  },
  de: {
    words:
      "ich du nicht das ist und die der ein eine heute wirklich gut schön Woche Arbeit Zeit noch mal schon immer Wetter Kaffee Zug Verspätung über für Straße Grüße".split(
        " ",
      ),
    space: " ",
    endings: [".", "!", "?", "...", ""],
    tags: ["kunst", "fotografie", "bahn", "politik", "hörspiel"],
  },
  es: {
    words:
      "yo tú no que de la el es un una muy buen día hoy gente esto todo más pero con para aquí ahora todavía gracias trabajo casa fútbol música nunca siempre año".split(
        " ",
      ),
    space: " ",
    endings: [".", "!", "?", "...", " jajaja", ""],
    tags: ["arte", "fútbol", "música", "libros", "méxico"],
  },
  ko: {
    words:
      "오늘 날씨 정말 좋다 너무 피곤해 그래도 재밌었어 감사합니다 그림 그렸어요 고양이 귀여워 내일 도 화이팅 새로운 게임 시작 했어 조금 졸려 진짜 기뻐요".split(
        " ",
      ),
    space: " ",
    endings: [".", "!", "?", "ㅋㅋㅋ", "ㅠㅠ", ""],
    tags: ["그림", "일상", "고양이", "음악"],
  },
  fr: {
    words:
      "je tu ne pas que de la le est un une très bon jour aujourd'hui gens ça tout plus mais avec pour ici maintenant encore merci travail maison café déjà été".split(
        " ",
      ),
    space: " ",
    endings: [".", " !", " ?", "...", ""],
    tags: ["art", "photographie", "café", "politique"],
  },
  zh: {
    words:
      "今天 天气 很 好 我 们 的 工作 结束 了 有点 累 但是 很 开心 谢谢 大家 新 游戏 猫 可爱 明天 加油".split(
        " ",
      ),
    space: "",
    endings: ["。", "！", "？", "…", ""],
    tags: ["插画", "日常", "猫"],
  },
};

/** Languages with text models; a post tagged with another (or none) gets English or Japanese text. */
export const TEXT_LANGUAGES = Object.keys(LANGUAGES);

const EMOJI = [
  "😂",
  "❤️",
  "✨",
  "🔥",
  "🥺",
  "😭",
  "🙏",
  "👍🏽",
  "👋🏻",
  "🎉",
  "☀️",
  "🌸",
  "🐱",
  "💙",
  "🦋",
  "👩‍💻",
  "🏳️‍🌈",
  "👨‍👩‍👧",
  "🇯🇵",
  "🇧🇷",
  "🇩🇪",
  "😅",
  "🤔",
  "💀",
];

const HANDLE_WORDS =
  "sky blue cat fox moon sun rain pixel luna nova byte echo river maple kumo hana sora".split(" ");
const DOMAINS = [
  "www.youtube.com",
  "youtu.be",
  "bsky.app",
  "github.com",
  "www.nytimes.com",
  "www.theguardian.com",
  "en.wikipedia.org",
  "www3.nhk.or.jp",
  "g1.globo.com",
  "www.spiegel.de",
  "elpais.com",
  "www.chosun.com",
  "example.substack.com",
  "www.lemonde.fr",
];
const SLUG_WORDS = "news article 2025 story video watch update report the-best how-to review live".split(" ");

const segmenter = new Intl.Segmenter("und", { granularity: "grapheme" });
const graphemeCache = new Map<string, number>();

/** Grapheme count, cached for the vocabulary's tokens (they repeat). */
export function graphemes(text: string): number {
  const cached = graphemeCache.get(text);
  if (cached !== undefined) return cached;
  let count = 0;
  for (const _ of segmenter.segment(text)) count += 1;
  if (graphemeCache.size < 10_000) graphemeCache.set(text, count);
  return count;
}

/** A text under construction: appends tokens while they fit, tracking graphemes and UTF-8 bytes. */
class TextBuilder {
  text = "";
  bytes = 0;
  graphemes = 0;
  facets: Facet[] = [];
  /** After a mention or tag, text without spaces (Japanese) still needs one, or the tag would run on. */
  #afterFacet = false;

  /** Appends `separator` + `token` if both fit; for a facet, the range covers `token` only. */
  append(separator: string, token: string, facet?: Omit<Facet, "byteStart" | "byteEnd">): boolean {
    const sep = this.text === "" ? "" : separator === "" && this.#afterFacet ? " " : separator;
    const tokenBytes = Buffer.byteLength(token);
    const sepBytes = Buffer.byteLength(sep);
    const addedGraphemes = graphemes(sep) + graphemes(token);
    if (this.graphemes + addedGraphemes > MAX_GRAPHEMES) return false;
    if (this.bytes + sepBytes + tokenBytes > MAX_TEXT_BYTES) return false;
    if (facet) {
      const byteStart = this.bytes + sepBytes;
      this.facets.push({ ...facet, byteStart, byteEnd: byteStart + tokenBytes });
    }
    this.text += sep + token;
    this.bytes += sepBytes + tokenBytes;
    this.graphemes += addedGraphemes;
    this.#afterFacet = facet !== undefined;
    return true;
  }
}

export interface TextFeatures {
  /** Handles and DIDs to mention. */
  mentions: { handle: string; did: string }[];
  link: boolean;
  tags: number;
  emoji: boolean;
}

export interface PostText {
  text: string;
  facets: Facet[];
}

/** A URL as a link facet's value. */
export function randomUrl(random: Random): string {
  const domain = random.pick(DOMAINS);
  if (domain === "youtu.be") return `https://youtu.be/${random.uint32().toString(36)}${random.int(1000)}`;
  const path = Array.from({ length: random.between(1, 3) }, () => random.pick(SLUG_WORDS)).join("/");
  const query = random.chance(0.2) ? `?utm_source=bsky&id=${random.int(100000)}` : "";
  return `https://${domain}/${path}-${random.int(100000)}${query}`;
}

/** How Bluesky clients show a long link: without the scheme, cut after about 25 characters. */
function displayUrl(url: string): string {
  const bare = url.replace(/^https:\/\//, "");
  return bare.length > 28 ? `${bare.slice(0, 25)}...` : bare;
}

export function randomHandle(random: Random): string {
  const name = `${random.pick(HANDLE_WORDS)}${random.pick(HANDLE_WORDS)}${random.chance(0.5) ? random.int(1000) : ""}`;
  return random.chance(0.08) ? `${name}.com` : `${name}.bsky.social`;
}

/** A text of about `targetGraphemes` in `lang`, with the facets asked for (those that fit). */
export function postText(
  random: Random,
  lang: string,
  targetGraphemes: number,
  features: TextFeatures,
): PostText {
  const language = LANGUAGES[lang] ?? (LANGUAGES.en as Language);
  const builder = new TextBuilder();
  const pending: (() => boolean)[] = [];
  for (const { handle, did } of features.mentions) {
    pending.push(() => builder.append(" ", `@${handle}`, { kind: "mention", value: did }));
  }
  for (let i = 0; i < features.tags; i++) {
    const tag = random.pick(language.tags);
    pending.push(() => builder.append(" ", `#${tag}`, { kind: "tag", value: tag }));
  }
  // Mentions usually open a post, tags and links usually close it.
  const leading = features.mentions.length > 0 && random.chance(0.7) ? features.mentions.length : 0;
  for (let i = 0; i < leading; i++) pending.shift()?.();
  let sentenceWords = random.between(3, 12);
  while (builder.graphemes < targetGraphemes) {
    let token = random.pick(language.words);
    sentenceWords -= 1;
    if (sentenceWords === 0) {
      token += random.pick(language.endings);
      sentenceWords = random.between(3, 12);
    }
    if (!builder.append(language.space, token)) break;
    if (features.emoji && random.chance(0.08))
      builder.append(random.chance(0.5) ? " " : "", random.pick(EMOJI));
    if (pending.length > 0 && random.chance(0.03)) pending.shift()?.();
  }
  if (features.link) {
    const url = randomUrl(random);
    const shown = random.chance(0.6) ? displayUrl(url) : url;
    builder.append(builder.text === "" ? "" : random.chance(0.5) ? "\n\n" : " ", shown, {
      kind: "link",
      value: url,
    });
  }
  for (const add of pending) add();
  return { text: builder.text, facets: builder.facets };
}

/** An alt text or a link title: words only, no facets. */
export function plainText(random: Random, lang: string, targetGraphemes: number): string {
  return postText(random, lang, targetGraphemes, { mentions: [], link: false, tags: 0, emoji: false }).text;
}
