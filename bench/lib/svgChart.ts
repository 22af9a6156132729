/**
 * A horizontal bar chart as a standalone SVG: one bar per subject at its median, with a
 * min–max whisker and the median written at the end of the bar.
 */

/** One bar. */
export interface Bar {
  label: string;
  median: number;
  min: number;
  max: number;
  /** Drawn in the accent colour (azbatch's own rows). */
  highlight?: boolean;
}

const escapeXml = (s: string): string => s.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** Formats a figure with 3 significant digits and thousands separators. */
export function formatNumber(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  const abs = Math.abs(n);
  if (abs >= 1000) return Math.round(n).toLocaleString("en-US");
  if (abs >= 100) return n.toFixed(0);
  if (abs >= 10) return n.toFixed(1);
  if (abs >= 1) return n.toFixed(2);
  return n.toPrecision(3);
}

/** Renders the chart. */
export function barChart(title: string, unit: string, bars: Bar[]): string {
  const labelWidth = 300;
  const plotWidth = 420;
  const valueWidth = 110;
  const rowHeight = 28;
  const top = 44;
  const width = labelWidth + plotWidth + valueWidth;
  const height = top + bars.length * rowHeight + 16;
  const scaleMax = Math.max(...bars.map((b) => b.max), ...bars.map((b) => b.median), 1e-9);
  const x = (v: number): number => labelWidth + (Math.max(0, v) / scaleMax) * plotWidth;
  const rows = bars.map((b, i) => {
    const y = top + i * rowHeight;
    const fill = b.highlight ? "#2f6fde" : "#9aa5b1";
    return [
      `<text x="${labelWidth - 8}" y="${y + 17}" text-anchor="end">${escapeXml(b.label)}</text>`,
      `<rect x="${labelWidth}" y="${y + 5}" width="${(x(b.median) - labelWidth).toFixed(1)}" height="${rowHeight - 10}" fill="${fill}"/>`,
      `<line x1="${x(b.min).toFixed(1)}" x2="${x(b.max).toFixed(1)}" y1="${y + rowHeight / 2}" y2="${y + rowHeight / 2}" stroke="#222" stroke-width="1.5"/>`,
      `<line x1="${x(b.min).toFixed(1)}" x2="${x(b.min).toFixed(1)}" y1="${y + 9}" y2="${y + rowHeight - 9}" stroke="#222"/>`,
      `<line x1="${x(b.max).toFixed(1)}" x2="${x(b.max).toFixed(1)}" y1="${y + 9}" y2="${y + rowHeight - 9}" stroke="#222"/>`,
      `<text x="${labelWidth + plotWidth + 8}" y="${y + 17}">${escapeXml(formatNumber(b.median))}</text>`,
    ].join("\n  ");
  });
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="sans-serif" font-size="13">`,
    `  <rect width="100%" height="100%" fill="#fff"/>`,
    `  <text x="12" y="22" font-size="15" font-weight="bold">${escapeXml(title)}</text>`,
    `  <text x="12" y="38" font-size="11" fill="#555">${escapeXml(`${unit}; bar: median, whisker: min–max`)}</text>`,
    `  ${rows.join("\n  ")}`,
    `</svg>`,
    "",
  ].join("\n");
}
