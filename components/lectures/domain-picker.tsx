"use client";

import { useEffect, useRef, useState } from "react";
import { loadDomainChildrenAction } from "@/lib/lectures/actions";
import { refusalText } from "@/lib/http/action-state";
import type { DomainChildDto } from "@/lib/lectures/domains";

// The drill-down 전공/영역 picker: a breadcrumb of the chosen path (each step jumps back up) and
// the children of the current node, loaded one level at a time when it is opened.

export type DomainCrumb = { id: number; name: string };

type Loaded = { forId: number | null; items: DomainChildDto[]; error?: string };

export function DomainPicker({
  path,
  onPathChange,
}: {
  path: DomainCrumb[];
  onPathChange: (path: DomainCrumb[]) => void;
}) {
  const currentId = path.length ? path[path.length - 1].id : null;
  const cache = useRef(new Map<number | null, DomainChildDto[]>());
  const [loaded, setLoaded] = useState<Loaded>({ forId: -1, items: [] });
  const root = useRef<HTMLDivElement>(null);
  // After a step chosen by the user, keyboard focus moves on to the next level's first child
  // (or, at a leaf, to the current breadcrumb) instead of being lost with the old buttons.
  const moveFocus = useRef(false);
  const choose = (next: DomainCrumb[]) => {
    moveFocus.current = true;
    onPathChange(next);
  };

  useEffect(() => {
    if (!moveFocus.current || loaded.forId !== currentId) return;
    moveFocus.current = false;
    const target =
      root.current?.querySelector<HTMLButtonElement>("[data-domain-child]") ??
      root.current?.querySelector<HTMLButtonElement>('[aria-current="location"]');
    target?.focus();
  }, [loaded, currentId]);

  useEffect(() => {
    let live = true;
    const cached = cache.current.get(currentId);
    const load = cached
      ? Promise.resolve({ ok: true as const, data: cached })
      : loadDomainChildrenAction({ parentId: currentId });
    load.then((result) => {
      if (!live) return;
      if (result.ok && result.data) {
        cache.current.set(currentId, result.data);
        setLoaded({ forId: currentId, items: result.data });
      } else {
        setLoaded({
          forId: currentId,
          items: [],
          error: refusalText(result) ?? "불러오지 못했습니다.",
        });
      }
    });
    return () => {
      live = false;
    };
  }, [currentId]);

  const loading = loaded.forId !== currentId;
  return (
    <div ref={root} className="space-y-2">
      <nav aria-label="전공/영역 경로">
        <ol className="flex flex-wrap items-center gap-1 text-sm">
          <li>
            <CrumbButton label="전체" current={path.length === 0} onClick={() => choose([])} />
          </li>
          {path.map((node, i) => (
            <li key={node.id} className="flex items-center gap-1">
              <span aria-hidden="true" className="text-gray-400">
                ›
              </span>
              <CrumbButton
                label={node.name}
                current={i === path.length - 1}
                onClick={() => choose(path.slice(0, i + 1))}
              />
            </li>
          ))}
        </ol>
      </nav>
      {loading ? (
        <p className="text-xs text-gray-500" aria-live="polite">
          분류를 불러오는 중…
        </p>
      ) : loaded.error ? (
        <p className="text-xs text-red-600" role="alert">
          {loaded.error}
        </p>
      ) : loaded.items.length > 0 ? (
        <ul
          aria-label={path.length ? `${path[path.length - 1].name}의 하위 분류` : "전공/영역"}
          className="grid grid-cols-2 gap-1.5"
        >
          {loaded.items.map((child) => (
            <li key={child.id}>
              <button
                type="button"
                data-domain-child
                onClick={() => choose([...path, { id: child.id, name: child.name }])}
                className="flex w-full items-center justify-between gap-1 rounded-md border border-gray-200 bg-white px-2.5 py-1.5 text-left text-sm hover:border-brand-500 hover:bg-brand-50"
              >
                <span>{child.name}</span>
                {child.hasChildren && (
                  <span aria-hidden="true" className="text-gray-400">
                    ›
                  </span>
                )}
                {child.hasChildren && <span className="sr-only">(하위 분류 있음)</span>}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

function CrumbButton({
  label,
  current,
  onClick,
}: {
  label: string;
  current: boolean;
  onClick: () => void;
}) {
  return (
    <button
      type="button"
      onClick={onClick}
      aria-current={current ? "location" : undefined}
      className={`rounded px-1.5 py-0.5 ${current ? "bg-brand-50 font-semibold text-brand-700" : "text-gray-600 hover:bg-gray-100 hover:text-gray-900"}`}
    >
      {label}
    </button>
  );
}
