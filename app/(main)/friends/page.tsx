import type { Metadata } from "next";
import Link from "next/link";
import { requireViewer } from "@/lib/auth/viewer";
import { listFriendRequests, listFriends, type UserBriefDto } from "@/lib/friends/service";
import { FriendActionButton } from "@/components/friends/friend-action-button";
import { FriendRequestForm } from "@/components/friends/friend-request-form";
import { MessageButton } from "@/components/social/message-button";

export const metadata: Metadata = { title: "친구" };

function Avatar({ user }: { user: UserBriefDto }) {
  return (
    <span
      aria-hidden="true"
      className="flex h-8 w-8 shrink-0 items-center justify-center rounded-full bg-brand-100 text-sm font-bold text-brand-700"
    >
      {user.nickname.slice(0, 1)}
    </span>
  );
}

export default async function FriendsPage() {
  const viewer = await requireViewer();
  const [friends, requests] = await Promise.all([listFriends(viewer), listFriendRequests(viewer)]);
  return (
    <div className="space-y-4">
      <h1 className="text-lg font-bold">친구</h1>

      <section
        aria-labelledby="add-friend-heading"
        className="rounded-xl border border-gray-200 bg-white p-4"
      >
        <h2 id="add-friend-heading" className="mb-2 font-bold">
          친구 추가
        </h2>
        <FriendRequestForm />
        <p className="text-xs text-gray-500">
          같은 학교 학생에게만 요청할 수 있어요. 친구가 되면 서로의 기본 시간표를 볼 수
          있습니다(공개 범위가 친구 공개 이상일 때).
        </p>
      </section>

      {requests.incoming.length > 0 && (
        <section
          aria-labelledby="incoming-heading"
          className="rounded-xl border border-gray-200 bg-white"
        >
          <h2 id="incoming-heading" className="border-b border-gray-100 px-4 py-3 font-bold">
            받은 요청{" "}
            <span className="text-sm font-normal text-gray-500">{requests.incoming.length}</span>
          </h2>
          <ul className="divide-y divide-gray-100">
            {requests.incoming.map((r) => (
              <li key={r.id} className="flex items-center gap-3 px-4 py-2.5">
                <Avatar user={r.requester} />
                <span className="min-w-0 flex-1 truncate text-sm font-medium">
                  {r.requester.nickname}
                </span>
                <FriendActionButton
                  intent="accept"
                  requestId={r.id}
                  label="수락"
                  accessibleLabel={`${r.requester.nickname}님의 요청 수락`}
                  tone="primary"
                />
                <FriendActionButton
                  intent="decline"
                  requestId={r.id}
                  label="거절"
                  accessibleLabel={`${r.requester.nickname}님의 요청 거절`}
                />
              </li>
            ))}
          </ul>
        </section>
      )}

      {requests.outgoing.length > 0 && (
        <section
          aria-labelledby="outgoing-heading"
          className="rounded-xl border border-gray-200 bg-white"
        >
          <h2 id="outgoing-heading" className="border-b border-gray-100 px-4 py-3 font-bold">
            보낸 요청{" "}
            <span className="text-sm font-normal text-gray-500">{requests.outgoing.length}</span>
          </h2>
          <ul className="divide-y divide-gray-100">
            {requests.outgoing.map((r) => (
              <li key={r.id} className="flex items-center gap-3 px-4 py-2.5">
                <Avatar user={r.addressee} />
                <span className="min-w-0 flex-1 truncate text-sm">
                  <span className="font-medium">{r.addressee.nickname}</span>{" "}
                  <span className="text-xs text-gray-500">수락 대기 중</span>
                </span>
                <FriendActionButton
                  intent="remove"
                  userId={r.addressee.id}
                  label="취소"
                  accessibleLabel={`${r.addressee.nickname}님에게 보낸 요청 취소`}
                />
              </li>
            ))}
          </ul>
        </section>
      )}

      <section
        aria-labelledby="friends-heading"
        className="rounded-xl border border-gray-200 bg-white"
      >
        <h2 id="friends-heading" className="border-b border-gray-100 px-4 py-3 font-bold">
          내 친구 <span className="text-sm font-normal text-gray-500">{friends.length}</span>
        </h2>
        {friends.length === 0 ? (
          <p className="px-4 py-6 text-center text-sm text-gray-500">
            아직 친구가 없습니다. 닉네임으로 친구 요청을 보내 보세요.
          </p>
        ) : (
          <ul className="divide-y divide-gray-100">
            {friends.map((f) => (
              <li key={f.id} className="flex items-center gap-3 px-4 py-2.5">
                <Avatar user={f} />
                <Link
                  href={`/friends/${f.id}`}
                  className="min-w-0 flex-1 truncate text-sm font-medium hover:underline"
                >
                  {f.nickname}
                  <span className="ml-2 text-xs font-normal text-gray-500">시간표 보기 ›</span>
                </Link>
                <MessageButton
                  targetKind="user"
                  targetId={f.id}
                  label="쪽지"
                  className="rounded-md px-2 py-1 text-sm text-gray-600 hover:bg-gray-100"
                />
                <FriendActionButton
                  intent="remove"
                  userId={f.id}
                  label="삭제"
                  accessibleLabel={`${f.nickname}님 친구 삭제`}
                  tone="danger"
                  confirm={`${f.nickname}님을 친구에서 삭제할까요?`}
                />
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
