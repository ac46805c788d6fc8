// A firehose-like sequence of Bluesky events, deterministic for a seed. The model:
// - Accounts: a pool whose rank 0 is the most popular; who gets liked, reposted, followed, quoted and replied to
//   is Zipf-distributed over popularity (s = 1.1), so interactions concentrate on a few accounts and their posts.
//   Posting activity is Zipf too (s = 0.8, popular accounts post more); liking activity is flatter (s = 0.6) and
//   peaks at the other end of the pool (the heaviest likers are rarely the most followed).
// - Posts liked or reposted are the target account's recent posts in this run when it has any, else one of its
//   older posts (a stable URI and CID per account and age rank), or a post from the last few thousand in the run.
// - time_us advances by exponential gaps at the simulated firehose rate; 1.5% of events are out of order by up to
//   3 s and 0.1% late by 1-15 minutes. createdAt trails time_us by ~0.3 s (log-normal); 1% are skewed by a minute to
//   6 hours either way, 0.1% by up to 3 years back (imports) or 2 days ahead (bad clocks).
import {
  BSKY_EVENT_TYPES,
  type BskyEventBase,
  type BskyEvents,
  type BskyEventType,
  type BskyPost,
  type Embed,
  type StrongRef,
} from "@sluice/lake/bsky";
import { cid, plcDid, postUri, tid } from "./bsky-ids.ts";
import { Random, Weighted, Zipf } from "./bsky-random.ts";
import { MAX_GRAPHEMES, plainText, postText, randomHandle, randomUrl, TEXT_LANGUAGES } from "./bsky-text.ts";

/** The event mix, percent. Close to the real firehose: likes ≫ posts > follows ≈ reposts > blocks. */
export const EVENT_MIX: Record<BskyEventType, number> = {
  "bsky.like": 55,
  "bsky.post": 15,
  "bsky.repost": 12,
  "bsky.follow": 15,
  "bsky.block": 3,
};

/** Post languages as clients tag them: the primary language of a post, weighted. */
const LANGS = new Weighted<string>([
  ["en", 45],
  ["ja", 22],
  ["pt", 9],
  ["de", 5],
  ["es", 5],
  ["ko", 3],
  ["fr", 3],
  ["zh", 1],
  ["it", 1],
  ["nl", 1],
  ["tr", 0.5],
  ["pl", 0.5],
]);

/** Images per post (up to 4): mostly one. */
const IMAGE_COUNTS = new Weighted<number>([
  [1, 62],
  [2, 15],
  [3, 7],
  [4, 16],
]);

/** Target text length in graphemes: most posts short, some at the limit. */
function targetLength(random: Random): number {
  const bucket = random.next();
  if (bucket < 0.45) return Math.max(1, Math.round(random.logNormal(22, 0.7)));
  if (bucket < 0.82) return random.between(50, 200);
  if (bucket < 0.94) return random.between(200, 289);
  return random.between(290, MAX_GRAPHEMES);
}

interface PostRef extends StrongRef {
  /** The thread's root when the post is a reply. */
  root?: StrongRef;
}

export interface GeneratedEvent {
  type: BskyEventType;
  event: BskyEvents[BskyEventType];
}

export interface ModelOptions {
  seed: string;
  /** time_us of the first event, µs since the epoch. */
  startUs: number;
  /** Simulated firehose rate: mean gap between events is 1e6 / rate µs. */
  eventsPerSecond: number;
  accounts: number;
}

const RECENT_POSTS = 4096;
const POSTS_PER_AUTHOR = 3;
const MINUTE_US = 60e6;
const HOUR_US = 60 * MINUTE_US;
const DAY_US = 24 * HOUR_US;

export class BskyModel {
  readonly #random: Random;
  readonly #seed: string;
  readonly #accounts: number;
  readonly #types = new Weighted(BSKY_EVENT_TYPES.map((type) => [type, EVENT_MIX[type]] as const));
  readonly #popular: Zipf;
  readonly #posting: Zipf;
  readonly #liking: Zipf;
  readonly #dids: (string | undefined)[];
  readonly #handles = new Map<number, string>();
  readonly #authorPosts = new Map<number, PostRef[]>();
  readonly #recent: PostRef[] = [];
  #recentNext = 0;
  #clockUs: number;
  readonly #meanGapUs: number;

  constructor(options: ModelOptions) {
    this.#seed = options.seed;
    this.#random = new Random(`${options.seed}/events`);
    this.#accounts = options.accounts;
    this.#popular = new Zipf(options.accounts, 1.1);
    this.#posting = new Zipf(options.accounts, 0.8);
    this.#liking = new Zipf(options.accounts, 0.6);
    this.#dids = new Array(options.accounts);
    this.#clockUs = options.startUs;
    this.#meanGapUs = 1e6 / options.eventsPerSecond;
  }

  next(): GeneratedEvent {
    const type = this.#types.pick(this.#random);
    this.#clockUs += Math.max(1, Math.round(this.#random.exponential(this.#meanGapUs)));
    switch (type) {
      case "bsky.post":
        return { type, event: this.#post() };
      case "bsky.like":
      case "bsky.repost":
        return {
          type,
          event: { ...this.#base(this.#liker()), subject: this.#targetPost(type === "bsky.repost") },
        };
      case "bsky.follow":
      case "bsky.block":
        return { type, event: this.#graph(type) };
    }
  }

  /** The DID of account `index` (rank 0 = most popular); 0.2% are did:web. */
  did(index: number): string {
    let did = this.#dids[index];
    if (did === undefined) {
      const random = new Random(`${this.#seed}/did/${index}`);
      did = random.chance(0.002)
        ? `did:web:${randomHandle(random).replace(/\.bsky\.social$/, ".dev")}`
        : plcDid(random);
      this.#dids[index] = did;
    }
    return did;
  }

  #handle(index: number): string {
    let handle = this.#handles.get(index);
    if (handle === undefined) {
      handle = randomHandle(new Random(`${this.#seed}/handle/${index}`));
      if (this.#handles.size < 100_000) this.#handles.set(index, handle);
    }
    return handle;
  }

  #liker(): number {
    return this.#accounts - 1 - this.#liking.sample(this.#random);
  }

  #base(author: number): BskyEventBase {
    const random = this.#random;
    let timeUs = this.#clockUs;
    const order = random.next();
    if (order < 0.001) timeUs -= random.between(60, 900) * 1_000_000;
    else if (order < 0.016) timeUs -= random.between(50_000, 3_000_000);
    let createdUs = timeUs - Math.round(random.logNormal(300_000, 1));
    const skew = random.next();
    if (skew < 0.0005) createdUs -= random.between(30, 3 * 365) * DAY_US;
    else if (skew < 0.001) createdUs += random.between(1, 2 * 24) * HOUR_US;
    else if (skew < 0.011) createdUs += (random.chance(0.5) ? 1 : -1) * random.between(1, 360) * MINUTE_US;
    return {
      did: this.did(author),
      // The PDS makes the TID when it writes the record, shortly before the relay emits it.
      rkey: tid(timeUs - random.between(1_000, 200_000), random.int(1024)),
      cid: cid(random),
      time_us: timeUs,
      createdAt: new Date(Math.floor(createdUs / 1000)).toISOString(),
    };
  }

  /** A post by `author`: one it made in this run, or an older one (stable URI and CID per age rank). */
  #postOf(author: number, preferRecent: boolean): PostRef {
    const recent = this.#authorPosts.get(author);
    if (recent && recent.length > 0 && (preferRecent || this.#random.chance(0.7))) {
      return this.#random.pick(recent);
    }
    const age = this.#random.geometric(0.35);
    const random = new Random(`${this.#seed}/old/${author}/${age}`);
    const createdUs = this.#clockUs - (age + 1) * random.between(1, 72) * HOUR_US;
    return { uri: postUri(this.did(author), tid(createdUs, random.int(1024))), cid: cid(random) };
  }

  /** What a like or repost points at: concentrated on popular accounts' posts. */
  #targetPost(repost: boolean): StrongRef {
    const useRecent = this.#recent.length > 0 && this.#random.chance(repost ? 0.2 : 0.35);
    const ref = useRecent
      ? this.#recentPost()
      : this.#postOf(this.#popular.sample(this.#random), this.#random.chance(0.5));
    return { uri: ref.uri, cid: ref.cid };
  }

  /** One of the last posts of the run, the newest more likely. */
  #recentPost(): PostRef {
    const n = this.#recent.length;
    const back = Math.min(n - 1, Math.floor(this.#random.exponential(n / 6)));
    const index = (this.#recentNext - 1 - back + 2 * n) % n;
    return this.#recent[index] as PostRef;
  }

  #remember(author: number, ref: PostRef): void {
    const posts = this.#authorPosts.get(author) ?? [];
    posts.push(ref);
    if (posts.length > POSTS_PER_AUTHOR) posts.shift();
    this.#authorPosts.set(author, posts);
    if (this.#recent.length < RECENT_POSTS) this.#recent.push(ref);
    else this.#recent[this.#recentNext % RECENT_POSTS] = ref;
    this.#recentNext = (this.#recentNext + 1) % RECENT_POSTS;
  }

  #graph(type: "bsky.follow" | "bsky.block") {
    const random = this.#random;
    const author = random.chance(0.5) ? this.#liker() : random.int(this.#accounts);
    let subject = type === "bsky.follow" ? this.#popular.sample(random) : this.#popular.sample(random) * 3;
    subject %= this.#accounts;
    if (subject === author) subject = (subject + 1) % this.#accounts;
    return { ...this.#base(author), subject: this.did(subject) };
  }

  #langs(): string[] {
    const random = this.#random;
    const shape = random.next();
    if (shape < 0.06) return [];
    const first = LANGS.pick(random);
    if (shape < 0.94) return [first];
    const second = LANGS.pick(random);
    const langs = second === first ? [first, first === "en" ? "ja" : "en"] : [first, second];
    if (shape > 0.995) langs.push(first === "es" || second === "es" ? "pt" : "es");
    return langs;
  }

  #embed(lang: string, textEmpty: boolean): Embed | undefined {
    const random = this.#random;
    const roll = random.next();
    const alt = () => (random.chance(0.45) ? "" : plainText(random, lang, random.between(8, 140)));
    if (textEmpty || roll < 0.25) {
      if (textEmpty && random.chance(0.15)) return { kind: "video", alts: [alt()] };
      const count = IMAGE_COUNTS.pick(random);
      return { kind: "images", alts: Array.from({ length: count }, alt) };
    }
    if (roll < 0.33)
      return {
        kind: "external",
        uri: randomUrl(random),
        title: plainText(random, lang, random.between(15, 90)),
      };
    if (roll < 0.39) return { kind: "record", uri: this.#postOf(this.#popular.sample(random), false).uri };
    if (roll < 0.41) return { kind: "video", alts: [alt()] };
    return undefined;
  }

  #post(): BskyPost {
    const random = this.#random;
    const author = this.#posting.sample(random);
    const base = this.#base(author);
    const langs = this.#langs();
    const textLang =
      langs[0] && TEXT_LANGUAGES.includes(langs[0]) ? langs[0] : random.chance(0.7) ? "en" : "ja";
    const empty = random.chance(0.07);
    const mentions = random.chance(0.1)
      ? Array.from({ length: random.chance(0.8) ? 1 : random.between(2, 3) }, () => {
          const index = this.#popular.sample(random);
          return { handle: this.#handle(index), did: this.did(index) };
        })
      : [];
    const { text, facets } = empty
      ? { text: "", facets: [] }
      : postText(random, textLang, targetLength(random), {
          mentions,
          link: random.chance(0.1),
          tags: random.chance(0.08) ? random.between(1, 3) : 0,
          emoji: random.chance(0.35),
        });
    const post: BskyPost = { ...base, text, langs };
    if (random.chance(0.3)) {
      const parent =
        this.#recent.length > 0 && random.chance(0.5)
          ? this.#recentPost()
          : this.#postOf(this.#popular.sample(random), true);
      const parentRef = { uri: parent.uri, cid: parent.cid };
      post.reply = { root: parent.root ?? parentRef, parent: parentRef };
    }
    if (facets.length > 0) post.facets = facets;
    const embed = this.#embed(textLang, text === "");
    if (embed) post.embed = embed;
    const ref: PostRef = { uri: postUri(base.did, base.rkey), cid: base.cid };
    if (post.reply) ref.root = post.reply.root;
    this.#remember(author, ref);
    return post;
  }
}
