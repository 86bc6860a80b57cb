import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireActor } from "@/lib/auth/actor";
import { IM } from "@/lib/i18n/import";
import { getImportJob } from "@/lib/import/get-import-job";
import { PageHeader } from "@/components/ui/page-header";
import { JobPanel } from "@/components/import/job-panel";
import { applyImportAction } from "../actions";

export const metadata: Metadata = { title: IM.page.title };

export default async function ImportJobPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireActor();
  const id = Number((await params).id);
  const job = Number.isSafeInteger(id) ? await getImportJob(actor, id) : null;
  if (!job) notFound();
  return (
    <>
      <Link href="/nhap-du-lieu" className="mb-2 inline-block text-sm text-brand-800 underline">
        {IM.jobPage.back}
      </Link>
      <PageHeader title={<span className="break-all">{job.fileName}</span>} />
      <JobPanel initial={job} applyAction={applyImportAction} />
    </>
  );
}
