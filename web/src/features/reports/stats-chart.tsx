import type { StatsRow } from '@contracts/stats';
import { formatCents } from '@web/lib/format';
import {
  Bar,
  CartesianGrid,
  ComposedChart,
  Legend,
  Line,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';

/** Calls (bars, left axis) and revenue (line, right axis, dollars) per report row. */
export function StatsChart({ rows, height = 260 }: { rows: StatsRow[]; height?: number }) {
  const data = rows.map((row) => ({ label: row.label, calls: row.calls, revenue: row.revenueCents / 100 }));
  return (
    <ResponsiveContainer width="100%" height={height}>
      <ComposedChart data={data} margin={{ top: 8, right: 8, bottom: 0, left: 0 }}>
        <CartesianGrid stroke="#e2e8f0" vertical={false} />
        <XAxis dataKey="label" tick={{ fontSize: 11 }} minTickGap={16} />
        <YAxis yAxisId="calls" allowDecimals={false} tick={{ fontSize: 11 }} width={40} />
        <YAxis
          yAxisId="revenue"
          orientation="right"
          tick={{ fontSize: 11 }}
          width={56}
          tickFormatter={(v) => `$${v}`}
        />
        <Tooltip
          formatter={(value, name) =>
            name === 'Revenue' ? formatCents(Math.round(Number(value) * 100)) : Number(value).toLocaleString()
          }
        />
        <Legend wrapperStyle={{ fontSize: 12 }} />
        <Bar
          yAxisId="calls"
          dataKey="calls"
          name="Calls"
          fill="#6366f1"
          radius={[3, 3, 0, 0]}
          isAnimationActive={false}
        />
        <Line
          yAxisId="revenue"
          dataKey="revenue"
          name="Revenue"
          stroke="#059669"
          strokeWidth={2}
          dot={false}
          isAnimationActive={false}
        />
      </ComposedChart>
    </ResponsiveContainer>
  );
}
