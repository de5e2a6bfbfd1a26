import { DAY_LABEL } from "@/lib/lectures/format";
import { layoutGrid, type GridEvent, type GridLecture } from "./grid-layout";

// "이미지로 저장": the week grid drawn on a canvas in the browser (same layout and colours as the
// page), as a PNG blob. Nothing leaves the device.

export async function drawTimetablePng(
  title: string,
  lectures: GridLecture[],
  events: GridEvent[],
): Promise<Blob> {
  const { days, startHour, endHour, blocks } = layoutGrid(lectures, events);
  const scale = 2;
  const hourH = 56;
  const timeW = 36;
  const colW = 120;
  const headH = 28;
  const titleH = 36;
  const width = timeW + colW * days.length;
  const height = titleH + headH + hourH * (endHour - startHour);
  const canvas = document.createElement("canvas");
  canvas.width = width * scale;
  canvas.height = height * scale;
  const ctx = canvas.getContext("2d")!;
  ctx.scale(scale, scale);
  const font = (size: number, weight = 400) =>
    `${weight} ${size}px system-ui, -apple-system, "Apple SD Gothic Neo", "Noto Sans KR", sans-serif`;

  ctx.fillStyle = "#ffffff";
  ctx.fillRect(0, 0, width, height);
  ctx.fillStyle = "#111827";
  ctx.font = font(15, 700);
  ctx.textBaseline = "middle";
  ctx.fillText(title, 8, titleH / 2);

  const top = titleH + headH;
  ctx.strokeStyle = "#e5e7eb";
  ctx.lineWidth = 1;
  for (let h = 0; h <= endHour - startHour; h++) {
    ctx.beginPath();
    ctx.moveTo(0, top + h * hourH + 0.5);
    ctx.lineTo(width, top + h * hourH + 0.5);
    ctx.stroke();
    if (h < endHour - startHour) {
      ctx.fillStyle = "#9ca3af";
      ctx.font = font(10);
      ctx.textBaseline = "top";
      ctx.fillText(String(startHour + h), 6, top + h * hourH + 3);
    }
  }
  days.forEach((d, i) => {
    const x = timeW + i * colW;
    ctx.beginPath();
    ctx.moveTo(x + 0.5, titleH);
    ctx.lineTo(x + 0.5, height);
    ctx.stroke();
    ctx.fillStyle = "#4b5563";
    ctx.font = font(12, 600);
    ctx.textBaseline = "middle";
    ctx.textAlign = "center";
    ctx.fillText(DAY_LABEL[d], x + colW / 2, titleH + headH / 2);
    ctx.textAlign = "left";
  });

  for (const b of blocks) {
    const color = b.color;
    const x = timeW + days.indexOf(b.day) * colW + 1;
    const y = top + b.top * hourH + 1;
    const w = colW - 2;
    const h = Math.max(b.height * hourH - 2, 12);
    ctx.fillStyle = color.bg;
    ctx.beginPath();
    ctx.roundRect(x, y, w, h, 5);
    ctx.fill();
    ctx.fillStyle = color.border;
    ctx.fillRect(x, y, 4, h);
    ctx.save();
    ctx.beginPath();
    ctx.rect(x + 6, y, w - 8, h);
    ctx.clip();
    ctx.fillStyle = color.fg;
    ctx.textBaseline = "top";
    ctx.font = font(11, 700);
    const lines = wrap(ctx, b.name, w - 10, 3);
    lines.forEach((line, i) => ctx.fillText(line, x + 7, y + 4 + i * 13));
    if (b.room) {
      ctx.font = font(10);
      ctx.globalAlpha = 0.8;
      ctx.fillText(b.room, x + 7, y + 6 + lines.length * 13);
      ctx.globalAlpha = 1;
    }
    ctx.restore();
  }

  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error("toBlob failed"))),
      "image/png",
    ),
  );
}

/** Breaks `text` into at most `max` lines that fit `width` (Korean has no spaces to break on). */
function wrap(ctx: CanvasRenderingContext2D, text: string, width: number, max: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const ch of text) {
    if (ctx.measureText(line + ch).width > width && line) {
      lines.push(line);
      line = "";
      if (lines.length === max) return lines;
    }
    line += ch;
  }
  if (line) lines.push(line);
  return lines.slice(0, max);
}
