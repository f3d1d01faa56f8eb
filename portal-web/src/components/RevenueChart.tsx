import { formatMoney, formatMonth } from '../lib/format';

export interface MonthPoint {
  month: string;
  revenue: { amount: string; currency: string };
}

/** "$1.2K": an amount short enough to sit above a bar. */
export function compactMoney(point: MonthPoint): string {
  return new Intl.NumberFormat('en-US', { style: 'currency', currency: point.revenue.currency, notation: 'compact', maximumFractionDigits: Number(point.revenue.amount) >= 1000 ? 1 : 0 })
    .format(Number(point.revenue.amount));
}

/** Monthly revenue as hand-drawn SVG bars (no chart library: a dozen bars do not need one). */
export function RevenueChart({ months }: { months: MonthPoint[] }) {
  if (!months.length) return <p className="muted">No revenue yet.</p>;
  const values = months.map((point) => Number(point.revenue.amount));
  const max = Math.max(...values, 1);
  const width = 640;
  const height = 220;
  const top = 16;
  const bottom = 4;
  const slot = width / months.length;
  const bar = Math.min(36, slot * 0.62);
  const scale = (value: number) => ((height - top - bottom) * value) / max;
  return (
    <figure className="chart">
      <div className="chart-values" aria-hidden="true" style={{ gridTemplateColumns: `repeat(${months.length}, minmax(0, 1fr))` }}>
        {months.map((point) => <span key={point.month} data-testid="chart-value">{Number(point.revenue.amount) > 0 ? compactMoney(point) : '–'}</span>)}
      </div>
      <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-label="Invoiced by month" preserveAspectRatio="none">
        {[0.25, 0.5, 0.75, 1].map((fraction) => (
          <line key={fraction} x1="0" x2={width} y1={height - bottom - (height - top - bottom) * fraction}
            y2={height - bottom - (height - top - bottom) * fraction} className="chart-grid" />
        ))}
        {months.map((point, index) => {
          const h = scale(values[index]);
          const x = index * slot + (slot - bar) / 2;
          return (
            <g key={point.month}>
              <rect x={x} y={height - bottom - h} width={bar} height={Math.max(h, values[index] > 0 ? 2 : 0)} rx="3" className="chart-bar">
                <title>{`${formatMonth(point.month, true)}: ${formatMoney(point.revenue)}`}</title>
              </rect>
            </g>
          );
        })}
      </svg>
      <div className="chart-labels" aria-hidden="true" style={{ gridTemplateColumns: `repeat(${months.length}, minmax(0, 1fr))` }}>
        {months.map((point) => <span key={point.month}>{formatMonth(point.month)}</span>)}
      </div>
      <table className="visually-hidden">
        <caption>Invoiced by month</caption>
        <tbody>
          {months.map((point) => <tr key={point.month}><th scope="row">{formatMonth(point.month, true)}</th><td>{formatMoney(point.revenue)}</td></tr>)}
        </tbody>
      </table>
    </figure>
  );
}
