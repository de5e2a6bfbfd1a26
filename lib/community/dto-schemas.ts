import { z } from "zod";
import { idOut, isoDateTime, pageSchema } from "@/lib/http/page-schema";

// Response shapes of the community API as zod schemas: the OpenAPI document (lib/openapi) is
// generated from them and lib/openapi/dto-checks.ts holds them equal to the services' TS types
// (post-dto.ts, comments.ts, likes.ts, scraps.ts, boards.ts), so a field added to a DTO fails
// typecheck until it is described here.

export const BOARD_KINDS = [
  "FREE",
  "SECRET",
  "GRADUATE",
  "FRESHMAN",
  "ISSUE",
  "MARKET",
  "INFO",
  "PROMO",
  "CLUB",
  "USER",
] as const;

export const boardDtoSchema = z
  .object({
    id: idOut(),
    name: z.string(),
    description: z.string(),
    kind: z.enum(BOARD_KINDS).meta({
      description:
        "`USER`: a board a student made (게시판 만들기); the others are the school's own.",
    }),
    anonymousOnly: z.boolean().meta({
      description:
        "Posts and comments here are always anonymous (비밀게시판, or a student's board made so).",
    }),
    isFavorite: z.boolean().meta({ description: "The caller starred it (즐겨찾기)." }),
    manager: z
      .object({ nickname: z.string() })
      .nullable()
      .meta({ description: "Who manages a student's board; null on the school's own boards." }),
    createdAt: isoDateTime(),
  })
  .meta({ id: "Board" });

export const boardPageSchema = pageSchema(boardDtoSchema).meta({ id: "BoardPage" });

export const favoriteStateSchema = z
  .object({ favorite: z.boolean() })
  .meta({ id: "FavoriteState" });

const userAuthorSchema = z.object({
  id: idOut(),
  nickname: z.string(),
  profileImageUrl: z.string().nullable(),
});

export const postAuthorSchema = z
  .union([userAuthorSchema, z.object({ name: z.literal("익명") })])
  .meta({
    id: "PostAuthor",
    description: 'The author, or `{ name: "익명" }` for an anonymous post (never more).',
  });

export const postBoardRefSchema = z.object({ id: idOut(), name: z.string() });

export const postPhotoSchema = z
  .object({
    id: idOut(),
    url: z.string(),
    thumbnailUrl: z.string(),
    width: z.number().int(),
    height: z.number().int(),
  })
  .meta({ id: "Photo" });

export const postDetailSchema = z
  .object({
    id: idOut(),
    board: postBoardRefSchema,
    title: z.string(),
    content: z.string(),
    isAnonymous: z.boolean(),
    author: postAuthorSchema,
    photos: z.array(postPhotoSchema),
    likeCount: z.number().int(),
    scrapCount: z.number().int(),
    commentCount: z.number().int(),
    likedByMe: z.boolean(),
    scrappedByMe: z.boolean(),
    isMine: z.boolean(),
    createdAt: isoDateTime(),
    updatedAt: isoDateTime(),
    hidden: z
      .boolean()
      .optional()
      .meta({ description: "Hidden by reports (only its author and admins get it at all)." }),
  })
  .meta({ id: "Post" });

export const postListItemSchema = z
  .object({
    id: idOut(),
    board: postBoardRefSchema,
    title: z.string(),
    excerpt: z.string(),
    isAnonymous: z.boolean(),
    author: postAuthorSchema,
    likeCount: z.number().int(),
    commentCount: z.number().int(),
    scrapCount: z.number().int(),
    hasPhoto: z.boolean(),
    createdAt: isoDateTime(),
  })
  .meta({ id: "PostListItem" });

export const postPageSchema = pageSchema(postListItemSchema).meta({ id: "PostPage" });

export const commentedPostItemSchema = postListItemSchema
  .extend({ isMine: z.boolean(), lastCommentedAt: isoDateTime() })
  .meta({ id: "CommentedPostItem" });

export const commentAuthorSchema = z
  .union([
    userAuthorSchema,
    z.object({ name: z.string().meta({ description: "익명N or 익명(글쓴이)" }) }),
  ])
  .meta({ id: "CommentAuthor" });

const commentFields = {
  id: idOut(),
  parentId: idOut().nullable(),
  content: z.string(),
  isAnonymous: z.boolean(),
  author: commentAuthorSchema.nullable().meta({ description: "null for the deleted placeholder" }),
  isMine: z.boolean(),
  isPostAuthor: z.boolean(),
  createdAt: isoDateTime(),
  deleted: z.boolean(),
  replyCount: z.number().int(),
  repliesNextCursor: z.string().nullable(),
  hidden: z.boolean().optional(),
};

const commentBaseSchema = z.object(commentFields);
type CommentShape = z.output<typeof commentBaseSchema> & { replies: CommentShape[] };

/** A comment with its first replies (GET /posts/:id/comments), or a reply (its `replies` always []). */
export const commentDtoSchema: z.ZodType<CommentShape> = commentBaseSchema
  .extend({
    get replies() {
      return z.array(commentDtoSchema);
    },
  })
  .meta({ id: "Comment" });

export const commentPageSchema = pageSchema(commentDtoSchema).meta({ id: "CommentPage" });

export const likeStateSchema = z
  .object({ liked: z.boolean(), likeCount: z.number().int() })
  .meta({ id: "LikeState" });
export const scrapStateSchema = z
  .object({ scrapped: z.boolean(), scrapCount: z.number().int() })
  .meta({ id: "ScrapState" });
