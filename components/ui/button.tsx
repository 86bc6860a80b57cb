import Link from "next/link";
import type { ComponentProps } from "react";
import { buttonClasses, type ButtonSize, type ButtonVariant } from "./button-classes";

export { buttonClasses, type ButtonSize, type ButtonVariant };

type Styling = { variant?: ButtonVariant; size?: ButtonSize };

export function Button({ variant, size, className, type = "button", ...props }: ComponentProps<"button"> & Styling) {
  return <button type={type} className={buttonClasses(variant, size, className)} {...props} />;
}

export function ButtonLink({ variant, size, className, ...props }: ComponentProps<typeof Link> & Styling) {
  return <Link className={buttonClasses(variant, size, className)} {...props} />;
}

/**
 * A file download styled as a button: a plain `<a>`, never next/link. A route handler is not a page;
 * letting the client router "navigate" to it moves the router's URL to the handler, and the page's next
 * server action then posts there (405 from a GET-only handler). No `download` attribute: the file's
 * Content-Disposition keeps the page in place, and with the session gone the browser follows the route's
 * redirect to the login page instead of saving a 401 as a broken file (lib/auth/signed-out-download.ts).
 */
export function ButtonDownload({ variant, size, className, ...props }: ComponentProps<"a"> & Styling) {
  return <a className={buttonClasses(variant, size, className)} {...props} />;
}
