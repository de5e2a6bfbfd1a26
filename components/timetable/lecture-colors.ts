// Stable colour per lecture (by id), pastel background with dark text of the same hue.
const PALETTE = [
  { bg: "#fde2e4", fg: "#7a1f2b", border: "#f4a6b0" },
  { bg: "#dbeafe", fg: "#1e3a8a", border: "#93c5fd" },
  { bg: "#dcfce7", fg: "#14532d", border: "#86efac" },
  { bg: "#fef3c7", fg: "#78350f", border: "#fcd34d" },
  { bg: "#ede9fe", fg: "#4c1d95", border: "#c4b5fd" },
  { bg: "#cffafe", fg: "#164e63", border: "#67e8f9" },
  { bg: "#ffe4e6", fg: "#881337", border: "#fda4af" },
  { bg: "#e0e7ff", fg: "#312e81", border: "#a5b4fc" },
  { bg: "#ecfccb", fg: "#365314", border: "#bef264" },
  { bg: "#ffedd5", fg: "#7c2d12", border: "#fdba74" },
] as const;

export function lectureColor(lectureId: number) {
  // Multiplicative hash so neighbouring ids get different colours.
  return PALETTE[(Math.imul(lectureId, 2654435761) >>> 0) % PALETTE.length];
}

/** 직접 추가 events: one slate colour with a dashed edge, apart from every lecture colour. */
export const EVENT_COLOR = { bg: "#e2e8f0", fg: "#1e293b", border: "#64748b" } as const;
