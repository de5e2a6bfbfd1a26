import { describe, expect, it } from "vitest";
import type { Day } from "@/lib/lectures/format";
import { runWizard } from "@/lib/timetable/wizard";
import { explainEmptyWizard, type ExplainInput } from "@/lib/timetable/wizard-explain";

// 시간표 마법사's "0 results" names the constraint that empties the result.

let next = 1;
const lecture = (name: string, credits: number, ...times: [Day, number, number][]) => ({
  id: next++,
  name,
  credits,
  times: times.map(([day, s, e]) => ({ day, startMinute: s * 60, endMinute: e * 60 })),
});

/** The sentence for an input the search really finds empty (so the test cannot explain a non-empty one). */
function why(input: ExplainInput): string {
  expect(runWizard({ ...input, limit: 1 }).total).toBe(0);
  return explainEmptyWizard(input);
}

const 자료구조 = lecture("자료구조", 3, ["MON", 9, 10.5], ["FRI", 9, 10.5]);
const 운영체제1 = lecture("운영체제", 3, ["TUE", 9, 10.5]);
const 운영체제2 = lecture("운영체제", 3, ["TUE", 13, 14.5]);
const 경제학원론 = lecture("경제학원론", 3, ["MON", 9, 10.5]);
const 저녁수업 = lecture("현대사회와문화", 2, ["WED", 18, 21]);

describe("explainEmptyWizard", () => {
  it("names a kept lecture that meets on a chosen 공강 day", () => {
    expect(why({ courses: [[운영체제1]], keep: [자료구조], freeDays: ["FRI"] })).toBe(
      "기존 수업 꼭 넣기의 자료구조가 금요일에 있어요",
    );
  });

  it("names a kept lecture outside the hours, with the limit", () => {
    expect(why({ courses: [[운영체제2]], keep: [저녁수업], latest: 20 * 60 })).toBe(
      "기존 수업 꼭 넣기의 현대사회와문화가 21:00에 끝나요 (가장 늦은 끝 20:00)",
    );
    expect(why({ courses: [[운영체제2]], keep: [경제학원론], earliest: 10 * 60 })).toBe(
      "기존 수업 꼭 넣기의 경제학원론이 09:00에 시작해요 (가장 이른 시작 10:00)",
    );
  });

  it("names two kept lectures that clash", () => {
    expect(why({ courses: [[운영체제1]], keep: [자료구조, 경제학원론] })).toBe(
      "기존 수업 꼭 넣기의 자료구조와 경제학원론의 시간이 겹쳐요",
    );
  });

  it("names a course whose every section breaks the same constraint", () => {
    expect(why({ courses: [[운영체제1, 운영체제2]], freeDays: ["TUE"] })).toBe(
      "운영체제의 분반이 모두 화요일에 있어요",
    );
    expect(why({ courses: [[자료구조]], freeDays: ["FRI"] })).toBe("자료구조가 금요일에 있어요");
  });

  it("names a course that only clashes with a kept lecture", () => {
    expect(why({ courses: [[경제학원론]], keep: [자료구조] })).toBe(
      "경제학원론의 시간이 기존 수업 자료구조와 겹쳐요",
    );
  });

  it("names the credits when the lightest choice is over the maximum", () => {
    expect(why({ courses: [[자료구조], [운영체제1]], maxCredits: 5 })).toBe(
      "담은 과목을 모두 넣으면 적어도 6학점이라 최대 학점 5학점을 넘어요",
    );
    expect(why({ courses: [[운영체제1]], keep: [자료구조, 저녁수업], maxCredits: 4 })).toBe(
      "기존 수업만으로 5학점이라 최대 학점 4학점을 넘어요",
    );
  });

  it("names two courses that always clash", () => {
    expect(why({ courses: [[자료구조], [경제학원론]] })).toBe(
      "자료구조와 경제학원론의 시간이 서로 겹쳐요",
    );
  });
});
