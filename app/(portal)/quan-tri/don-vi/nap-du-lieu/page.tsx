import type { Metadata } from "next";
import Link from "next/link";
import { orgText } from "@/lib/i18n/org";
import { loadableProvinces } from "@/lib/org/load-official-province";
import { PageHeader } from "@/components/ui/page-header";
import { OrgForm } from "@/components/org/org-form";
import { loadProvinceAction } from "../actions";

export const metadata: Metadata = { title: orgText.load.heading };

export default async function LoadProvincePage() {
  const t = orgText;
  const provinces = loadableProvinces();
  return (
    <>
      <p className="mb-2">
        <Link href="/quan-tri/don-vi" className="text-sm link">
          {t.backToList}
        </Link>
      </p>
      <PageHeader title={t.load.heading} description={t.load.intro} />
      <div className="max-w-xl">
        <OrgForm
          action={loadProvinceAction}
          heading={t.load.heading}
          fields={[
            {
              name: "oldProvinceName",
              label: t.load.province,
              options: provinces.map((p) => ({ value: p, label: p })),
            },
          ]}
          submit={t.load.submit}
          goTo
        />
      </div>
    </>
  );
}
