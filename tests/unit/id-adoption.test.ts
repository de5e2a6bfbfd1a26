import { describe, expect, it } from "vitest";
import { sessionClaims } from "@/lib/auth/sessions";
import { pathIds } from "@/lib/lectures/domains";
import { MAX_ID } from "@/lib/validation/id";

// The one id rule (lib/validation/id.ts) where ids used to be parsed by their own regex or
// bound: a session's user id and a domain path's ids stop at 2³¹−1 like every other id.
describe("ids outside zod use parseId", () => {
  it("a session naming a user past 2³¹−1 is no session", () => {
    const claims = (sub: string) => sessionClaims({ sid: "s", pwv: "p", sub });
    expect(claims(String(MAX_ID))).toEqual({ sid: "s", pwv: "p", userId: MAX_ID });
    for (const sub of [String(MAX_ID + 1), "9999999999", "0", "01", "1e3", " 1"])
      expect(claims(sub), sub).toBeNull();
  });

  it("a materialised domain path keeps only ids that can name a row", () => {
    expect(pathIds(`/1/${MAX_ID + 1}/12/x/0/`)).toEqual([1, 12]);
  });
});
