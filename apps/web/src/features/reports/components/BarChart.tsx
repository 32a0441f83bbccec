import { Empty, Flex, Typography } from "antd";
import { useEffect, useState } from "react";

export interface BarSeries {
  key: string;
  label: string;
  colour: string;
  /** One amount per category, in yuan as the API sends it. */
  values: readonly string[];
}

const HEIGHT = 260;
const MARGIN = { top: 20, right: 12, bottom: 44, left: 64 };
const WAN = 10_000;

/** 1, 2 or 5 times a power of ten, at least `raw`: axis steps people can read. */
function niceStep(raw: number): number {
  if (raw <= 0) return 1;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const residual = raw / magnitude;
  return (residual <= 1 ? 1 : residual <= 2 ? 2 : residual <= 5 ? 5 : 10) * magnitude;
}

const wanFormat = new Intl.NumberFormat("zh-CN", { maximumFractionDigits: 2 });

/** Roughly how wide an 11px label is: Chinese characters are twice as wide as digits and letters. */
const labelWidth = (text: string) =>
  [...text].reduce((sum, char) => sum + (char.charCodeAt(0) > 0x2e80 ? 11 : 6.5), 0);

/** The label shortened with an ellipsis until it fits under its bars. */
function fitLabel(text: string, room: number): string {
  if (labelWidth(text) <= room) return text;
  let shortened = [...text];
  while (shortened.length > 1 && labelWidth(`${shortened.join("")}…`) > room)
    shortened = shortened.slice(0, -1);
  return `${shortened.join("")}…`;
}

/** The width of the element given to the returned ref, so the chart is drawn at its real size. */
function useWidth() {
  const [element, setElement] = useState<HTMLDivElement | null>(null);
  const [width, setWidth] = useState(0);
  useEffect(() => {
    if (!element) return;
    const observer = new ResizeObserver(([entry]) => setWidth(Math.floor(entry?.contentRect.width ?? 0)));
    observer.observe(element);
    return () => observer.disconnect();
  }, [element]);
  return [setElement, width] as const;
}

/**
 * Grouped bars in 万元, drawn as plain SVG (no chart library for a few bars). The amounts become
 * floats only to place the bars; every figure people read in tables comes from the exact strings.
 */
export function BarChart({
  label,
  categories,
  series,
  emptyText,
  testId,
}: {
  /** What the chart shows, for screen readers (the card above says it to everyone else). */
  label: string;
  categories: readonly string[];
  series: readonly BarSeries[];
  emptyText: string;
  testId?: string;
}) {
  const [ref, width] = useWidth();
  const wan = series.map((one) => one.values.map((value) => Number(value) / WAN));
  const max = Math.max(0, ...wan.flat());
  if (categories.length === 0 || max === 0) {
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={emptyText} data-testid={testId} />;
  }
  const step = niceStep(max / 4);
  const top = Math.ceil(max / step) * step;
  const ticks = Array.from({ length: Math.round(top / step) + 1 }, (_, index) => index * step);
  const plotWidth = Math.max(width - MARGIN.left - MARGIN.right, 0);
  const plotHeight = HEIGHT - MARGIN.top - MARGIN.bottom;
  const groupWidth = plotWidth / categories.length;
  const barWidth = Math.min(32, (groupWidth * 0.72) / series.length);
  const y = (value: number) => MARGIN.top + plotHeight - (value / top) * plotHeight;
  // Figures above the bars while they fit; otherwise the tooltip has them.
  const showValues = groupWidth / series.length >= 44;

  return (
    <div data-testid={testId} ref={ref}>
      <Flex gap={16} wrap style={{ marginBottom: 4 }}>
        {series.map((one) => (
          <Flex key={one.key} gap={6} align="center">
            <span
              style={{
                width: 12,
                height: 12,
                background: one.colour,
                display: "inline-block",
                borderRadius: 2,
              }}
            />
            <Typography.Text type="secondary">{one.label}</Typography.Text>
          </Flex>
        ))}
      </Flex>
      {width > 0 && (
        <svg
          viewBox={`0 0 ${width} ${HEIGHT}`}
          width={width}
          height={HEIGHT}
          role="img"
          aria-label={label}
          style={{ display: "block" }}
        >
          {ticks.map((tick) => (
            <g key={tick}>
              <line x1={MARGIN.left} x2={width - MARGIN.right} y1={y(tick)} y2={y(tick)} stroke="#f0f0f0" />
              <text x={MARGIN.left - 8} y={y(tick) + 4} textAnchor="end" fontSize={11} fill="#8c8c8c">
                {wanFormat.format(tick)}
              </text>
            </g>
          ))}
          <line x1={MARGIN.left} x2={width - MARGIN.right} y1={y(0)} y2={y(0)} stroke="#bfbfbf" />
          {categories.map((category, index) => {
            const groupLeft = MARGIN.left + index * groupWidth + (groupWidth - barWidth * series.length) / 2;
            return (
              <g key={category}>
                {series.map((one, seriesIndex) => {
                  const value = wan[seriesIndex]?.[index] ?? 0;
                  const x = groupLeft + seriesIndex * barWidth;
                  return (
                    <g key={one.key}>
                      <rect
                        x={x + 1}
                        y={y(value)}
                        width={Math.max(barWidth - 2, 1)}
                        height={y(0) - y(value)}
                        fill={one.colour}
                        rx={2}
                      >
                        <title>{`${category} · ${one.label}: ${wanFormat.format(value)}`}</title>
                      </rect>
                      {showValues && value > 0 && (
                        <text
                          x={x + barWidth / 2}
                          y={y(value) - 4}
                          textAnchor="middle"
                          fontSize={10}
                          fill="#595959"
                        >
                          {wanFormat.format(value)}
                        </text>
                      )}
                    </g>
                  );
                })}
                <text
                  x={MARGIN.left + index * groupWidth + groupWidth / 2}
                  y={HEIGHT - MARGIN.bottom + 16}
                  textAnchor="middle"
                  fontSize={11}
                  fill="#595959"
                >
                  {fitLabel(category, groupWidth - 4)}
                  <title>{category}</title>
                </text>
              </g>
            );
          })}
        </svg>
      )}
    </div>
  );
}
