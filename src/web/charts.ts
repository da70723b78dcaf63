/** The charts a clerk checks before signing: pass rates by group and problems by category (Apache ECharts, SVG). */
import * as echarts from "./vendor/echarts.js";
import type { ChartView } from "./api-types.js";
import { h } from "./dom.js";

const COLORS = ["#a61b1b", "#1f5f99", "#6b7a2a"];
let drawn: echarts.ECharts[] = [];

function option(chart: ChartView): echarts.EChartsCoreOption {
  const many = chart.categories.length > 6;
  const categoryAxis = { type: "category", data: chart.categories, inverse: chart.horizontal, axisLabel: { interval: 0, rotate: many && !chart.horizontal ? 30 : 0, fontSize: 12 } };
  const valueAxis = { type: "value", max: chart.unit === "%" ? 100 : undefined, axisLabel: { formatter: chart.unit === "%" ? "{value}%" : "{value}" }, minInterval: 1 };
  return {
    animation: false,
    color: COLORS,
    aria: { enabled: true, label: { description: `${chart.title}：${describe(chart)}` } },
    textStyle: { fontFamily: "Noto Sans CJK SC, Microsoft YaHei, sans-serif" },
    tooltip: { trigger: "axis" },
    legend: chart.series.length > 1 ? { top: 0 } : undefined,
    grid: { left: 8, right: 16, top: chart.series.length > 1 ? 32 : 16, bottom: 8, containLabel: true },
    xAxis: chart.horizontal ? valueAxis : categoryAxis,
    yAxis: chart.horizontal ? categoryAxis : valueAxis,
    series: chart.series.map((s) => ({
      name: s.name,
      type: "bar",
      stack: chart.stacked ? "all" : undefined,
      barMaxWidth: chart.horizontal ? 16 : 36,
      data: s.values,
      label: { show: !many || chart.series.length === 1 || chart.horizontal, position: chart.horizontal ? "right" : "top", fontSize: 11, formatter: (p: { dataIndex: number }) => s.labels[p.dataIndex] ?? "" },
    })),
  };
}

/** Replaces the charts in `host`; each is a figure with its title as caption and an aria description. */
export function drawCharts(host: HTMLElement, charts: ChartView[]): void {
  for (const c of drawn) c.dispose();
  drawn = [];
  host.replaceChildren();
  for (const chart of charts) {
    const box = h("div", { class: "chart" });
    if (chart.horizontal) box.style.height = `${Math.max(260, 40 + chart.categories.length * (chart.stacked ? 1 : chart.series.length) * 22)}px`;
    host.append(h("figure", { id: `chart-${chart.id}` }, h("figcaption", {}, chart.title), box));
    const instance = echarts.init(box, undefined, { renderer: "svg" });
    instance.setOption(option(chart));
    drawn.push(instance);
  }
}

/** The chart as a sentence, for screen readers: 政府网站：市级部门95.2%、县区政府90% */
const describe = (chart: ChartView) =>
  chart.series.map((s) => `${s.name}：${chart.categories.flatMap((c, i) => (s.values[i] === null ? [] : [`${c}${s.labels[i]}`])).join("、")}`).join("；");

export const resizeCharts = () => drawn.forEach((c) => c.resize());
