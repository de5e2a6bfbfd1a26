import { describe, expect, it } from "vitest";
import { BatchedReads } from "@/lib/cache/batched-reads";
import { FreshReads } from "@/lib/cache/fresh-reads";

// Shared reads (lib/cache/fresh-reads.ts, batched-reads.ts): callers that ask together share one read, and no caller
// ever gets a read that started before it asked. `value` stands for the database: a "write" changes
// it, and a read returns what it was when the read started.

function database() {
  const db = { value: 0, reads: 0, fail: false };
  const load = async () => {
    db.reads++;
    const seen = db.value;
    if (db.fail) throw new Error("read failed");
    await new Promise((r) => setTimeout(r, 5)); // the statement takes a while
    return seen;
  };
  return { db, load };
}

describe("FreshReads", () => {
  it("runs one read for callers of a key that ask together, and one per key", async () => {
    const { db, load } = database();
    const reads = new FreshReads<string, number>();
    const answers = await Promise.all([
      reads.read("a", load),
      reads.read("a", load),
      reads.read("a", load),
      reads.read("b", load),
    ]);
    expect(answers).toEqual([0, 0, 0, 0]);
    expect(db.reads).toBe(2);
  });

  it("a caller that asks after a write is never answered by a read that started before it", async () => {
    const { db, load } = database();
    const reads = new FreshReads<string, number>();
    const early = reads.read("k", load);
    await new Promise((r) => setImmediate(r)); // the read has started and is running
    db.value = 1; // a write, acknowledged before the next caller asks
    const late = [reads.read("k", load), reads.read("k", load)];
    expect(await early).toBe(0);
    expect(await Promise.all(late)).toEqual([1, 1]);
    expect(db.reads).toBe(2); // the two late callers shared the read after the first
  });

  it("keeps nothing: a caller after a read has ended gets a new read", async () => {
    const { db, load } = database();
    const reads = new FreshReads<string, number>();
    expect(await reads.read("k", load)).toBe(0);
    db.value = 2;
    expect(await reads.read("k", load)).toBe(2);
    expect(db.reads).toBe(2);
  });

  it("a failed read fails its own callers only; those waiting get a read of their own", async () => {
    const { db, load } = database();
    const reads = new FreshReads<string, number>();
    db.fail = true;
    const failing = reads.read("k", load);
    const failingToo = reads.read("k", load);
    await expect(failing).rejects.toThrow("read failed");
    await expect(failingToo).rejects.toThrow("read failed");
    const slow = reads.read("k", async () => {
      db.fail = false;
      return load();
    });
    await new Promise((r) => setImmediate(r));
    db.fail = true; // the read running now succeeds; the next one would fail
    const waiting = reads.read("k", load);
    expect(await slow).toBe(0);
    await expect(waiting).rejects.toThrow("read failed");
  });
});

describe("BatchedReads", () => {
  // `table` stands for the database; a batch reads the keys it was given when it starts.
  function batched(maxKeys?: number) {
    const table = new Map<string, number>([
      ["a", 1],
      ["b", 2],
      ["c", 3],
    ]);
    const batches: string[][] = [];
    const reads = new BatchedReads<string, number>(async (keys) => {
      batches.push(keys);
      const seen = new Map(keys.filter((k) => table.has(k)).map((k) => [k, table.get(k)!]));
      await new Promise((r) => setTimeout(r, 5));
      return seen;
    }, maxKeys);
    return { table, batches, reads };
  }

  it("answers callers of different keys that ask together with one read, each with its own value", async () => {
    const { batches, reads } = batched();
    expect(
      await Promise.all([reads.read("a"), reads.read("b"), reads.read("a"), reads.read("missing")]),
    ).toEqual([1, 2, 1, undefined]);
    expect(batches).toEqual([["a", "b", "missing"]]);
  });

  it("a caller that asks after a batch started gets a read that starts after it asked", async () => {
    const { table, batches, reads } = batched();
    const early = reads.read("a");
    await new Promise((r) => setImmediate(r)); // the first batch is running
    table.set("a", 10); // a write, acknowledged before the next caller asks
    expect(await Promise.all([early, reads.read("a")])).toEqual([1, 10]);
    expect(batches).toEqual([["a"], ["a"]]);
  });

  it("bounds a batch's keys; a failed read fails only its own callers", async () => {
    const { batches, reads } = batched(2);
    expect(
      await Promise.all([reads.read("a"), reads.read("b"), reads.read("a"), reads.read("c")]),
    ).toEqual([1, 2, 1, 3]);
    expect(batches).toEqual([["a", "b"], ["c"]]);
    const failing = new BatchedReads<string, number>(async () => {
      throw new Error("read failed");
    });
    await expect(Promise.all([failing.read("a"), failing.read("b")])).rejects.toThrow(
      "read failed",
    );
    expect(await reads.read("b")).toBe(2);
  });
});
