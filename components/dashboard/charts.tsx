"use client";
import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import { PALETTE } from "./palette";

export type Series = { key: string; label: string; color: keyof typeof PALETTE };
export type ChartProps = {
  kind: "bar" | "stacked" | "line";
  data: Record<string, string | number>[];
  /** Key of the category in each datum. */
  category: string;
  series: Series[];
};

const nf = new Intl.NumberFormat("vi-VN");
const fmt = (v: unknown) => (typeof v === "number" ? nf.format(v) : String(v));

/**
 * One chart; the figures are also in the table next to it (the chart is hidden from screen readers). No
 * accessibility layer: it makes the SVG a tab stop (role="application") inside the aria-hidden box, a
 * keyboard stop that announces nothing (Lighthouse/axe `aria-hidden-focus`).
 */
export default function Chart({ kind, data, category, series }: ChartProps) {
  const common = (
    <>
      <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" />
      <XAxis dataKey={category} tick={{ fontSize: 12 }} interval="preserveStartEnd" />
      <YAxis tickFormatter={fmt} tick={{ fontSize: 12 }} allowDecimals={false} width={48} />
      <Tooltip formatter={(v) => fmt(v)} />
      {series.length > 1 ? <Legend wrapperStyle={{ fontSize: 12 }} /> : null}
    </>
  );
  return (
    <ResponsiveContainer width="100%" height="100%">
      {kind === "line" ? (
        <LineChart data={data} margin={{ top: 8, right: 12, bottom: 0, left: 0 }} accessibilityLayer={false}>
          {common}
          {series.map((s) => (
            <Line
              key={s.key}
              type="monotone"
              dataKey={s.key}
              name={s.label}
              stroke={PALETTE[s.color]}
              strokeWidth={2}
              isAnimationActive={false}
            />
          ))}
        </LineChart>
      ) : (
        <BarChart data={data} margin={{ top: 8, right: 12, bottom: 0, left: 0 }} accessibilityLayer={false}>
          {common}
          {series.map((s) => (
            <Bar
              key={s.key}
              dataKey={s.key}
              name={s.label}
              fill={PALETTE[s.color]}
              stackId={kind === "stacked" ? "a" : undefined}
              isAnimationActive={false}
            />
          ))}
        </BarChart>
      )}
    </ResponsiveContainer>
  );
}
