import type { Metadata } from "next";
import Link from "next/link";
import { requireViewer } from "@/lib/auth/viewer";
import { env } from "@/lib/env";
import { listBestPosts } from "@/lib/community/hot-best";
import { loadListPage, searchParam } from "@/lib/community/page-query";
import { parseSeason, recentSeasons, seasonLabel, seasonOf } from "@/lib/community/seasons";
import { PostListCard } from "@/components/community/post-list-card";

export const metadata: Metadata = { title: "BEST 게시판" };

export default async function BestPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const viewer = await requireViewer();
  const sp = await searchParams;
  const now = new Date();
  const requested = searchParam(sp, "season");
  const season = requested && parseSeason(requested) ? requested : seasonOf(now);
  const cursor = searchParam(sp, "cursor");
  const page = await loadListPage(cursor, (c) =>
    listBestPosts(viewer, { limit: 20, cursor: c, season }, now),
  );
  const seasons = recentSeasons(now, 4);
  if (!seasons.includes(season)) seasons.push(season);
  return (
    <PostListCard
      title="BEST 게시판"
      description={`공감 ${env().BEST_THRESHOLD}개 이상을 받은 글을 반기마다 공감이 많은 순서로 모았습니다.`}
      page={page}
      basePath="/best"
      params={{ season }}
      isFirstPage={!cursor}
      empty={`${seasonLabel(season)}에는 아직 BEST 게시물이 없습니다.`}
    >
      <nav aria-label="시즌" className="-mx-1 flex gap-1 overflow-x-auto px-1 pb-1">
        {seasons.map((s) => (
          <Link
            key={s}
            href={`/best?season=${s}`}
            aria-current={s === season ? "page" : undefined}
            className={`shrink-0 rounded-full border px-3 py-1 text-xs sm:text-sm ${
              s === season
                ? "border-brand-600 bg-brand-600 text-white"
                : "border-gray-300 bg-white text-gray-700 hover:bg-gray-50"
            }`}
          >
            {seasonLabel(s)}
          </Link>
        ))}
      </nav>
    </PostListCard>
  );
}
