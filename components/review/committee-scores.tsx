import { formatNumber } from "@/lib/format";
import { rvi } from "@/lib/i18n/review";
import { vi } from "@/lib/i18n/vi";
import { Card, CardBody, CardHeader } from "@/components/ui/card";

type Score = { reviewerId: number; reviewerName: string; criterionId: number; criterionName: string; score: number };

/** The committee members' scores at this level, one small table per reviewer. */
export function CommitteeScores({ scores }: { scores: Score[] }) {
  const byReviewer = new Map<number, { name: string; rows: Score[] }>();
  for (const s of scores) {
    const entry = byReviewer.get(s.reviewerId) ?? { name: s.reviewerName, rows: [] };
    entry.rows.push(s);
    byReviewer.set(s.reviewerId, entry);
  }
  return (
    <Card aria-labelledby="diem-hoi-dong">
      <CardHeader id="diem-hoi-dong" title={rvi.detail.otherScores} />
      <CardBody className="space-y-4">
        {byReviewer.size === 0 ? <p className="text-sm text-slate-600">{rvi.detail.otherScoresEmpty}</p> : null}
        {[...byReviewer.entries()].map(([id, r]) => (
          <table key={id} className="w-full text-sm">
            <caption className="mb-1 text-left font-semibold text-slate-900">{r.name}</caption>
            <thead className="sr-only">
              <tr>
                <th scope="col">{rvi.detail.criterion}</th>
                <th scope="col">{rvi.detail.score}</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {r.rows.map((s) => (
                <tr key={s.criterionId}>
                  <th scope="row" className="py-1 pr-2 text-left font-normal text-slate-700">
                    {s.criterionName}
                  </th>
                  <td className="py-1 text-right text-slate-900 tabular-nums">{formatNumber(s.score)}</td>
                </tr>
              ))}
              <tr>
                <th scope="row" className="py-1 pr-2 text-left font-semibold text-slate-900">
                  {vi.common.total}
                </th>
                <td className="py-1 text-right font-semibold tabular-nums">
                  {formatNumber(r.rows.reduce((a, s) => a + s.score, 0))}
                </td>
              </tr>
            </tbody>
          </table>
        ))}
      </CardBody>
    </Card>
  );
}
