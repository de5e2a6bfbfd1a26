import "server-only";
import { parseId } from "@/lib/validation/id";
import { prisma } from "@/lib/db";
import { notFound } from "@/lib/http/errors";
import type { Viewer } from "@/lib/auth/viewer";

// The 전공/영역 tree (LectureDomain) of the viewer's school. Each node stores its materialised
// id path ("/1/5/12/"), so a node's ancestors are the ids in its path and its descendants are
// the nodes whose path starts with it — one query either way, at any depth.

export type DomainChildDto = { id: number; name: string; hasChildren: boolean };
export type DomainPathDto = { id: number; name: string; path: { id: number; name: string }[] };

const domainNotFound = () => notFound("전공/영역");

/** A domain node of the viewer's school (another school's node is NOT_FOUND). */
export async function getDomainNodeOrThrow(viewer: Viewer, domainId: number) {
  const node = await prisma.lectureDomain.findFirst({
    where: { id: domainId, schoolId: viewer.schoolId },
    select: { id: true, name: true, path: true },
  });
  if (!node) throw domainNotFound();
  return node;
}

/** Children of a node (top level without parentId), in display order, each with hasChildren. */
export async function listDomainChildren(
  viewer: Viewer,
  parentId?: number,
): Promise<DomainChildDto[]> {
  if (parentId !== undefined) await getDomainNodeOrThrow(viewer, parentId);
  const children = await prisma.lectureDomain.findMany({
    where: { schoolId: viewer.schoolId, parentId: parentId ?? null },
    select: { id: true, name: true },
    orderBy: [{ position: "asc" }, { id: "asc" }],
  });
  if (children.length === 0) return [];
  // One grouped query for all children instead of one count per child.
  const grandchildren = await prisma.lectureDomain.groupBy({
    by: ["parentId"],
    where: { parentId: { in: children.map((c) => c.id) } },
    _count: { _all: true },
  });
  const withChildren = new Set(
    grandchildren.filter((g) => g._count._all > 0).map((g) => g.parentId),
  );
  return children.map((c) => ({ id: c.id, name: c.name, hasChildren: withChildren.has(c.id) }));
}

/** Ids in a materialised path "/1/5/12/" → [1, 5, 12]. */
export function pathIds(path: string): number[] {
  return path
    .split("/")
    .filter(Boolean)
    .map(parseId)
    .filter((n): n is number => n !== null);
}

/** A node with its path from the top down (the node itself last), read in one query. */
export async function getDomainPath(viewer: Viewer, domainId: number): Promise<DomainPathDto> {
  const node = await getDomainNodeOrThrow(viewer, domainId);
  const ids = pathIds(node.path);
  if (!ids.includes(node.id)) ids.push(node.id);
  const rows = await prisma.lectureDomain.findMany({
    where: { id: { in: ids }, schoolId: viewer.schoolId },
    select: { id: true, name: true },
  });
  const byId = new Map(rows.map((r) => [r.id, r]));
  const path = ids.flatMap((id) => {
    const row = byId.get(id);
    return row ? [{ id: row.id, name: row.name }] : [];
  });
  return { id: node.id, name: node.name, path };
}
