import { describe, expect, it } from "vitest";
import { eventSlotColor, lectureSlotColor, PALETTE, timetableColors } from "@/lib/timetable/colors";
import { layoutGrid } from "@/components/timetable/grid-layout";

function luminance(hex: string) {
  const [r, g, b] = [1, 3, 5]
    .map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
    .map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
const contrast = (a: string, b: string) => {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
  return (x + 0.05) / (y + 0.05);
};

describe("timetable colours", () => {
  it("has distinct, readable colours (dark text on a pastel, at least 4.5:1)", () => {
    expect(new Set(PALETTE.map((c) => c.bg)).size).toBe(PALETTE.length);
    for (const c of PALETTE) expect(contrast(c.bg, c.fg)).toBeGreaterThanOrEqual(4.5);
  });

  it("gives every lecture of a timetable its own colour, in order of addition", () => {
    const ids = [501, 17, 230, 9, 44, 3, 98];
    const colors = timetableColors(ids);
    expect(new Set(ids.map((id) => colors.lecture(id).bg)).size).toBe(ids.length);
    expect(ids.map((id) => colors.lecture(id))).toEqual(ids.map((_, i) => lectureSlotColor(i)));
  });

  it("never recolours what is there when a lecture or an event is added", () => {
    const before = timetableColors([5, 6, 7], [1]);
    const after = timetableColors([5, 6, 7, 8], [1, 2]);
    for (const id of [5, 6, 7]) expect(after.lecture(id)).toEqual(before.lecture(id));
    expect(after.event(1)).toEqual(before.event(1));
    // Events take the palette from the other end: apart from the lectures.
    expect(after.event(1)).toEqual(eventSlotColor(0));
    expect([5, 6, 7, 8].map((id) => after.lecture(id).bg)).not.toContain(after.event(1).bg);
  });

  it("colours the grid's blocks by the rule, the same on every day a lecture meets", () => {
    const lecture = (id: number, day: "MON" | "TUE", start: string) => ({
      id,
      name: `수업${id}`,
      times: [
        { day, start, end: "10:15", room: null },
        { day: "WED" as const, start, end: "10:15", room: null },
      ],
    });
    const { blocks } = layoutGrid([lecture(40, "MON", "09:00"), lecture(12, "TUE", "09:00")]);
    const of = (id: number) => [
      ...new Set(blocks.filter((b) => b.lectureId === id).map((b) => b.color.bg)),
    ];
    expect(of(40)).toEqual([lectureSlotColor(0).bg]);
    expect(of(12)).toEqual([lectureSlotColor(1).bg]);
  });
});
