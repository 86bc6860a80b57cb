import type { ComponentProps, ReactNode } from "react";
import { cx } from "./cx";

export function Card({ children, className, ...rest }: ComponentProps<"section">) {
  return (
    <section className={cx("flex flex-col rounded-lg border border-slate-200 bg-white shadow-sm", className)} {...rest}>
      {children}
    </section>
  );
}

type HeadingLevel = 2 | 3;

export function CardHeader({
  title,
  description,
  level = 2,
  action,
  id,
}: {
  title: ReactNode;
  description?: ReactNode;
  level?: HeadingLevel;
  action?: ReactNode;
  id?: string;
}) {
  const Heading = level === 2 ? "h2" : "h3";
  return (
    <div className="flex items-start justify-between gap-3 border-b border-slate-100 px-4 pt-4 pb-3 sm:px-5">
      <div className="min-w-0">
        <Heading id={id} className="text-base font-semibold text-slate-900">
          {title}
        </Heading>
        {description ? <p className="mt-1 text-sm text-slate-600">{description}</p> : null}
      </div>
      {action ? <div className="shrink-0">{action}</div> : null}
    </div>
  );
}

export function CardBody({ children, className }: { children: ReactNode; className?: string }) {
  return <div className={cx("flex-1 px-4 py-4 sm:px-5", className)}>{children}</div>;
}

export function CardFooter({ children, className }: { children: ReactNode; className?: string }) {
  return <div className={cx("border-t border-slate-100 px-4 py-3 text-sm sm:px-5", className)}>{children}</div>;
}
