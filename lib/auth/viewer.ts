import "server-only";
import { cache } from "react";
import { redirect } from "next/navigation";
import { prisma } from "@/lib/db";
import { auth } from "@/lib/auth/auth";
import { verifyAccessToken } from "@/lib/auth/access-token";

/** The signed-in user as every service sees them. */
export type Viewer = {
  id: number;
  schoolId: number;
  nickname: string;
  isAdmin: boolean;
};

/** Loads an active user as a Viewer; inactive or missing users are nobody. */
export async function loadViewer(userId: number): Promise<Viewer | null> {
  const user = await prisma.user.findUnique({
    where: { id: userId },
    select: { id: true, schoolId: true, nickname: true, isAdmin: true, isActive: true },
  });
  if (!user || !user.isActive) return null;
  return { id: user.id, schoolId: user.schoolId, nickname: user.nickname, isAdmin: user.isAdmin };
}

async function viewerFromSession(): Promise<Viewer | null> {
  const session = await auth();
  const id = Number(session?.user?.id);
  return Number.isSafeInteger(id) && id > 0 ? loadViewer(id) : null;
}

/** For pages and server actions: the session's viewer, once per request. */
export const getViewer = cache(viewerFromSession);

/** For pages and server actions: the viewer, or off to /login. */
export async function requireViewer(): Promise<Viewer> {
  const viewer = await getViewer();
  if (!viewer) redirect("/login");
  return viewer;
}

/**
 * For the public API: `Authorization: Bearer <token>` first; without that header, the browser's
 * next-auth session cookie. A Bearer header that is present but invalid never falls back.
 */
export async function viewerFromRequest(req: Request): Promise<Viewer | null> {
  const header = req.headers.get("authorization");
  if (header) {
    const match = /^Bearer\s+(\S+)$/i.exec(header.trim());
    if (!match) return null;
    const userId = await verifyAccessToken(match[1]);
    return userId ? loadViewer(userId) : null;
  }
  return viewerFromSession();
}
