import Link from "next/link";
import { requireViewer } from "@/lib/auth/viewer";
import { listBoards } from "@/lib/community/boards";

export default async function HomePage() {
  const viewer = await requireViewer();
  const boards = await listBoards(viewer);
  return (
    <div className="space-y-4">
      <h1 className="sr-only">게시판</h1>
      <section aria-labelledby="boards-heading" className="rounded-xl border border-gray-200 bg-white">
        <h2 id="boards-heading" className="border-b border-gray-100 px-4 py-3 font-bold">
          게시판
        </h2>
        <ul className="divide-y divide-gray-100">
          {boards.map((board) => (
            <li key={board.id}>
              <Link href={`/boards/${board.id}`} className="block px-4 py-3 hover:bg-gray-50">
                <span className="font-medium">{board.name}</span>
                {board.description && <span className="mt-0.5 block text-sm text-gray-500">{board.description}</span>}
              </Link>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
