"use client";

import { useEffect, useRef, useState } from "react";
import { formatFileSize, mvi } from "@/lib/i18n/models";
import { FieldError, Hint, Label, describedBy, fieldBorder, inputClass } from "./form-parts";

const ACCEPT =
  ".jpg,.jpeg,.png,.webp,.pdf,.docx,image/jpeg,image/png,image/webp,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document";
const MAX_BYTES = 10 * 1024 * 1024;
const MAX_FILES = 10;
const ALLOWED_EXT = /\.(jpe?g|png|webp|pdf|docx)$/i;

type Chosen = { key: string; name: string; size: number; preview: string | null; problem: string | null };

/**
 * A form's onSubmit guard: a file the server would refuse (too large, wrong type, too many) stops the save
 * before megabytes travel, and the picker, already showing why, gets the focus.
 */
export function blockBadUploads(e: { currentTarget: HTMLFormElement; preventDefault(): void }): boolean {
  const bad = e.currentTarget.querySelector<HTMLInputElement>("input[type=file][data-upload-problem]");
  if (!bad) return false;
  e.preventDefault();
  bad.focus();
  return true;
}

/**
 * `<input type=file multiple>` with a preview of the chosen images and an early word on files the
 * server will refuse (the server checks again, from the bytes).
 */
export function FilePicker({
  name = "files",
  label = mvi.form.files,
  error,
  attempt,
  keepFiles = false,
}: {
  name?: string;
  label?: string;
  error?: string[];
  /** The form's save attempt: when it changes, React has reset the form (and emptied this input). */
  attempt?: number;
  /** The attempt failed: the chosen files go back into the input instead of having to be picked again. */
  keepFiles?: boolean;
}) {
  const [chosen, setChosen] = useState<Chosen[]>([]);
  const inputRef = useRef<HTMLInputElement>(null);
  const files = useRef<File[]>([]);
  const tooMany = chosen.length > MAX_FILES;
  const hasProblem = tooMany || chosen.some((c) => c.problem);

  useEffect(() => {
    const input = inputRef.current;
    if (!attempt || !input) return;
    if (keepFiles && files.current.length && !input.files?.length) {
      try {
        const dt = new DataTransfer();
        files.current.forEach((f) => dt.items.add(f));
        input.files = dt.files;
        return;
      } catch {
        // No DataTransfer constructor (very old browser): the list below says the files must be chosen again.
      }
    }
    if (!input.files?.length) {
      chosen.forEach((c) => c.preview && URL.revokeObjectURL(c.preview));
      files.current = [];
      setChosen([]);
    }
    // Only when an attempt ends: `chosen` is read as it was then.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [attempt, keepFiles]);

  /** A claimed image that the browser cannot decode (renamed, damaged, HEIC): refused now, not after upload. */
  function checkImage(key: string, url: string, fileName: string) {
    const img = new Image();
    img.src = url;
    img.decode().then(
      () => setChosen((cs) => cs.map((c) => (c.key === key ? { ...c, preview: url } : c))),
      () => {
        URL.revokeObjectURL(url);
        setChosen((cs) =>
          cs.map((c) => (c.key === key && !c.problem ? { ...c, problem: mvi.form.fileNotImage(fileName) } : c)),
        );
      },
    );
  }

  return (
    <div>
      <Label htmlFor={name}>{label}</Label>
      <Hint name={name}>{mvi.form.filesHint}</Hint>
      <input
        ref={inputRef}
        id={name}
        name={name}
        type="file"
        multiple
        accept={ACCEPT}
        aria-invalid={error?.length || hasProblem ? true : undefined}
        aria-describedby={`${describedBy(name, true, error) ?? ""} ${name}-problems`.trim()}
        data-upload-problem={hasProblem ? "1" : undefined}
        className={`${inputClass} ${fieldBorder(error)} file:mr-3 file:rounded file:border-0 file:bg-slate-100 file:px-3 file:py-1.5 file:text-sm file:font-semibold`}
        onChange={(e) => {
          const picked = Array.from(e.currentTarget.files ?? []);
          files.current = picked;
          // Previews of the previous choice are released here, not on unmount: a page being left
          // (or kept hidden by the router) may still show them, and a revoked blob loads as a 404.
          chosen.forEach((c) => c.preview && URL.revokeObjectURL(c.preview));
          const next = picked.map((f, i) => ({
            key: `${Date.now()}-${i}-${f.name}`,
            name: f.name,
            size: f.size,
            preview: null,
            problem: !ALLOWED_EXT.test(f.name)
              ? "Chỉ chấp nhận ảnh (JPG, PNG, WebP), tệp PDF hoặc tệp Word (DOCX)."
              : f.size > MAX_BYTES
                ? `Tệp “${f.name}” vượt quá dung lượng cho phép (tối đa 10 MB).`
                : f.size === 0
                  ? mvi.form.fileEmpty(f.name)
                  : null,
          }));
          setChosen(next);
          // The preview appears once the image decodes; one that does not is flagged instead of shown broken.
          next.forEach((c, i) => {
            const f = picked[i];
            if (!c.problem && (f.type.startsWith("image/") || /\.(jpe?g|png|webp)$/i.test(f.name)))
              checkImage(c.key, URL.createObjectURL(f), f.name);
          });
        }}
      />
      <FieldError name={name} error={error} />
      <div id={`${name}-problems`} aria-live="polite">
        {hasProblem ? (
          <p role="alert" className="mt-2 text-sm font-medium text-brand-800">
            {tooMany ? mvi.form.filesTooMany(MAX_FILES) : mvi.form.filesRefused}
          </p>
        ) : null}
        {chosen.length ? (
          <ul aria-label={mvi.form.filesPreview} className="mt-3 grid grid-cols-2 gap-3 sm:grid-cols-4">
            {chosen.map((c) => (
              <li key={c.key} className="min-w-0 text-xs text-slate-700">
                {c.preview ? (
                  // eslint-disable-next-line @next/next/no-img-element -- a local blob preview
                  <img
                    src={c.preview}
                    alt={c.name}
                    className="aspect-square w-full rounded-md border border-slate-200 object-cover"
                  />
                ) : null}
                <span className="mt-1 block truncate">{c.name}</span>
                <span className="block">{formatFileSize(c.size)}</span>
                {c.problem ? <span className="mt-0.5 block font-medium text-brand-800">{c.problem}</span> : null}
              </li>
            ))}
          </ul>
        ) : null}
      </div>
    </div>
  );
}
