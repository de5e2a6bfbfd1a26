import type { BoardKind } from "@/generated/prisma/enums";

// Posts that read like a real campus community. `{school}` and `{short}` become the school's name
// ("한빛대학교", "한빛대"). Authors, times, anonymity (outside SECRET), filler comments and most
// 공감 counts are chosen by the generator (community.ts) from a seeded PRNG.

export type CommentTemplate = {
  text: string;
  /** "author": the post's own author answers (익명(글쓴이) on an anonymous post). */
  by?: "author";
  /** Soft-deleted (shows as "삭제된 댓글입니다." while its replies stay). */
  deleted?: boolean;
  replies?: CommentTemplate[];
};

export type PostTemplate = {
  board: BoardKind;
  title: string;
  content: string;
  /** Forced anonymity; SECRET posts are always anonymous. */
  anonymous?: boolean;
  /** Exact 공감 count (HOT ≥ 10, BEST ≥ 100); otherwise 0–9. */
  likes?: number;
  scraps?: number;
  comments?: CommentTemplate[];
};

/** The shared pool: each school takes most of these. */
export const POST_TEMPLATES: PostTemplate[] = [
  // 자유게시판
  {
    board: "FREE",
    title: "시험기간에 중도 자리 맡아두고 안 오는 거 제발 그만합시다",
    content:
      "중앙도서관 3층 열람실 자리 절반이 책만 올려져 있고 사람이 없어요.\n오전 9시에 가방 놓고 오후 3시까지 안 오는 사람도 봤습니다.\n다들 급한 건 알지만 서로 좀 배려했으면 좋겠어요. 반납 시스템 좀 엄격하게 해 줬으면…",
    likes: 112,
    scraps: 9,
    comments: [
      {
        text: "이거 진짜 레전드 공감… 어제 자리 하나 찾으려고 20분 돌았어요",
        replies: [{ text: "저도요 결국 카페 감 ㅠ" }],
      },
      { text: "좌석 배정 앱에 자동 반납 기능 있지 않나요? 그게 제대로 안 되는 듯" },
      { text: "총학에 건의 넣었다는 얘기 들었어요" },
    ],
  },
  {
    board: "FREE",
    title: "학교 고양이 치즈 근황",
    content:
      "학생회관 앞 벤치에서 치즈가 식빵 굽고 있어요. 겨울 되니까 털이 엄청 복슬복슬해졌네요.\n간식은 고양이 동아리에서 관리하는 급식소에만 주세요!",
    likes: 48,
    scraps: 4,
    comments: [
      {
        text: "치즈 요즘 살쪘던데 ㅋㅋㅋ 귀여워",
        deleted: true,
        replies: [{ text: "겨울 대비 중인 거예요 ㅋㅋ" }],
      },
      { text: "어제 공학관 앞에서도 봤어요" },
    ],
  },
  {
    board: "FREE",
    title: "과제 마감 세 개가 같은 날인 사람 손",
    content:
      "금요일 자정까지 운영체제 과제, 데이터베이스 팀플 보고서, 교양 리포트…\n교수님들 서로 연락하시는 거 아니죠?",
    likes: 23,
    comments: [{ text: "🙋 저 네 개요…" }, { text: "운영체제 과제 스레드 부분 어려워요 ㅠㅠ" }],
  },
  {
    board: "FREE",
    title: "{short} 정문 근처 맛집 추천 좀 해주세요",
    content:
      "정문 쪽에서 혼밥하기 좋은 곳 찾고 있어요. 국밥이나 덮밥류면 좋겠습니다. 가격은 만 원 이하로!",
    comments: [
      { text: "정문 나가서 왼쪽 골목 순대국집 진짜 맛있어요" },
      {
        text: "덮밥은 편의점 옆 2층 가게 추천",
        replies: [{ text: "거기 연어덮밥 맛있죠", by: "author" }],
      },
    ],
  },
  {
    board: "FREE",
    title: "우산 잃어버렸어요 ㅠㅠ",
    content:
      "오늘 오후 2시쯤 인문관 1층 우산꽂이에 둔 남색 장우산이 없어졌어요. 손잡이에 노란 스티커 붙어 있습니다.\n혹시 잘못 가져가신 분 있으면 돌려주세요…",
  },
  {
    board: "FREE",
    title: "공강 시간에 다들 뭐 하세요?",
    content:
      "화요일에 공강이 세 시간이나 있는데 매번 애매하게 시간을 보내요. 다들 공강 때 뭐 하시나요?",
    comments: [
      { text: "중도에서 낮잠…" },
      { text: "헬스장 가요. 학생 할인 돼서 좋아요" },
      { text: "과방에서 게임 ㅋㅋ" },
    ],
  },
  {
    board: "FREE",
    title: "셔틀버스 시간표 바뀐 거 아시는 분?",
    content: "이번 주부터 역 방향 셔틀 배차가 바뀌었다는데 홈페이지에는 아직 예전 시간표만 있네요.",
    comments: [{ text: "학생지원팀 인스타에 새 시간표 올라왔어요. 8시 40분 차가 추가됐대요" }],
  },
  {
    board: "FREE",
    title: "오늘 학식 돈까스 두께 실화냐",
    content: "학생식당 A코너 돈까스가 평소 두 배 두께였어요. 무슨 날인가요? 내일도 나왔으면 좋겠다",
    likes: 14,
    comments: [{ text: "영양사님 감사합니다…" }, { text: "저 두 번 먹었어요 ㅋㅋㅋ" }],
  },
  {
    board: "FREE",
    title: "수강신청 광클 실패 후기",
    content:
      "9시 정각에 눌렀는데 대기 순번 1,200번… 들어가니까 전공 필수 다 마감이네요. 정정 기간에 빈자리 나기만을 기도합니다.",
    comments: [{ text: "정정 기간에 의외로 많이 빠져요. 새로고침 계속 해보세요" }],
  },
  // 비밀게시판 (always anonymous)
  {
    board: "SECRET",
    title: "같은 과 동기를 3년째 좋아하는데 고백할까요",
    content:
      "졸업하면 다시 볼 일이 없을 것 같아서 이번 학기가 마지막 기회 같아요. 근데 친구 관계까지 잃을까 봐 무섭네요.",
    comments: [
      {
        text: "후회는 안 하는 쪽이 낫다고 생각해요. 응원합니다",
        replies: [{ text: "감사해요… 용기 내볼게요", by: "author" }],
      },
      { text: "분위기 먼저 떠보는 것도 방법이에요" },
    ],
  },
  {
    board: "SECRET",
    title: "휴학할까 고민 중입니다",
    content:
      "번아웃이 온 것 같아요. 아무것도 손에 안 잡히고 수업도 계속 빠지게 되네요. 휴학하면 뒤처질까 봐 겁나요.",
    likes: 17,
    comments: [
      { text: "저 작년에 한 학기 쉬었는데 진짜 잘한 선택이었어요" },
      { text: "학생상담센터 무료 상담 꼭 받아보세요" },
    ],
  },
  {
    board: "SECRET",
    title: "조별과제 무임승차 어떻게 해야 하나요",
    content:
      "네 명 팀인데 두 명이 단톡방에서 읽씹만 해요. 발표는 다음 주인데 자료 조사부터 PPT까지 저 혼자 하고 있습니다. 교수님께 말씀드려도 될까요?",
    likes: 35,
    scraps: 3,
    comments: [
      { text: "기여도 평가 있으면 솔직하게 쓰세요" },
      {
        text: "역할 분담한 거 캡처해 두세요. 나중에 증거 됩니다",
        replies: [{ text: "222 이거 중요" }],
      },
      { text: "교수님들 생각보다 이런 거 잘 알고 계세요" },
    ],
  },
  {
    board: "SECRET",
    title: "전과하고 싶은데 부모님이 반대하세요",
    content:
      "지금 전공이 저랑 너무 안 맞아요. 컴공으로 전과하고 싶은데 부모님은 지금 과가 취업이 더 잘 된다고 하시네요.",
    comments: [{ text: "복수전공부터 해보는 건 어때요?" }],
  },
  {
    board: "SECRET",
    title: "자취방 옆집 소음 때문에 미칠 것 같아요",
    content:
      "새벽 두 시마다 음악을 틀어요. 쪽지도 붙여봤는데 소용이 없네요. 집주인한테 말하는 게 나을까요?",
  },
  {
    board: "SECRET",
    title: "학점 2점대인데 취업 가능할까요",
    content:
      "1, 2학년 때 너무 놀아서 지금 2.8이에요. 남은 학기 다 A 받아도 3.2 정도… 현실적으로 어떤가요?",
    comments: [
      { text: "직무 경험이나 포트폴리오가 더 중요한 곳도 많아요" },
      { text: "재수강 제도 꼭 활용하세요" },
    ],
  },
  // 졸업생게시판
  {
    board: "GRADUATE",
    title: "IT 직군 신입 공채 자소서 봐 드립니다",
    content:
      "작년에 졸업하고 지금 백엔드 개발자로 일하고 있어요. 하반기 공채 준비하는 후배님들 자소서 간단히 피드백 드릴게요. 댓글 남겨주세요.",
    likes: 26,
    scraps: 6,
    comments: [
      {
        text: "선배님 감사합니다! 쪽지 드려도 될까요?",
        replies: [{ text: "네 편하게 보내세요", by: "author" }],
      },
    ],
  },
  {
    board: "GRADUATE",
    title: "대학원 진학 vs 취업 고민하는 분들께",
    content:
      "석사 2년 하고 취업한 입장에서 느낀 점 정리해 봤어요.\n1. 연구가 재미있는지 학부연구생으로 먼저 확인하기\n2. 랩 분위기는 졸업생에게 물어보기\n3. 인건비와 등록금 지원 조건 꼭 확인하기",
    scraps: 5,
  },
  {
    board: "GRADUATE",
    title: "졸업 요건 학점 꼭 미리 확인하세요",
    content:
      "졸업 사정 때 교양 영역 하나가 모자라서 한 학기 더 다닐 뻔했습니다. 학사 시스템에서 졸업 자가진단 꼭 돌려보세요.",
    comments: [{ text: "헐 저도 확인해봐야겠네요" }],
  },
  // 새내기게시판
  {
    board: "FRESHMAN",
    title: "새내기인데 동아리 꼭 들어야 하나요?",
    content:
      "과 행사만으로도 벅찬데 동아리까지 하면 공부를 못 할 것 같아서요. 선배님들 생각은 어떠세요?",
    comments: [
      { text: "하나 정도는 추천해요. 과 밖 친구 생기는 게 생각보다 커요" },
      { text: "부담 없는 취미 동아리부터 해보세요" },
    ],
  },
  {
    board: "FRESHMAN",
    title: "학생증 교통카드 충전 어디서 해요?",
    content: "OT 때 받은 학생증에 교통카드 기능이 있다는데 충전하는 곳을 모르겠어요.",
    comments: [{ text: "학생회관 1층 편의점에서 돼요!" }],
  },
  {
    board: "FRESHMAN",
    title: "꿀교양 추천해 주세요!!",
    content: "2학기 교양 뭐 들을지 고민이에요. 과제 적고 재미있는 수업 추천 부탁드려요 🙏",
    likes: 11,
    scraps: 4,
    comments: [
      { text: "영화로읽는인문학 재밌어요. 영화 보고 짧게 감상문 쓰는 수업" },
      { text: "우주의이해 강추. 교수님이 설명을 엄청 잘 하세요" },
      { text: "온라인 강의도 시간표 짜기 편해요" },
    ],
  },
  {
    board: "FRESHMAN",
    title: "과잠 언제 나와요?",
    content: "학과 과잠 신청했는데 언제 받을 수 있는지 아시는 분…",
  },
  {
    board: "FRESHMAN",
    title: "시간표 짜는 팁 있을까요",
    content:
      "1교시 피하는 거 말고 또 어떤 걸 고려해야 할까요? 건물 간 이동 시간도 생각해야 하나요?",
    comments: [
      { text: "공학관에서 인문관까지 10분 넘게 걸려요. 쉬는 시간 15분이면 빠듯해요" },
      { text: "점심시간은 꼭 비워두세요 ㅋㅋ" },
    ],
  },
  // 시사·이슈
  {
    board: "ISSUE",
    title: "등록금 동결 소식 보셨나요",
    content:
      "내년 등록금이 동결된다는 기사가 나왔네요. 물가 생각하면 다행이긴 한데 장학금 예산은 줄어든다는 얘기도 있어서 걱정입니다.",
    comments: [{ text: "장학금 줄면 결국 체감은 인상이죠" }],
  },
  {
    board: "ISSUE",
    title: "과제에 생성형 AI 쓰는 거 어디까지 허용돼야 할까요",
    content:
      "어떤 수업은 전면 금지, 어떤 수업은 출처만 밝히면 허용이더라고요. 학교 차원의 가이드라인이 있어야 하지 않을까요?",
    likes: 19,
    comments: [
      { text: "도구로 쓰는 건 괜찮다고 봐요. 계산기도 처음엔 논란이었잖아요" },
      {
        text: "결국 평가 방식이 바뀌어야 한다고 생각합니다",
        replies: [{ text: "ㅇㅈ 구술시험 늘어날 듯" }],
      },
    ],
  },
  {
    board: "ISSUE",
    title: "청년 월세 지원 확대 어떻게 보세요",
    content: "자취생 입장에서는 반가운데 소득 기준이 애매해서 대상자가 많지 않을 것 같아요.",
  },
  // 장터게시판
  {
    board: "MARKET",
    title: "[판매] 자료구조 전공책 팝니다 (필기 거의 없음)",
    content:
      "C언어로 쓴 자료구조 교재 팝니다. 한 학기 썼고 형광펜 몇 줄 외에는 깨끗해요. 15,000원, 공학관 직거래 원해요.",
    comments: [
      { text: "쪽지 드렸어요!", replies: [{ text: "확인했습니다~", by: "author" }] },
      { text: "아직 판매 중인가요?" },
    ],
  },
  {
    board: "MARKET",
    title: "[판매] 미적분학 교재 + 솔루션",
    content: "미적분학1 교재랑 솔루션 같이 팔아요. 2만 원. 자연과학관 앞에서 거래 가능합니다.",
    comments: [{ text: "네고 가능할까요?" }],
  },
  {
    board: "MARKET",
    title: "[구매] 일반물리학 교재 구해요",
    content: "일반물리학및실험1 교재 구합니다. 상태 상관없어요. 만 원 정도 생각하고 있습니다.",
  },
  {
    board: "MARKET",
    title: "[판매] 자취방 정리합니다 (전자레인지, 전기포트)",
    content:
      "졸업하면서 자취방 정리해요. 전자레인지 + 전기포트 일괄 2만 원. 정문 근처 원룸이라 직접 가져가셔야 해요.",
    comments: [
      {
        text: "전자레인지만 따로도 되나요?",
        replies: [{ text: "네 만오천 원에 드릴게요", by: "author" }],
      },
    ],
  },
  {
    board: "MARKET",
    title: "[판매] 아이패드 9세대 64GB 팝니다",
    content: "필기용으로 썼고 액정 기스 없습니다. 케이스 + 펜슬 포함 25만 원. 박스 있어요.",
    comments: [{ text: "배터리 성능 몇 %인가요?" }],
  },
  {
    board: "MARKET",
    title: "[나눔] 토익 기출 문제집 드려요",
    content: "토익 끝나서 문제집 두 권 나눔합니다. 학생회관 앞에서 드릴게요. 댓글 먼저 다신 분께!",
    comments: [{ text: "저요!!" }, { text: "혹시 LC도 있나요?" }],
  },
  // 정보게시판
  {
    board: "INFO",
    title: "[장학] 2026-2 국가장학금 2차 신청 기간 안내",
    content:
      "한국장학재단 국가장학금 2차 신청이 이번 달 말까지입니다. 재학생도 1차 때 신청 안 했으면 2차에 꼭 하세요. 서류 제출 기한도 함께 확인하세요.",
    likes: 31,
    scraps: 12,
    comments: [{ text: "정보 감사합니다! 놓칠 뻔했어요" }, { text: "가구원 동의는 미리 해두세요" }],
  },
  {
    board: "INFO",
    title: "교내 근로장학생 모집 (중앙도서관)",
    content:
      "중앙도서관에서 근로장학생을 모집합니다. 주 10시간, 시간표에 맞춰 조정 가능. 학생포털 장학 메뉴에서 신청하세요.",
    scraps: 5,
  },
  {
    board: "INFO",
    title: "수강 정정 · 수강 포기 기간 정리",
    content:
      "수강 정정: 개강 후 1주차 월~금\n수강 포기: 8주차까지 (한 학기 최대 2과목)\n포기한 과목은 성적표에 W로 남지 않아요.",
    likes: 27,
    scraps: 15,
    comments: [{ text: "깔끔한 정리 감사합니다" }],
  },
  {
    board: "INFO",
    title: "취업지원센터 토익 무료 모의고사 신청하세요",
    content:
      "다음 주 토요일 오전에 취업지원센터에서 토익 모의고사를 무료로 봅니다. 선착순 100명이에요.",
    scraps: 3,
  },
  {
    board: "INFO",
    title: "시험기간 중앙도서관 24시간 개방",
    content:
      "기말고사 2주 전부터 중앙도서관 1층 열람실이 24시간 개방됩니다. 야간에는 학생증 태그 후 출입 가능해요.",
    comments: [{ text: "이거 진짜 좋아요" }],
  },
  {
    board: "INFO",
    title: "교외 장학금 모음 (재단별 마감일)",
    content:
      "이번 달 마감 교외 장학금 모아봤어요.\n- 지역 인재 장학금: 소득 기준 있음\n- 기업 재단 이공계 장학금: 성적 3.5 이상\n- 교육청 희망 장학금: 자기소개서 필수",
    likes: 12,
    scraps: 9,
  },
  // 홍보게시판
  {
    board: "PROMO",
    title: "[설문] 대학생 수면 습관 설문조사 (5분, 기프티콘 추첨)",
    content:
      "심리학과 연구방법론 수업 과제입니다. 5분이면 끝나요! 응답자 중 10분께 커피 기프티콘 드립니다.",
    comments: [{ text: "참여했어요! 과제 화이팅" }],
  },
  {
    board: "PROMO",
    title: "[모집] 알고리즘 코딩테스트 스터디 (주 2회)",
    content:
      "하반기 코딩테스트 대비 스터디원 모집합니다. 화·목 저녁 7시 공학관 스터디룸. 백준 골드 이상이면 좋아요.",
    comments: [
      {
        text: "실버인데 가능할까요?",
        replies: [{ text: "열심히 하실 분이면 환영이에요!", by: "author" }],
      },
    ],
  },
  {
    board: "PROMO",
    title: "[행사] 가을 축제 부스 운영 팀 모집",
    content:
      "총학생회에서 가을 축제 부스 운영 팀을 모집합니다. 학과, 동아리, 친구끼리 누구나 신청 가능!",
  },
  // 동아리·학회
  {
    board: "CLUB",
    title: "[밴드 동아리] 보컬, 드럼 신입 부원 모집",
    content:
      "매 학기 정기 공연을 하는 밴드 동아리입니다. 악기 경험 없어도 괜찮아요! 오디션은 간단한 자기소개로 대신합니다.",
    comments: [{ text: "기타도 뽑나요?" }, { text: "작년 공연 진짜 멋있었어요" }],
  },
  {
    board: "CLUB",
    title: "[코딩 학회] 2학기 신입 학회원 모집합니다",
    content:
      "웹, 앱, AI 세 트랙으로 스터디와 프로젝트를 진행합니다. 비전공자도 환영해요. 지원 마감은 이번 주 금요일!",
    likes: 15,
    comments: [{ text: "비전공자인데 지원했습니다!" }],
  },
  {
    board: "CLUB",
    title: "[등산 동아리] 이번 주말 북한산 같이 가요",
    content: "토요일 오전 8시 정문 집합입니다. 초보 코스로 가요. 간식은 동아리에서 준비합니다.",
  },
  {
    board: "CLUB",
    title: "[사진 동아리] 정기 전시회 안내",
    content:
      "학생회관 2층 전시실에서 이번 주 내내 정기 전시회를 열어요. 오셔서 방명록 남겨주세요 📷",
  },
];

/** Posts by the demo account of each school (내가 쓴 글 is never empty). */
export const DEMO_POSTS: PostTemplate[] = [
  {
    board: "FRESHMAN",
    title: "전공 기초 과목 뭐부터 들어야 할까요?",
    content:
      "1학년인데 2학기 시간표 짜다가 막혔어요. 선배님들은 전공 기초를 어떤 순서로 들으셨나요?",
    anonymous: false,
    likes: 12,
    comments: [
      {
        text: "이산수학이랑 객체지향 먼저 들으면 자료구조가 편해요",
        replies: [{ text: "감사합니다! 참고할게요", by: "author" }],
      },
      { text: "미적분은 1학년 때 끝내세요" },
    ],
  },
  {
    board: "FREE",
    title: "시간표 완성했다 ㅎㅎ",
    content: "월수 오전 수업에 금요일 공강까지 완벽한 시간표 완성! 이제 수강신청만 성공하면 된다…",
    anonymous: true,
    comments: [{ text: "금공강 부럽다…" }],
  },
  {
    board: "MARKET",
    title: "[판매] 경제학원론 교재 팝니다",
    content: "경제학원론 교재 팔아요. 1만 원, 학생회관 앞 직거래 가능합니다.",
    anonymous: false,
  },
];

/** A post by each school's friend account. */
export const FRIEND_POSTS: PostTemplate[] = [
  {
    board: "FREE",
    title: "오늘 중도 4층 창가 자리 뷰 미쳤어요",
    content: "단풍이 다 들어서 창밖이 그림 같아요. 공부는 안 되는데 기분은 좋네요.",
    anonymous: false,
    comments: [{ text: "오 내일 가봐야지" }],
  },
];

/** A notice by the admin account, where there is one. */
export const ADMIN_POSTS: PostTemplate[] = [
  {
    board: "INFO",
    title: "[공지] 게시판 이용 규칙 안내",
    content:
      "비방, 혐오 표현, 개인정보 노출, 상업적 광고는 예고 없이 삭제됩니다. 장터 거래는 교내에서 안전하게 해주세요.",
    anonymous: false,
    scraps: 2,
  },
];

/** Filler comments by board, for posts that have no (or not enough) written ones. */
export const FILLER_COMMENTS: Record<BoardKind, string[]> = {
  FREE: [
    "ㅋㅋㅋㅋㅋ 공감",
    "저도 그래요 ㅠㅠ",
    "이거 완전 인정",
    "헐 몰랐어요",
    "오 좋네요",
    "저만 그런 게 아니었군요",
    "ㅋㅋㅋ 미쳤다",
    "내일 가봐야겠다",
  ],
  SECRET: [
    "힘내세요. 잘 될 거예요",
    "저도 비슷한 고민 했었는데 시간이 해결해 주더라고요",
    "상담센터 한번 가보시는 것도 추천해요",
    "응원합니다!",
    "너무 공감돼요",
    "저라면 솔직하게 말할 것 같아요",
  ],
  GRADUATE: [
    "선배님 감사합니다",
    "좋은 정보 감사해요",
    "저도 궁금했어요",
    "현실적인 조언 감사합니다",
  ],
  FRESHMAN: [
    "저도 새내기인데 같이 알아봐요!",
    "학과 단톡방에 물어보면 금방 알려줘요",
    "선배들 말 들으세요 ㅋㅋ",
    "학생지원팀 가면 알려줘요",
  ],
  ISSUE: [
    "좋은 글 감사합니다",
    "저는 생각이 조금 달라요",
    "기사 링크도 같이 올려주시면 좋겠어요",
    "양쪽 입장 다 이해가 가네요",
  ],
  MARKET: ["쪽지 드렸어요!", "아직 판매 중인가요?", "네고 가능할까요?", "직거래 장소 어디세요?"],
  INFO: [
    "정보 감사합니다!",
    "스크랩해 갑니다",
    "와 이거 몰랐으면 놓칠 뻔",
    "신청 자격이 어떻게 되나요?",
  ],
  PROMO: ["참여했어요! 화이팅", "아직 모집하나요?", "설문 완료했습니다", "재밌어 보이네요"],
  CLUB: ["지원했습니다!", "면접 있나요?", "초보도 가능한가요?", "작년에 했는데 진짜 재밌어요 강추"],
  USER: ["저도 참여하고 싶어요!", "좋은 정보 감사합니다", "이번 주에도 하나요?", "ㅋㅋㅋ 공감"],
};

export const FILLER_REPLIES = ["222", "ㅇㅈ", "저도요!", "ㄹㅇ", "헐 진짜요?", "감사합니다!"];
