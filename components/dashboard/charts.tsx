"use client";
import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  Line,
  Text,
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
  /**
   * Bars across, categories down the left (for long category names, e.g. the fields): a phone's width then
   * holds every name whole instead of three cut lines under narrow columns.
   */
  horizontal?: boolean;
  /**
   * A time axis labels every n-th category, from the first (the trend: 4, each year's first quarter),
   * once there are more than n; Recharts' own choice skipped labels irregularly.
   */
  tickEvery?: number;
  /** The datum's field written at a tick instead of its category (the trend: the year alone). */
  tickLabel?: string;
};

const nf = new Intl.NumberFormat("vi-VN");
const fmt = (v: unknown) => (typeof v === "number" ? nf.format(v) : String(v));

type TickProps = {
  x?: number;
  y?: number;
  width?: number;
  visibleTicksCount?: number;
  payload?: { value?: unknown };
  fill?: string;
};

/**
 * A category label wrapped to its bar group's width (up to 3 lines, then "…"). Recharts' own ticks are one
 * line and, by default, dropped when they would overlap: at 390 px the level chart lost "Cấp huyện" and the
 * field chart kept only its first and last field (at 1280 px one field name was still missing).
 */
function WrappedTick({ x = 0, y = 0, width = 0, visibleTicksCount = 1, payload, fill }: TickProps) {
  return (
    <Text
      x={x}
      y={y}
      width={Math.max(24, width / visibleTicksCount - 4)}
      maxLines={3}
      textAnchor="middle"
      verticalAnchor="start"
      fontSize={12}
      fill={fill}
    >
      {String(payload?.value ?? "")}
    </Text>
  );
}

/** Width of the category names beside horizontal bars. */
const SIDE_LABEL_WIDTH = 124;

/** A category name beside its horizontal bar, wrapped to SIDE_LABEL_WIDTH (up to 3 lines). */
function SideTick({ x = 0, y = 0, payload, fill }: TickProps) {
  return (
    <Text
      x={x}
      y={y}
      width={SIDE_LABEL_WIDTH - 8}
      maxLines={3}
      textAnchor="end"
      verticalAnchor="middle"
      fontSize={12}
      fill={fill}
    >
      {String(payload?.value ?? "")}
    </Text>
  );
}

/**
 * One chart; the figures are also in the table next to it (the chart is hidden from screen readers). No
 * accessibility layer: it makes the SVG a tab stop (role="application") inside the aria-hidden box, a
 * keyboard stop that announces nothing (Lighthouse/axe `aria-hidden-focus`).
 */
export default function Chart({ kind, data, category, series, horizontal = false, tickEvery, tickLabel }: ChartProps) {
  const ticks =
    tickEvery && data.length > tickEvery
      ? data.filter((_, i) => i % tickEvery === 0).map((d) => d[category])
      : undefined;
  const labelOf = tickLabel && ticks ? new Map(data.map((d) => [d[category], String(d[tickLabel])])) : null;
  // The axes of the layout (an array: recharts reads them as the chart's own children).
  const axes = horizontal
    ? [
        <XAxis key="x" type="number" tickFormatter={fmt} tick={{ fontSize: 12 }} allowDecimals={false} />,
        <YAxis key="y" type="category" dataKey={category} tick={<SideTick />} interval={0} width={SIDE_LABEL_WIDTH} />,
      ]
    : [
        kind === "line" ? (
          // A time axis: every `tickEvery`-th period when given, else what fits (the first and last kept).
          <XAxis
            key="x"
            dataKey={category}
            tick={{ fontSize: 12 }}
            ticks={ticks}
            interval={ticks ? 0 : "preserveStartEnd"}
            tickFormatter={labelOf ? (v) => labelOf.get(v) ?? String(v) : undefined}
          />
        ) : (
          // Categories: every one is labelled.
          <XAxis key="x" dataKey={category} tick={<WrappedTick />} interval={0} height={46} />
        ),
        <YAxis key="y" tickFormatter={fmt} tick={{ fontSize: 12 }} allowDecimals={false} width={48} />,
      ];
  const common = (
    <>
      <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" />
      {axes}
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
        <BarChart
          data={data}
          layout={horizontal ? "vertical" : "horizontal"}
          // Room for the last figure of the value axis ("1.000") at the right edge.
          margin={{ top: 8, right: horizontal ? 24 : 12, bottom: 0, left: 0 }}
          accessibilityLayer={false}
        >
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
