import type { CatalogKey } from "./catalog";

// The 전공/영역 tree of a school, as the drill-down picker shows it. A node's `catalog` names the
// courses taught under it (see lectures.ts). Sibling order is array order (`position`).
export type DomainNode = { name: string; catalog?: CatalogKey; children?: DomainNode[] };

/** 교양 › 일반교양 › 16이후, 공학 › 인문계열, by names from the top: the seed's test fixtures live here. */
export const GENERAL_HUMANITIES_PATH = ["교양", "일반교양", "16이후, 공학", "인문계열"] as const;

function majorTree(schoolKey: string): DomainNode {
  const engineering: DomainNode =
    schoolKey === "hanbit"
      ? {
          name: "공과대학",
          children: [
            {
              name: "컴퓨터공학부",
              children: [
                { name: "컴퓨터공학전공", catalog: "CSE" },
                { name: "소프트웨어전공", catalog: "SWE" },
              ],
            },
            { name: "전자공학과", catalog: "EEE" },
            { name: "기계공학과", catalog: "MEE" },
            { name: "화학공학과", catalog: "CHE" },
          ],
        }
      : {
          name: "공과대학",
          children: [
            { name: "컴퓨터공학과", catalog: "CSE" },
            { name: "전자공학과", catalog: "EEE" },
            { name: "기계공학과", catalog: "MEE" },
            { name: "산업공학과", catalog: "IND" },
          ],
        };
  return {
    name: "전공",
    children: [
      engineering,
      {
        name: "인문대학",
        children: [
          { name: "국어국문학과", catalog: "KOR" },
          { name: "영어영문학과", catalog: "ELL" },
          { name: "사학과", catalog: "HIS" },
          { name: "철학과", catalog: "PHI" },
        ],
      },
      {
        name: "사회과학대학",
        children: [
          { name: "경제학과", catalog: "ECO" },
          { name: "심리학과", catalog: "PSY" },
          { name: "사회학과", catalog: "SOC" },
          { name: "정치외교학과", catalog: "POL" },
        ],
      },
      {
        name: "자연과학대학",
        children: [
          { name: "수학과", catalog: "MTH" },
          { name: "물리학과", catalog: "PHY" },
          { name: "화학과", catalog: "CHM" },
          { name: "생명과학과", catalog: "BIO" },
        ],
      },
      { name: "경영대학", children: [{ name: "경영학과", catalog: "BUS" }] },
    ],
  };
}

function generalTree(schoolKey: string): DomainNode {
  return {
    name: "교양",
    children: [
      {
        name: "일반교양",
        children: [
          {
            name: "16이후, 공학",
            children: [
              { name: "인문계열", catalog: "GEH" },
              { name: "사회계열", catalog: "GES" },
              { name: "자연계열", catalog: "GEN" },
            ],
          },
          {
            name: "16이후, 비공학",
            children: [
              { name: "인문계열", catalog: "GNH" },
              { name: "사회계열", catalog: "GNS" },
              { name: "자연계열", catalog: "GNN" },
            ],
          },
          { name: "15이전", catalog: "GOL" },
        ],
      },
      {
        name: "핵심교양",
        children: [
          { name: "문학과예술", catalog: "CRA" },
          { name: "역사와철학", catalog: "CRH" },
          { name: "사회와문화", catalog: "CRS" },
          { name: "과학과기술", catalog: "CRT" },
        ],
      },
      {
        name: "기초교양",
        children: [
          { name: "글쓰기", catalog: "WRT" },
          { name: "영어", catalog: "EFL" },
          { name: "수학", catalog: "GMA" },
          { name: "과학", catalog: "GSC" },
          { name: "컴퓨팅", catalog: "GCT" },
        ],
      },
      { name: "교직", catalog: "EDU" },
      { name: "일반선택", catalog: "GSP" },
      ...(schoolKey === "hanbit" ? [{ name: "군사학", catalog: "MIL" as const }] : []),
    ],
  };
}

/** The whole tree of one school: 전공 first, then 교양. */
export function domainTreeFor(schoolKey: string): DomainNode[] {
  return [majorTree(schoolKey), generalTree(schoolKey)];
}
