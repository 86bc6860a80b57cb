import { z } from "zod";
import { Prisma } from "@/lib/generated/prisma/client";
import { mvi } from "@/lib/i18n/models";

/** Errors a person can fix come back as values; bugs throw. */
export type FailCode = "not_found" | "forbidden" | "invalid" | "conflict" | "illegal_state";
export type FieldErrors = Record<string, string[]>;
export type Fail = { ok: false; code: FailCode; message: string; fieldErrors?: FieldErrors };
export type Result<T extends object = object> = ({ ok: true } & T) | Fail;

export function fail(code: FailCode, message: string, fieldErrors?: FieldErrors): Fail {
  return fieldErrors ? { ok: false, code, message, fieldErrors } : { ok: false, code, message };
}

export const notFound = (message: string = mvi.errors.notFound) => fail("not_found", message);
export const forbidden = (message: string = mvi.errors.forbidden) => fail("forbidden", message);
export const conflict = (message: string = mvi.errors.conflict) => fail("conflict", message);

export function invalidFields(fieldErrors: FieldErrors, message: string = mvi.errors.invalid): Fail {
  return fail("invalid", message, fieldErrors);
}

/** zod issues → `{ field: [messages] }` (top-level key of the path; form-level issues under "_form"). */
export function zodFieldErrors(error: z.ZodError): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.length ? String(issue.path[0]) : "_form";
    (out[key] ??= []).push(issue.message);
  }
  return out;
}

export function invalidInput(error: z.ZodError): Fail {
  return invalidFields(zodFieldErrors(error));
}

/** Parses with a schema and returns either the data or the Fail to hand back. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): { data: z.output<S> } | { fail: Fail } {
  const parsed = schema.safeParse(input);
  return parsed.success ? { data: parsed.data } : { fail: invalidInput(parsed.error) };
}

export function isUniqueViolation(err: unknown, field?: string): boolean {
  if (!(err instanceof Prisma.PrismaClientKnownRequestError) || err.code !== "P2002") return false;
  if (!field) return true;
  return JSON.stringify(err.meta ?? {}).includes(field);
}
