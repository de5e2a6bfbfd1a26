import { expect } from "vitest";
import { api, type TestUser } from "./api";

// Shared fixtures of the API tests about people: friendships, and the check that an answer
// carries no trace of someone who must stay hidden (an anonymous author, a 쪽지 counterpart).

/** a asks, b accepts: friends on both sides. */
export async function befriend(a: TestUser, b: TestUser) {
  const sent = await api("POST", "/api/v1/friends/requests", {
    token: a.token,
    body: { nickname: b.nickname },
  });
  expect(sent.status, sent.text).toBe(201);
  const accepted = await api("POST", `/api/v1/friends/requests/${sent.body.id}/accept`, {
    token: b.token,
  });
  expect(accepted.status, accepted.text).toBe(200);
}

/**
 * Nothing that identifies these people is in the text (a raw response, HTML or RSC payload):
 * no nickname, no email, no id under an author/user/owner/sender key. `strictJson` also refuses
 * any "authorId" or "email" key at all (comment JSON, which never has them).
 */
export function expectNoTraceOf(
  text: string,
  people: TestUser | TestUser[],
  { strictJson = false } = {},
) {
  const list = Array.isArray(people) ? people : [people];
  expect(list.length).toBeGreaterThan(0);
  for (const p of list) {
    expect(text).not.toContain(p.nickname);
    expect(text).not.toContain(p.email);
    expect(text).not.toMatch(new RegExp(`"(authorId|userId|ownerId|senderId)"\\s*:\\s*${p.id}\\b`));
  }
  if (strictJson) {
    expect(text).not.toContain("authorId");
    expect(text).not.toContain('"email"');
  }
}
