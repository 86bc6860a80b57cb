import Link from "next/link";
import type { ReactNode } from "react";
import { Card, CardBody, CardFooter, CardHeader } from "@/components/ui/card";

/** A home-page card: one of the role's main tasks, its figures and the link to do it. */
export function TaskCard({
  id,
  title,
  description,
  href,
  linkLabel,
  children,
}: {
  id: string;
  title: string;
  description?: string;
  href: string;
  linkLabel: string;
  children: ReactNode;
}) {
  return (
    <Card aria-labelledby={id}>
      <CardHeader id={id} title={title} description={description} />
      <CardBody>{children}</CardBody>
      <CardFooter>
        <Link href={href} className="inline-flex min-h-10 items-center gap-1 link">
          {linkLabel}
          <span aria-hidden="true">→</span>
        </Link>
      </CardFooter>
    </Card>
  );
}
