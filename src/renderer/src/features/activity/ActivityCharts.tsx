import { BarChart } from '@mantine/charts';
import { phaseLabels, phases } from '../../../../shared/domain';
import type { FunnelResult } from '../../../../shared/activity/compute';
import { monthLabel, roundDays } from '../../../../shared/activity/tables';
import { phaseColors } from '../partners/partnerOptions';

/**
 * The view's charts (Mantine charts on Recharts). They are drawn for sight only: each sits
 * beside a table with the same numbers, so the charts take no keyboard focus of their own.
 */

/** Dark enough shades that every bar stands out from the white page by at least 3:1. */
const phaseShade: Record<(typeof phases)[number], number> = {
  scouting: 6,
  first_contact: 7,
  proposal: 7,
  collaboration_setup: 8,
  maintenance_growth: 8,
};
const phaseColor = (p: (typeof phases)[number]) => `${phaseColors[p]}.${phaseShade[p]}`;

const quiet = { accessibilityLayer: false } as const;
// Mantine writes bar labels through the value formatter, so one is needed; dark grey for AA.
const plain = (value: number | null) => (value === null ? '' : String(value));

/** One bar per phase, the phase names down the side and each value beside its bar. */
function PhaseBars({
  series,
  color,
  values,
  wholeNumbers,
}: {
  series: string;
  color: string;
  /** In phase order; null draws no bar. */
  values: (number | null)[];
  wholeNumbers?: boolean;
}) {
  return (
    <BarChart
      h={220}
      data={phases.map((p, i) => ({ phase: phaseLabels[p], [series]: values[i] ?? null }))}
      dataKey="phase"
      orientation="vertical"
      yAxisProps={{ width: 150 }}
      xAxisProps={{ allowDecimals: !wholeNumbers }}
      series={[{ name: series, color }]}
      withBarValueLabel
      valueFormatter={plain}
      valueLabelProps={{ fill: 'var(--mantine-color-gray-9)' }}
      // Room at the right for the value beside the longest bar.
      barChartProps={{ ...quiet, margin: { right: 32 } }}
      withTooltip={false}
      gridAxis="x"
      tickLine="none"
    />
  );
}

export const PhaseChart = ({ result }: { result: FunnelResult }) => (
  <PhaseBars series="Partners" color="indigo.7" values={result.byPhase} wholeNumbers />
);

export function MovesChart({ result }: { result: FunnelResult }) {
  const data = result.months.map((m) => ({
    month: monthLabel(m.month),
    ...Object.fromEntries(phases.map((p, i) => [phaseLabels[p], m.byTarget[i]!])),
  }));
  return (
    <BarChart
      h={280}
      data={data}
      dataKey="month"
      type="stacked"
      series={phases.map((p) => ({ name: phaseLabels[p], color: phaseColor(p) }))}
      withLegend
      // In phase order, as on the board (Recharts sorts legends by name unless told not to).
      legendProps={{ verticalAlign: 'bottom', itemSorter: null }}
      barChartProps={quiet}
      gridAxis="y"
      tickLine="none"
      yAxisProps={{ allowDecimals: false }}
    />
  );
}

/** No bar (and no label) for a phase without a completed stay. */
export const DaysChart = ({ result }: { result: FunnelResult }) => (
  <PhaseBars
    series="Median days"
    color="teal.8"
    values={result.stays.map((s) => (s.medianDays === null ? null : roundDays(s.medianDays)))}
  />
);
