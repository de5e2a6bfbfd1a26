import "server-only";
import { headers } from "next/headers";
import { unstable_rethrow } from "next/navigation";
import { ZodError, type z } from "zod";
import { getViewer, requireViewer, type Viewer } from "@/lib/auth/viewer";
import type { Access } from "@/lib/auth/gate";
import { logger } from "@/lib/log";
import { AppError, prismaErrorCode } from "./errors";
import type { ActionState } from "./action-state";
import { zodFieldErrors } from "./zod-fields";

// Every server action is made by withAction (viewer required) or withPublicAction (login,
// signup), as every /api/v1 handler is made by withApi. The wrapper:
//   - resolves the viewer (requireViewer: no session → /login);
//   - turns FormData into an object (first value of a key; a key sent twice → an array) or takes
//     the object a button passed, and validates it with the action's shared zod schema;
//   - runs the action, which calls the same service as the API handler;
//   - maps every error into the one ActionState: AppError → its message, code and field
//     messages; ZodError → VALIDATION_FAILED with field messages; Prisma P2002/P2025 → 409/404
//     wording; anything else → a generic message, logged with the request id (never shown);
//   - hands back what a refused form submitted (never a password), so the form can keep it;
//   - lets Next's redirect() / notFound() pass (unstable_rethrow).
// Used as `useActionState(action, IDLE_STATE)` → `(prev, formData)`, as `<form action>` and as a
// plain call from a button with an object: `setLikeAction({ postId, liked })`.

export { type ActionState } from "./action-state";

const FIX_FIELDS = "입력한 내용을 확인해 주세요.";
const SERVER_ERROR = "서버 오류가 발생했습니다. 잠시 후 다시 시도해 주세요.";

/** What an action body returns on success (or nothing). */
export type ActionResult<D> = {
  message?: string;
  data?: D;
  values?: Record<string, string>;
} | void;

export type ActionOptions<S extends z.ZodType> = {
  /** Names the action in the error log. */
  name: string;
  schema: S;
  /** Fields never handed back to the form, besides every name containing "password". */
  secret?: string[];
  /**
   * What the viewer's 학교 인증 must reach (withAction only; lib/auth/gate.ts): `student` by
   * default, as withApi. Below it the action sends the browser to 학교 인증.
   */
  access?: Access;
};

/** One server action: called by a button with its input, or by a form with FormData. */
export type Action<I, D> = {
  (input: I | FormData): Promise<ActionState<D>>;
  (prev: ActionState<D>, formData: FormData): Promise<ActionState<D>>;
};

type Body<V, S extends z.ZodType, D> = (ctx: {
  viewer: V;
  input: z.infer<S>;
}) => Promise<ActionResult<D>>;

/** FormData → the object the schema reads: strings only (files are not for actions). */
export function formDataObject(formData: FormData): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const [k, v] of formData) {
    if (typeof v !== "string" || k.startsWith("$ACTION")) continue;
    const prev = out[k];
    out[k] = prev === undefined ? v : Array.isArray(prev) ? [...prev, v] : [prev, v];
  }
  return out;
}

function echoValues(
  raw: Record<string, string | string[]>,
  secret: string[],
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(raw)) {
    if (/password/i.test(k) || secret.includes(k) || typeof v !== "string") continue;
    out[k] = v.slice(0, 20_000);
  }
  return out;
}

async function requestId(): Promise<string | undefined> {
  try {
    return (await headers()).get("x-request-id") ?? undefined;
  } catch {
    return undefined;
  }
}

/** Any error thrown by an action → the one ActionState (Next's control-flow errors re-thrown). */
export async function toActionState(e: unknown, name: string): Promise<ActionState<never>> {
  unstable_rethrow(e);
  const at = Date.now();
  if (e instanceof AppError)
    return { ok: false, code: e.code, message: e.message, fieldErrors: e.fields, at };
  if (e instanceof ZodError)
    return {
      ok: false,
      code: "VALIDATION_FAILED",
      message: FIX_FIELDS,
      fieldErrors: zodFieldErrors(e),
      at,
    };
  const prismaCode = prismaErrorCode(e);
  if (prismaCode === "P2002")
    return { ok: false, code: "CONFLICT", message: "이미 존재합니다.", at };
  if (prismaCode === "P2025")
    return { ok: false, code: "NOT_FOUND", message: "요청한 항목을 찾을 수 없습니다.", at };
  logger.error({ reqId: await requestId(), action: name, err: e }, "server action failed");
  return { ok: false, code: "INTERNAL", message: SERVER_ERROR, at };
}

/**
 * An action maker over a viewer resolver: withAction and withPublicAction below are the two the
 * app uses; tests make one over a viewer of their throwaway database.
 */
export function actionClient<V>(resolve: () => Promise<V>) {
  return <S extends z.ZodType, D = undefined>(options: ActionOptions<S>, body: Body<V, S, D>) =>
    make(resolve, options, body);
}

function make<V, S extends z.ZodType, D>(
  resolve: () => Promise<V>,
  options: ActionOptions<S>,
  body: Body<V, S, D>,
): Action<z.input<S>, D> {
  const action = async (...args: unknown[]): Promise<ActionState<D>> => {
    const arg = args.length >= 2 ? args[1] : args[0];
    const raw = arg instanceof FormData ? formDataObject(arg) : arg;
    const values =
      arg instanceof FormData
        ? echoValues(raw as Record<string, string | string[]>, options.secret ?? [])
        : undefined;
    // The viewer first: a signed-out visitor goes to /login whatever they sent.
    const viewer = await resolve();
    try {
      const input = options.schema.parse(raw);
      const result = (await body({ viewer, input })) ?? {};
      return {
        ok: true,
        message: result.message,
        data: result.data,
        values: result.values,
        at: Date.now(),
      };
    } catch (e) {
      return { ...(await toActionState(e, options.name)), values };
    }
  };
  return action as Action<z.input<S>, D>;
}

/** A server action for a signed-in student (no session → /login; not verified → 학교 인증). */
export function withAction<S extends z.ZodType, D = undefined>(
  options: ActionOptions<S>,
  body: Body<Viewer, S, D>,
): Action<z.input<S>, D> {
  const access = options.access ?? "student";
  return make(() => requireViewer(access), options, body);
}

/** A server action open to visitors (login, signup); the viewer is null when signed out. */
export function withPublicAction<S extends z.ZodType, D = undefined>(
  options: ActionOptions<S>,
  body: Body<Viewer | null, S, D>,
): Action<z.input<S>, D> {
  return make(getViewer, options, body);
}
