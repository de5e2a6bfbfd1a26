import type { BoardKind } from "@/generated/prisma/enums";
import { DEMO_ACCOUNTS, studentsFor } from "./accounts";
import {
  ADMIN_POSTS,
  DEMO_POSTS,
  FILLER_COMMENTS,
  FILLER_REPLIES,
  FRIEND_POSTS,
  POST_TEMPLATES,
  type CommentTemplate,
  type PostTemplate,
} from "./posts";
import { createRng, type Rng } from "./random";
import type { SeedSchool } from "./schools";

// Turns the post templates into a concrete plan for one school: who wrote what, when, who
// commented, liked and scrapped. Pure (no database), users referred to by email.

export type CommentPlan = {
  authorEmail: string;
  content: string;
  isAnonymous: boolean;
  createdAt: Date;
  deletedAt: Date | null;
  replies: Omit<CommentPlan, "replies">[];
};

export type PostPlan = {
  board: BoardKind;
  authorEmail: string;
  title: string;
  content: string;
  isAnonymous: boolean;
  createdAt: Date;
  comments: CommentPlan[];
  likes: { email: string; createdAt: Date }[];
  scraps: { email: string; createdAt: Date }[];
};

/** How many of the shared templates (besides every HOT/BEST one) each school gets. */
const POSTS_FROM_POOL = 36;
const MINUTE = 60_000;
const TWO_WEEKS_MINUTES = 14 * 24 * 60;

// The chance that a post on a board (SECRET aside) is anonymous.
const ANONYMOUS_SHARE: Record<BoardKind, number> = {
  FREE: 0.4,
  SECRET: 1,
  GRADUATE: 0.2,
  FRESHMAN: 0.3,
  ISSUE: 0.5,
  MARKET: 0.1,
  INFO: 0.1,
  PROMO: 0,
  CLUB: 0,
  USER: 0.5,
};

const fill = (text: string, school: SeedSchool) =>
  text.replaceAll("{school}", school.name).replaceAll("{short}", school.short);

/** A time between `from` and `to`, at fraction `f` of the way, plus `bumpMs` so siblings never share a timestamp. */
function between(from: Date, to: Date, f: number, bumpMs: number) {
  return new Date(
    Math.min(to.getTime() - 1000, from.getTime() + (to.getTime() - from.getTime()) * f) + bumpMs,
  );
}

function defaultLikes(rng: Rng) {
  const r = rng.next();
  if (r < 0.35) return rng.int(0, 2);
  if (r < 0.8) return rng.int(3, 6);
  return rng.int(7, 9);
}

function defaultScraps(rng: Rng, board: BoardKind) {
  if (board === "INFO" || board === "MARKET") return rng.int(0, 3);
  return rng.chance(0.3) ? 1 : 0;
}

export function communityPlanFor(school: SeedSchool, now: Date): PostPlan[] {
  const rng = createRng(`${school.key}:community`);
  const demoAccounts = DEMO_ACCOUNTS.filter((a) => a.school === school.name);
  const byPrefix = (prefix: string) =>
    demoAccounts.find((a) => a.email.startsWith(`${prefix}@`))?.email;
  const demo = byPrefix("demo");
  const friend = byPrefix("friend");
  const admin = byPrefix("admin");
  const students = studentsFor(school).map((s) => s.email);
  const writers = students.slice(0, 12);
  const commenters = [
    ...students.slice(0, 30),
    ...(demo ? [demo] : []),
    ...(friend ? [friend] : []),
  ];
  const everyone = [...demoAccounts.map((a) => a.email), ...students];

  // Every HOT/BEST template, then a sample of the rest, in pool order.
  const featured = POST_TEMPLATES.filter((t) => (t.likes ?? 0) >= 10);
  const others = rng.sample(
    POST_TEMPLATES.filter((t) => (t.likes ?? 0) < 10),
    POSTS_FROM_POOL - featured.length,
  );
  const chosen = POST_TEMPLATES.filter((t) => featured.includes(t) || others.includes(t)).map(
    (t) => ({ template: t, author: rng.pick(writers) }),
  );
  if (demo) chosen.push(...DEMO_POSTS.map((t) => ({ template: t, author: demo })));
  if (friend) chosen.push(...FRIEND_POSTS.map((t) => ({ template: t, author: friend })));
  if (admin) chosen.push(...ADMIN_POSTS.map((t) => ({ template: t, author: admin })));

  // Distinct ages over the last two weeks, youngest at least 15 minutes old.
  const ages = rng.sample(
    Array.from({ length: TWO_WEEKS_MINUTES / 5 }, (_, i) => 15 + i * 5),
    chosen.length,
  );

  const plans = chosen.map(({ template, author }, index): PostPlan => {
    const createdAt = new Date(now.getTime() - ages[index] * MINUTE - (index % 60) * 1000);
    const isAnonymous =
      template.board === "SECRET" ||
      (template.anonymous ?? rng.chance(ANONYMOUS_SHARE[template.board]));
    return {
      board: template.board,
      authorEmail: author,
      title: fill(template.title, school),
      content: fill(template.content, school),
      isAnonymous,
      createdAt,
      comments: planComments(rng, template, {
        author,
        isAnonymous,
        createdAt,
        now,
        commenters,
        school,
      }),
      likes: pickUsers(rng, everyone, author, template.likes ?? defaultLikes(rng), createdAt, now),
      scraps: pickUsers(
        rng,
        everyone,
        author,
        template.scraps ?? defaultScraps(rng, template.board),
        createdAt,
        now,
      ),
    };
  });

  if (demo) {
    // The demo account has commented on and scrapped a few posts by others.
    const othersPosts = plans.filter((p) => p.authorEmail !== demo);
    for (const post of othersPosts.filter((p) => p.board !== "MARKET").slice(0, 4)) {
      const said = new Set(post.comments.map((c) => c.content));
      const unsaid = FILLER_COMMENTS[post.board].filter((t) => !said.has(t));
      post.comments.push({
        authorEmail: demo,
        content: unsaid.length ? rng.pick(unsaid) : "저도 같은 생각이에요",
        isAnonymous: post.board === "SECRET",
        createdAt: between(post.createdAt, now, 0.95, 0),
        deletedAt: null,
        replies: [],
      });
    }
    for (const post of othersPosts
      .filter((p) => p.board === "INFO" || p.board === "GRADUATE")
      .slice(0, 3)) {
      if (!post.scraps.some((s) => s.email === demo))
        post.scraps.push({ email: demo, createdAt: between(post.createdAt, now, 0.5, 0) });
    }
  }

  return plans.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
}

function pickUsers(
  rng: Rng,
  everyone: string[],
  author: string,
  count: number,
  from: Date,
  now: Date,
) {
  const pool = everyone.filter((e) => e !== author);
  return rng
    .sample(pool, count)
    .map((email, i) => ({ email, createdAt: between(from, now, rng.next(), i) }))
    .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
}

type CommentContext = {
  author: string;
  isAnonymous: boolean;
  createdAt: Date;
  now: Date;
  commenters: string[];
  school: SeedSchool;
};

function planComments(rng: Rng, template: PostTemplate, ctx: CommentContext): CommentPlan[] {
  const board = template.board;
  const written = template.comments ?? [];
  const writtenCount = written.reduce((n, c) => n + 1 + (c.replies?.length ?? 0), 0);
  const target = Math.max(writtenCount, rng.chance(0.15) ? 0 : rng.int(1, 8));
  const top: CommentTemplate[] = [...written];
  let total = writtenCount;
  const fillers = rng.shuffle(
    FILLER_COMMENTS[board].filter((t) => !written.some((w) => w.text === t)),
  );
  while (total < target && fillers.length > 0) {
    const text = fillers.pop()!;
    const replies: CommentTemplate[] =
      total + 1 < target && rng.chance(0.25) ? [{ text: rng.pick(FILLER_REPLIES) }] : [];
    top.push({ text, replies });
    total += 1 + replies.length;
  }

  const who = (c: CommentTemplate) => {
    if (c.by === "author")
      return { authorEmail: ctx.author, isAnonymous: board === "SECRET" || ctx.isAnonymous };
    const authorEmail = rng.pick(ctx.commenters.filter((e) => e !== ctx.author));
    const isAnonymous = board === "SECRET" || rng.chance(ctx.isAnonymous ? 0.7 : 0.3);
    return { authorEmail, isAnonymous };
  };

  // Spread over the time since the post, oldest first.
  const fractions = top.map(() => rng.next() * 0.8).sort((a, b) => a - b);
  return top.map((c, i): CommentPlan => {
    const createdAt = between(ctx.createdAt, ctx.now, fractions[i], i * 1000);
    const replies = (c.replies ?? []).map((r, j) => ({
      ...who(r),
      content: fill(r.text, ctx.school),
      createdAt: between(createdAt, ctx.now, 0.1 + 0.1 * j, 500 + j * 1000),
      deletedAt: null,
    }));
    return {
      ...who(c),
      content: fill(c.text, ctx.school),
      createdAt,
      deletedAt: c.deleted ? between(createdAt, ctx.now, 0.5, 0) : null,
      replies,
    };
  });
}
