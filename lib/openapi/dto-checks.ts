// Compile-time checks: what each service answers (its TS return type) is exactly what its DTO zod
// schema (lib/<domain>/dto-schemas.ts) says, so a field added to, removed from or retyped in a DTO
// fails `npm run typecheck` until the schema, and with it the OpenAPI document, says so too.
// (The contract tests check the same at run time, against real answers: tests/support/contract.ts.)
// Type-only: nothing here runs.
import type { z } from "zod";
import type { getAccount } from "@/lib/auth/account";
import type { accountDtoSchema } from "@/lib/auth/dto-schemas";
import type { getBoard, listBoards } from "@/lib/community/board-list";
import type { setFavorite } from "@/lib/community/user-boards";
import type { confirmEmailCode, requestEmailCode } from "@/lib/verification/email";
import type { getVerificationStatus } from "@/lib/verification/status";
import type { listDocumentQueue, submitDocument } from "@/lib/verification/documents";
import type {
  codeConfirmResultSchema,
  codeRequestResultSchema,
  documentQueuePageSchema,
  documentSubmittedSchema,
  verificationStatusSchema,
} from "@/lib/verification/dto-schemas";
import type { listPostComments } from "@/lib/community/comment-threads";
import type { createComment } from "@/lib/community/comment-writes";
import type { listMyCommentedPosts } from "@/lib/community/my-lists";
import type {
  boardDtoSchema,
  boardPageSchema,
  favoriteStateSchema,
  commentDtoSchema,
  commentPageSchema,
  commentedPostItemSchema,
  likeStateSchema,
  postDetailSchema,
  postPageSchema,
  scrapStateSchema,
} from "@/lib/community/dto-schemas";
import type { listHotPosts } from "@/lib/community/hot-best";
import type { likePost } from "@/lib/community/likes";
import type { getPost, listBoardPosts } from "@/lib/community/posts";
import type { scrapPost } from "@/lib/community/scraps";
import type {
  friendRequestDtoSchema,
  friendRequestsSchema,
  userBriefSchema,
} from "@/lib/friends/dto-schemas";
import type { listFriendRequests, listFriends, sendFriendRequest } from "@/lib/friends/service";
import type { gradeSemesterDtoSchema, gradesOverviewSchema } from "@/lib/grades/dto-schemas";
import type { getMyGradeSemester, getMyGrades } from "@/lib/grades/service";
import type {
  domainChildSchema,
  domainPathSchema,
  lectureAnswerSchema,
  lecturePageSchema,
  reviewDtoSchema,
  reviewPageSchema,
} from "@/lib/lectures/dto-schemas";
import type { getDomainPath, listDomainChildren } from "@/lib/lectures/domains";
import type { getLectureOrThrow, listLectures } from "@/lib/lectures/lectures";
import type { getBook, listBooks } from "@/lib/books/service";
import type { bookDtoSchema, bookPageSchema } from "@/lib/books/dto-schemas";
import type { createLectureReview, listLectureReviews } from "@/lib/lectures/reviews";
import type {
  messageDtoSchema,
  sentMessageSchema,
  threadDtoSchema,
  threadPageSchema,
} from "@/lib/messages/dto-schemas";
import type { getThread, listThreads, replyInThread, sendMessage } from "@/lib/messages/service";
import type { notificationPageSchema } from "@/lib/notifications/dto-schemas";
import type { listNotifications } from "@/lib/notifications/service";
import type {
  notificationSettingsDtoSchema,
  pushSubscriptionDtoSchema,
  vapidPublicKeySchema,
} from "@/lib/push/dto-schemas";
import type { vapidPublicKey } from "@/lib/push/public-key";
import type { getNotificationSettings, updateNotificationSettings } from "@/lib/push/settings";
import type { subscribePush } from "@/lib/push/subscriptions";
import type { reportDtoSchema, reportQueuePageSchema } from "@/lib/reports/dto-schemas";
import type { createReport, listReportQueue } from "@/lib/reports/service";
import type { schoolDtoSchema } from "@/lib/schools/dto-schemas";
import type { listSchools } from "@/lib/schools/service";
import type {
  semesterDatesSchema,
  timetableDtoSchema,
  wizardResultSchema,
} from "@/lib/timetable/dto-schemas";
import type { listSemesterDates, setSemesterDates } from "@/lib/timetable/calendar-service";
import type { getMyTimetable } from "@/lib/timetable/service";
import type { runTimetableWizard } from "@/lib/timetable/wizard-service";
import type { uploadedPhotoSchema } from "@/lib/uploads/dto-schemas";
import type { uploadPhoto } from "@/lib/uploads/photos";

/** Flattens intersections and aliases so that equal shapes compare equal. */
type Deep<T> = T extends (infer U)[]
  ? Deep<U>[]
  : T extends object
    ? { [K in keyof T]: Deep<T[K]> }
    : T;
type Equal<A, B> =
  (<T>() => T extends Deep<A> ? 1 : 2) extends <T>() => T extends Deep<B> ? 1 : 2 ? true : false;
/** Fails to compile unless the service's answer and the schema's output are the same shape. */
type Same<
  Service extends (...args: never[]) => unknown,
  Schema extends z.ZodType,
  Answer = Awaited<ReturnType<Service>>,
> =
  Equal<Answer, z.output<Schema>> extends true
    ? true
    : { service: Answer; schema: z.output<Schema> };
type Item<S extends z.ZodType> = z.ZodType<z.output<S>[]>;
type Check<T extends true> = T;

export type DtoChecks = [
  Check<Same<typeof getAccount, typeof accountDtoSchema>>,
  Check<Same<typeof getVerificationStatus, typeof verificationStatusSchema>>,
  Check<Same<typeof requestEmailCode, typeof codeRequestResultSchema>>,
  Check<Same<typeof confirmEmailCode, typeof codeConfirmResultSchema>>,
  Check<Same<typeof submitDocument, typeof documentSubmittedSchema>>,
  Check<Same<typeof listDocumentQueue, typeof documentQueuePageSchema>>,
  Check<Same<typeof listSchools, Item<typeof schoolDtoSchema>>>,
  Check<Same<typeof listBoards, typeof boardPageSchema>>,
  Check<Same<typeof getBoard, typeof boardDtoSchema>>,
  Check<Same<typeof setFavorite, typeof favoriteStateSchema>>,
  Check<Same<typeof getPost, typeof postDetailSchema>>,
  Check<Same<typeof listBoardPosts, typeof postPageSchema>>,
  Check<Same<typeof listHotPosts, typeof postPageSchema>>,
  Check<
    Same<
      typeof listMyCommentedPosts,
      z.ZodType<{ items: z.output<typeof commentedPostItemSchema>[]; nextCursor: string | null }>
    >
  >,
  Check<Same<typeof listPostComments, typeof commentPageSchema>>,
  Check<Same<typeof createComment, typeof commentDtoSchema>>,
  Check<Same<typeof likePost, typeof likeStateSchema>>,
  Check<Same<typeof scrapPost, typeof scrapStateSchema>>,
  Check<Same<typeof uploadPhoto, typeof uploadedPhotoSchema>>,
  Check<Same<typeof listDomainChildren, Item<typeof domainChildSchema>>>,
  Check<Same<typeof getDomainPath, typeof domainPathSchema>>,
  Check<Same<typeof listLectures, typeof lecturePageSchema>>,
  Check<Same<typeof getLectureOrThrow, typeof lectureAnswerSchema>>,
  Check<Same<typeof getBook, typeof bookDtoSchema>>,
  Check<Same<typeof listBooks, typeof bookPageSchema>>,
  Check<Same<typeof listLectureReviews, typeof reviewPageSchema>>,
  Check<Same<typeof createLectureReview, typeof reviewDtoSchema>>,
  Check<Same<typeof getMyTimetable, typeof timetableDtoSchema>>,
  Check<Same<typeof runTimetableWizard, typeof wizardResultSchema>>,
  Check<Same<typeof listSemesterDates, Item<typeof semesterDatesSchema>>>,
  Check<Same<typeof setSemesterDates, typeof semesterDatesSchema>>,
  Check<Same<typeof listFriends, Item<typeof userBriefSchema>>>,
  Check<Same<typeof listFriendRequests, typeof friendRequestsSchema>>,
  Check<Same<typeof sendFriendRequest, typeof friendRequestDtoSchema>>,
  Check<Same<typeof getMyGrades, typeof gradesOverviewSchema>>,
  Check<Same<typeof getMyGradeSemester, typeof gradeSemesterDtoSchema>>,
  Check<Same<typeof sendMessage, typeof sentMessageSchema>>,
  Check<Same<typeof replyInThread, typeof messageDtoSchema>>,
  Check<Same<typeof listThreads, typeof threadPageSchema>>,
  Check<Same<typeof getThread, typeof threadDtoSchema>>,
  Check<Same<typeof listNotifications, typeof notificationPageSchema>>,
  Check<Same<typeof vapidPublicKey, typeof vapidPublicKeySchema>>,
  Check<Same<typeof subscribePush, typeof pushSubscriptionDtoSchema>>,
  Check<Same<typeof getNotificationSettings, typeof notificationSettingsDtoSchema>>,
  Check<Same<typeof updateNotificationSettings, typeof notificationSettingsDtoSchema>>,
  Check<Same<typeof createReport, typeof reportDtoSchema>>,
  Check<Same<typeof listReportQueue, typeof reportQueuePageSchema>>,
];
