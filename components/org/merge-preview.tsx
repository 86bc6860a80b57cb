import { formatNumber } from "@/lib/format";
import { orgText } from "@/lib/i18n/org";
import type { MergePlan } from "@/lib/org/merge-units";

const SHOWN = 12;

function Section({ title, items }: { title: string; items: readonly string[] }) {
  return (
    <div>
      <h3 className="text-sm font-semibold text-slate-800">
        {title} ({formatNumber(items.length)})
      </h3>
      {items.length ? (
        <ul className="mt-1 list-disc pl-5 text-sm break-words text-slate-700">
          {items.slice(0, SHOWN).map((t, i) => (
            <li key={i}>{t}</li>
          ))}
          {items.length > SHOWN ? <li>… {formatNumber(items.length - SHOWN)}</li> : null}
        </ul>
      ) : (
        <p className="text-sm text-slate-600">{orgText.preview.none}</p>
      )}
    </div>
  );
}

/** What a merge moves: shown before applying, and again after (what was done). */
export function MergePreview({ plan }: { plan: MergePlan }) {
  const p = orgText.preview;
  return (
    <div className="space-y-3 rounded-md bg-slate-50 p-3 ring-1 ring-slate-200" data-testid="merge-preview">
      <p className="text-sm font-semibold text-slate-900">{p.heading}</p>
      <Section title={p.units} items={plan.units.map((u) => `${u.source.name} → ${u.target.name}`)} />
      <Section title={p.children} items={plan.children.map((c) => `${c.unit.name}: ${c.from.name} → ${c.to.name}`)} />
      <Section title={p.accounts} items={plan.accounts.map((a) => `${a.fullName} (${a.username}), ${a.unit.name}`)} />
      <Section
        title={p.dossiers}
        items={plan.dossiers.map((d) => `${d.code} ${d.title}: ${d.from.name} → ${d.to.name}`)}
      />
      <Section title={p.campaigns} items={plan.campaigns.map((c) => `${c.name}: ${c.from.name} → ${c.to.name}`)} />
    </div>
  );
}
