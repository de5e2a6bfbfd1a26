import { describe, expect, it } from "vitest";
import { z } from "zod";
import { actionFailure } from "@/lib/http/action-error";
import { toActionError } from "@/lib/lectures/action-state";
import { idSchema } from "@/lib/validation/id";

// issue 9.17: a refused input inside a server action is the user's to fix: the form shows the
// field's message, never "서버 오류" (and nothing is logged as a server error).
describe("server action error helpers", () => {
  const zodError = (() => {
    const r = z.object({ postId: idSchema() }).safeParse({ postId: 2 ** 31 });
    if (r.success) throw new Error("expected a refusal");
    return r.error;
  })();

  it("actionFailure turns a ZodError into its field message", () => {
    const errors: unknown[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => errors.push(args);
    try {
      const failure = actionFailure(zodError, "test");
      expect(failure.message).toBe("올바른 id가 아닙니다.");
      expect(failure.fields).toEqual({ postId: ["올바른 id가 아닙니다."] });
      expect(failure.message).not.toMatch(/서버 오류/);
    } finally {
      console.error = original;
    }
    expect(errors).toEqual([]);
  });

  it("actionFailure still hides a real fault behind a generic message", () => {
    const original = console.error;
    console.error = () => {};
    try {
      expect(actionFailure(new Error("db down"), "test").message).toMatch(/서버 오류/);
    } finally {
      console.error = original;
    }
  });

  it("toActionError names the field too", () => {
    expect(toActionError(zodError)).toMatchObject({ status: "error", code: "VALIDATION_FAILED", fields: { postId: ["올바른 id가 아닙니다."] } });
  });
});
