// Client-safe Korean labels, as on Everytime's 강의평가 form.

export const AMOUNT_LABEL = { MANY: "많음", NORMAL: "보통", NONE: "없음" } as const;
export const GRADING_LABEL = {
  GENEROUS: "학점느님",
  FAIR: "비율채워줌",
  STRICT: "매우깐깐함",
  HARSH: "F폭격기",
} as const;
export const ATTENDANCE_LABEL = {
  NONE: "반영안함",
  SOMETIMES: "가끔체크",
  ALWAYS: "항상체크",
  STRICT: "매우엄격",
} as const;

/** Display order of the options in the review form (Everytime lists 많음 first). */
export const AMOUNT_OPTIONS = ["MANY", "NORMAL", "NONE"] as const;
export const GRADING_OPTIONS = ["GENEROUS", "FAIR", "STRICT", "HARSH"] as const;
export const ATTENDANCE_OPTIONS = ["NONE", "SOMETIMES", "ALWAYS", "STRICT"] as const;
