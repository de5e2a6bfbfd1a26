"use client";

import Link from "next/link";
import { useCallback, useState } from "react";
import { createBookAction, updateBookAction } from "@/lib/books/actions";
import {
  BOOK_CONDITIONS,
  BOOK_FIELD_MAX,
  BOOK_NOTE_MAX,
  BOOK_PHOTOS_MAX,
  BOOK_TITLE_MAX,
  CONDITION_LABELS,
  type BookCondition,
} from "@/lib/books/schemas";
import { buttonClass, SubmitButton } from "@/components/ui/button";
import {
  controlClass,
  describedBy,
  Field,
  FieldErrors,
  FormMessage,
  TextAreaField,
  TextField,
} from "@/components/ui/field";
import { useActionForm } from "@/components/ui/use-action-form";
import { PhotoUploader } from "@/components/community/photo-uploader";

export type LectureOption = { id: number; name: string; professor: string; semester: string };

type Initial = {
  title: string;
  author: string | null;
  publisher: string | null;
  isbn: string | null;
  lectureId: number | null;
  price: number;
  condition: BookCondition;
  note: string;
};

type Props = {
  lectures: LectureOption[];
  uploadMaxBytes?: number;
} & ({ mode: "create"; lectureId?: number } | { mode: "edit"; bookId: number; initial: Initial });

const SHOWN_FIELDS = [
  "title",
  "author",
  "publisher",
  "isbn",
  "lectureId",
  "price",
  "condition",
  "note",
  "photoIds",
];

/** 책 팔기 / 책 수정 through the server action; a refused submit keeps what was typed. */
export function BookForm(props: Props) {
  const { lectures, uploadMaxBytes = 10 * 1024 * 1024 } = props;
  const form = useActionForm(props.mode === "create" ? createBookAction : updateBookAction);
  const initial = props.mode === "edit" ? props.initial : undefined;
  const [uploading, setUploading] = useState(false);
  const onBusyChange = useCallback((busy: boolean) => setUploading(busy), []);
  const chosenLecture =
    form.value(
      "lectureId",
      String(initial?.lectureId ?? (props.mode === "create" ? (props.lectureId ?? "") : "")),
    ) ?? "";
  const chosenCondition = form.value("condition", initial?.condition ?? "GOOD");
  const conditionErrors = form.errors("condition");

  return (
    <form
      action={form.formAction}
      noValidate
      className="space-y-4 rounded-xl border border-gray-200 bg-white p-4"
    >
      {props.mode === "edit" && <input type="hidden" name="bookId" value={props.bookId} />}
      <TextField
        key={`title-${form.fieldKey}`}
        id="book-title"
        name="title"
        label="책 제목"
        maxLength={BOOK_TITLE_MAX}
        required
        autoComplete="off"
        defaultValue={form.value("title", initial?.title)}
        errors={form.errors("title")}
      />
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
        <TextField
          key={`author-${form.fieldKey}`}
          id="book-author"
          name="author"
          label="저자"
          maxLength={BOOK_FIELD_MAX}
          autoComplete="off"
          defaultValue={form.value("author", initial?.author ?? "")}
          errors={form.errors("author")}
        />
        <TextField
          key={`publisher-${form.fieldKey}`}
          id="book-publisher"
          name="publisher"
          label="출판사"
          maxLength={BOOK_FIELD_MAX}
          autoComplete="off"
          defaultValue={form.value("publisher", initial?.publisher ?? "")}
          errors={form.errors("publisher")}
        />
        <TextField
          key={`isbn-${form.fieldKey}`}
          id="book-isbn"
          name="isbn"
          label="ISBN"
          hint="책 뒤표지의 10자리나 13자리 번호 (선택)"
          inputMode="numeric"
          maxLength={20}
          autoComplete="off"
          defaultValue={form.value("isbn", initial?.isbn ?? "")}
          errors={form.errors("isbn")}
        />
        <TextField
          key={`price-${form.fieldKey}`}
          id="book-price"
          name="price"
          label="가격 (원)"
          hint="0원이면 나눔이에요"
          inputMode="numeric"
          maxLength={9}
          required
          autoComplete="off"
          defaultValue={form.value("price", initial ? String(initial.price) : "")}
          errors={form.errors("price")}
        />
      </div>
      <Field
        id="book-lecture"
        label="수업"
        hint="이 책을 쓰는 수업 (내 시간표의 수업)"
        errors={form.errors("lectureId")}
      >
        <select
          key={`lecture-${form.fieldKey}`}
          id="book-lecture"
          name="lectureId"
          defaultValue={chosenLecture}
          aria-invalid={form.errors("lectureId")?.length ? true : undefined}
          aria-describedby={describedBy("book-lecture", true, form.errors("lectureId"))}
          className={`${controlClass} border-gray-300`}
        >
          <option value="">선택 안 함</option>
          {lectures.map((l) => (
            <option key={l.id} value={l.id}>
              {l.name} ({l.professor}, {l.semester})
            </option>
          ))}
        </select>
      </Field>
      <fieldset
        key={`condition-${form.fieldKey}`}
        aria-describedby={conditionErrors?.length ? "book-condition-error" : undefined}
      >
        <legend className="mb-1.5 text-sm font-semibold text-gray-800">책 상태</legend>
        <div className="grid grid-cols-2 gap-2 sm:grid-cols-4">
          {BOOK_CONDITIONS.map((c) => (
            <label
              key={c}
              className="flex cursor-pointer items-center gap-2 rounded-lg border border-gray-300 px-3 py-2 text-sm has-[:checked]:border-brand-500 has-[:checked]:bg-brand-50"
            >
              <input
                type="radio"
                name="condition"
                value={c}
                defaultChecked={chosenCondition === c}
                className="size-4 accent-brand-600"
              />
              {CONDITION_LABELS[c]}
            </label>
          ))}
        </div>
        <FieldErrors id="book-condition" errors={conditionErrors} />
      </fieldset>
      <TextAreaField
        key={`note-${form.fieldKey}`}
        id="book-note"
        name="note"
        label="설명"
        hint="필기 여부, 거래 장소 등 (선택)"
        maxLength={BOOK_NOTE_MAX}
        rows={4}
        defaultValue={form.value("note", initial?.note ?? "")}
        errors={form.errors("note")}
      />
      {props.mode === "create" && (
        <PhotoUploader
          max={BOOK_PHOTOS_MAX}
          maxBytes={uploadMaxBytes}
          error={form.errors("photoIds")?.[0]}
          onBusyChange={onBusyChange}
        />
      )}
      <FormMessage state={form.state} shownFields={SHOWN_FIELDS} />
      <div className="flex justify-end gap-2">
        <Link
          href={props.mode === "edit" ? `/books/${props.bookId}` : "/books"}
          className={buttonClass("ghost")}
        >
          취소
        </Link>
        <SubmitButton size="md" pending={form.pending} pendingLabel="저장 중…" disabled={uploading}>
          {uploading ? "사진 올리는 중…" : props.mode === "create" ? "판매 글 올리기" : "수정 완료"}
        </SubmitButton>
      </div>
    </form>
  );
}
