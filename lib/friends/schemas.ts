import { z } from "zod";
import { semesterSchema } from "@/lib/lectures/schemas";
import { singleLineText } from "@/lib/validation/text";

// Client-safe: shared by the friends page's forms, their server actions and /api/v1/friends.

export const friendRequestSchema = z.object({
  nickname: singleLineText("닉네임을 입력해 주세요.").pipe(
    z.string().trim().min(1, "닉네임을 입력해 주세요.").max(20, "닉네임은 20자 이하입니다."),
  ),
});

export const friendTimetableQuerySchema = z.object({ semester: semesterSchema.optional() });
