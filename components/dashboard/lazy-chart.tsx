"use client";
import dynamic from "next/dynamic";
import type { ChartProps } from "./charts";

// Recharts is loaded only by this page and only in the browser; the box keeps its height meanwhile (no layout shift).
const Chart = dynamic(() => import("./charts"), { ssr: false, loading: () => null });

export function LazyChart(props: ChartProps & { label: string }) {
  const { label, ...chart } = props;
  return (
    <div className={`${chart.horizontal ? "h-80" : "h-64"} w-full print:h-40`} aria-hidden="true" data-chart={label}>
      <Chart {...chart} />
    </div>
  );
}
