import "server-only";
import type { Mail } from "./queue";

// The mails Campustime sends, in Korean, as plain text and the same words in simple HTML.

const esc = (s: string) =>
  s.replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!,
  );

function html(paragraphs: string[], extra = ""): string {
  const body = paragraphs.map((p) => `<p>${esc(p).replace(/\n/g, "<br>")}</p>`).join("\n");
  return `<!doctype html><html lang="ko"><body style="font-family:sans-serif;line-height:1.6">\n${body}\n${extra}<p style="color:#888">Campustime</p></body></html>`;
}

const FOOTER = "본인이 요청하지 않았다면 이 메일은 무시해 주세요.";

export function verificationCodeMail(to: string, school: string, code: string): Mail {
  const lines = [
    `${school} 학교 인증 코드입니다.`,
    `인증 코드: ${code}`,
    "10분 안에 Campustime의 학교 인증 화면에 입력해 주세요. 새 코드를 요청하면 이 코드는 더 이상 쓸 수 없습니다.",
    FOOTER,
  ];
  return {
    to,
    subject: `[Campustime] 학교 인증 코드 ${code}`,
    text: lines.join("\n\n"),
    html: html(
      [lines[0]],
      `<p style="font-size:28px;font-weight:bold;letter-spacing:4px">${esc(code)}</p>\n` +
        [lines[2], lines[3]].map((l) => `<p>${esc(l)}</p>`).join("\n"),
    ),
    devNote: `학교 인증 코드 ${code}`,
  };
}

export function addressInUseMail(to: string, school: string): Mail {
  const lines = [
    `이 주소(${to})로 ${school} 학교 인증이 요청되었습니다.`,
    "하지만 이 학교 이메일은 이미 다른 Campustime 계정의 학교 인증에 사용되었습니다. 학교 이메일 하나로는 계정 하나만 인증할 수 있어 인증 코드를 보내지 않았습니다.",
    "그 계정이 본인의 것이라면 그 계정으로 로그인해 주세요. 비밀번호가 기억나지 않으면 로그인 화면의 '비밀번호 찾기'를 이용할 수 있습니다.",
    FOOTER,
  ];
  return {
    to,
    subject: "[Campustime] 이미 사용 중인 학교 이메일입니다",
    text: lines.join("\n\n"),
    html: html(lines),
    devNote: "학교 인증: 이미 다른 계정이 인증한 주소라 코드 대신 안내 메일을 보냄",
  };
}

export function passwordResetMail(to: string, link: string): Mail {
  const lines = [
    "Campustime 비밀번호 재설정을 요청하셨습니다.",
    "아래 링크에서 새 비밀번호를 정해 주세요. 링크는 60분 동안 한 번만 쓸 수 있습니다.",
    link,
    FOOTER,
  ];
  return {
    to,
    subject: "[Campustime] 비밀번호 재설정 안내",
    text: lines.join("\n\n"),
    html: html(
      lines.slice(0, 2),
      `<p><a href="${esc(link)}">비밀번호 재설정하기</a></p>\n<p style="word-break:break-all;color:#555">${esc(link)}</p>\n<p>${esc(FOOTER)}</p>\n`,
    ),
    devNote: `비밀번호 재설정 링크 ${link}`,
  };
}

export function passwordChangedMail(to: string): Mail {
  const lines = [
    "비밀번호가 변경되었습니다.",
    "Campustime 계정의 비밀번호가 변경되어, 로그인되어 있던 다른 기기에서는 모두 로그아웃되었습니다.",
    "본인이 변경하지 않았다면 로그인 화면의 '비밀번호 찾기'로 즉시 비밀번호를 다시 정해 주세요.",
  ];
  return {
    to,
    subject: "[Campustime] 비밀번호가 변경되었습니다",
    text: lines.join("\n\n"),
    html: html(lines),
    devNote: "비밀번호 변경 안내",
  };
}

export function documentDecisionMail(
  to: string,
  approved: boolean,
  level: string,
  reason: string | null,
): Mail {
  const lines = approved
    ? [`학교 인증이 승인되었습니다 (${level}).`, "이제 학교 커뮤니티를 이용할 수 있습니다."]
    : [
        "학교 인증 서류가 반려되었습니다.",
        reason ? `사유: ${reason}` : "서류를 확인할 수 없었습니다.",
        "학교 인증 화면에서 다시 제출하거나 학교 이메일로 인증해 주세요.",
      ];
  return {
    to,
    subject: approved ? "[Campustime] 학교 인증 승인" : "[Campustime] 학교 인증 서류 반려",
    text: lines.join("\n\n"),
    html: html(lines),
    devNote: approved ? "학교 인증 승인 안내" : "학교 인증 반려 안내",
  };
}
