// Block colours of a timetable, Everytime-like: soft, clearly distinct pastels with dark text of
// the same hue (every pair passes WCAG AA, 4.5:1), one per lecture of a timetable.
//
// The rule: a timetable's lectures take the palette in order of addition (the first lecture added
// is slot 0, the next slot 1, …), and its 직접 추가 events take it from the other end (the first
// event is the last slot). So adding a lecture or an event never recolours anything already there,
// and lectures and events stay apart until a timetable holds more than PALETTE.length of them
// (then the sequence wraps). Timetable answers list lectures and events in order of addition, so
// the colours follow from them alone: the grid, a friend's view, the PNG export and the wizard's
// previews all agree without storing anything.

export type BlockColor = { readonly bg: string; readonly fg: string; readonly border: string };

export const PALETTE: readonly BlockColor[] = [
  { bg: "#ffd9d0", fg: "#7a2617", border: "#f2917c" }, // coral
  { bg: "#d4e7fc", fg: "#123f73", border: "#7fb1ea" }, // sky blue
  { bg: "#fff0b3", fg: "#5e4500", border: "#e4c23f" }, // butter yellow
  { bg: "#d2f1dd", fg: "#14532d", border: "#6fc892" }, // mint green
  { bg: "#e7dcfb", fg: "#4a1d8f", border: "#b094ec" }, // lavender
  { bg: "#ffe1c4", fg: "#733a05", border: "#f3ab62" }, // apricot
  { bg: "#c9eeea", fg: "#124e48", border: "#5ec0b5" }, // teal
  { bg: "#fbd8ec", fg: "#7d1a4f", border: "#ec8fc2" }, // pink
  { bg: "#e4f3c2", fg: "#3b5210", border: "#a7d065" }, // lime
  { bg: "#dce0fb", fg: "#27307a", border: "#9aa4ef" }, // periwinkle
  { bg: "#eee1d3", fg: "#5a3a1c", border: "#c8a47e" }, // sand
  { bg: "#dfe6ee", fg: "#1f2c3d", border: "#94a5ba" }, // slate
];

/** The colour of the `index`-th lecture added to a timetable (0 = the first). */
export function lectureSlotColor(index: number): BlockColor {
  return PALETTE[index % PALETTE.length];
}

/** The colour of the `index`-th 직접 추가 event of a timetable (0 = the first). */
export function eventSlotColor(index: number): BlockColor {
  return PALETTE[PALETTE.length - 1 - (index % PALETTE.length)];
}

/**
 * Colours for one timetable, given its lecture ids and event ids in order of addition: look up
 * `lecture(id)` / `event(id)`. An id not in the timetable (never asked in practice) gets slot 0.
 */
export function timetableColors(lectureIds: readonly number[], eventIds: readonly number[] = []) {
  const lectures = new Map(lectureIds.map((id, i) => [id, lectureSlotColor(i)]));
  const events = new Map(eventIds.map((id, i) => [id, eventSlotColor(i)]));
  return {
    lecture: (id: number) => lectures.get(id) ?? PALETTE[0],
    event: (id: number) => events.get(id) ?? PALETTE[PALETTE.length - 1],
  };
}
