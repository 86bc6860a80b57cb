/** What the import forms' server actions return to useActionState. */
export type ImportFormState = { message?: string };
