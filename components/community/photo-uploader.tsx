"use client";

import Image from "next/image";
import { useEffect, useRef, useState } from "react";

// 사진 첨부 of the write form: each chosen file is uploaded at once through POST /api/v1/uploads
// (XMLHttpRequest, for its progress events; the session cookie signs it in), previewed from the
// local file, and sent with the post as hidden `photoIds` inputs in the order shown.

type Item = {
  key: string;
  name: string;
  previewUrl: string;
  progress: number;
  status: "uploading" | "done" | "error";
  photoId?: number;
  error?: string;
};

type UploadResult = { id: number; url: string; width: number; height: number };

function upload(
  file: File,
  onProgress: (fraction: number) => void,
  register: (xhr: XMLHttpRequest) => void,
): Promise<UploadResult> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    register(xhr);
    xhr.open("POST", "/api/v1/uploads");
    xhr.responseType = "json";
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) onProgress(e.loaded / e.total);
    };
    xhr.onload = () => {
      if (xhr.status === 201 && xhr.response) resolve(xhr.response as UploadResult);
      else
        reject(
          new Error(
            (xhr.response as { error?: { message?: string } } | null)?.error?.message ??
              "사진을 올리지 못했습니다.",
          ),
        );
    };
    xhr.onerror = () => reject(new Error("네트워크 오류로 사진을 올리지 못했습니다."));
    xhr.onabort = () => reject(new Error("취소했습니다."));
    const form = new FormData();
    form.append("file", file);
    xhr.send(form);
  });
}

let nextKey = 0;

export function PhotoUploader({
  max,
  maxBytes,
  error,
  onBusyChange,
}: {
  max: number;
  maxBytes: number;
  error?: string;
  onBusyChange: (busy: boolean) => void;
}) {
  const [items, setItems] = useState<Item[]>([]);
  const [notice, setNotice] = useState<string | null>(null);
  const requests = useRef(new Map<string, XMLHttpRequest>());
  const previews = useRef(new Set<string>());

  const busy = items.some((i) => i.status === "uploading");
  useEffect(() => onBusyChange(busy), [busy, onBusyChange]);

  // Free the local previews when the form goes away.
  useEffect(() => {
    const urls = previews.current;
    return () => urls.forEach((u) => URL.revokeObjectURL(u));
  }, []);

  const update = (key: string, patch: Partial<Item>) =>
    setItems((list) => list.map((i) => (i.key === key ? { ...i, ...patch } : i)));

  function addFiles(files: File[]) {
    setNotice(null);
    // A failed file is not a photo of the post: it does not take one of the N/20 places.
    const room = max - items.filter((i) => i.status !== "error").length;
    if (files.length > room) setNotice(`사진은 ${max}장까지 첨부할 수 있습니다.`);
    for (const file of files.slice(0, Math.max(0, room))) {
      const key = `p${++nextKey}`;
      const previewUrl = URL.createObjectURL(file);
      previews.current.add(previewUrl);
      const tooLarge = file.size > maxBytes;
      const item: Item = {
        key,
        name: file.name,
        previewUrl,
        progress: 0,
        status: tooLarge ? "error" : "uploading",
        error: tooLarge
          ? `${Math.floor(maxBytes / (1024 * 1024))}MB 이하의 사진만 올릴 수 있습니다.`
          : undefined,
      };
      setItems((list) => [...list, item]);
      if (tooLarge) continue;
      upload(
        file,
        (progress) => update(key, { progress }),
        (xhr) => requests.current.set(key, xhr),
      )
        .then((photo) => update(key, { status: "done", progress: 1, photoId: photo.id }))
        .catch((e: Error) => update(key, { status: "error", error: e.message }))
        .finally(() => requests.current.delete(key));
    }
  }

  function remove(item: Item) {
    requests.current.get(item.key)?.abort();
    URL.revokeObjectURL(item.previewUrl);
    previews.current.delete(item.previewUrl);
    setItems((list) => list.filter((i) => i.key !== item.key));
    setNotice(null);
  }

  const message = error ?? notice;
  const attached = items.filter((i) => i.status !== "error");
  const failed = items.filter((i) => i.status === "error");
  return (
    <div>
      <div className="flex items-center gap-3">
        <label className="inline-flex cursor-pointer items-center gap-1.5 rounded-md border border-gray-300 bg-white px-3 py-2 text-sm font-medium text-gray-700 focus-within:ring-2 focus-within:ring-brand-500 hover:bg-gray-50">
          <input
            type="file"
            accept="image/jpeg,image/png,image/webp,image/gif"
            multiple
            className="sr-only"
            aria-describedby="photo-help photo-error"
            disabled={attached.length >= max}
            onChange={(e) => {
              addFiles(Array.from(e.currentTarget.files ?? []));
              e.currentTarget.value = "";
            }}
          />
          사진 첨부
        </label>
        <span id="photo-help" className="text-xs text-gray-500">
          {attached.length}/{max}장 · JPEG, PNG, WebP, GIF
        </span>
      </div>
      <p id="photo-error" aria-live="polite" className="mt-1 text-sm text-brand-600 empty:hidden">
        {message}
      </p>
      {failed.length > 0 && (
        // Refused files get a line of their own under the button, in full (not inside an 80-px tile).
        <ul className="mt-2 space-y-1" aria-label="올리지 못한 사진">
          {failed.map((item) => (
            <li
              key={item.key}
              role="alert"
              className="flex items-start gap-2 rounded-md bg-brand-50 px-3 py-2 text-sm text-brand-700"
            >
              <p className="min-w-0 flex-1 break-keep">
                <span className="font-medium break-all">{item.name}</span>: {item.error}
              </p>
              <button
                type="button"
                onClick={() => remove(item)}
                aria-label={`${item.name} 오류 닫기`}
                className="-mr-1 shrink-0 rounded px-1.5 leading-tight text-brand-700 hover:bg-brand-100"
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      {attached.length > 0 && (
        <ul className="mt-2 grid grid-cols-4 gap-2 sm:grid-cols-6" aria-label="첨부한 사진">
          {attached.map((item, index) => (
            <li
              key={item.key}
              className="relative aspect-square overflow-hidden rounded-md border border-gray-200 bg-gray-100"
            >
              <Image
                src={item.previewUrl}
                alt={`첨부 사진 ${index + 1}: ${item.name}`}
                fill
                unoptimized
                sizes="96px"
                className="object-cover"
              />
              {item.status === "uploading" && (
                <div className="absolute inset-x-1 bottom-1 h-1.5 overflow-hidden rounded bg-white/70">
                  <div
                    role="progressbar"
                    aria-label={`${item.name} 올리는 중`}
                    aria-valuemin={0}
                    aria-valuemax={100}
                    aria-valuenow={Math.round(item.progress * 100)}
                    className="h-full bg-brand-600 transition-[width]"
                    style={{ width: `${Math.round(item.progress * 100)}%` }}
                  />
                </div>
              )}
              {item.status === "done" && item.photoId && (
                <input type="hidden" name="photoIds" value={item.photoId} />
              )}
              <button
                type="button"
                onClick={() => remove(item)}
                aria-label={`첨부 사진 ${index + 1} 빼기`}
                className="absolute top-0.5 right-0.5 flex h-6 w-6 items-center justify-center rounded-full bg-black/60 text-sm leading-none text-white hover:bg-black/80"
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
