/**
 * The colour scale of the overlap matrices, shared by the screen and the printed report.
 * Five steps of one hue; the number printed on each step keeps at least 4.5:1 contrast
 * (dark text on the three light steps, white on the two dark ones).
 */
export interface HeatStep {
  fill: string;
  text: string;
}

export const heatSteps: readonly HeatStep[] = [
  { fill: '#edf2ff', text: '#1a1b1e' },
  { fill: '#bac8ff', text: '#1a1b1e' },
  { fill: '#748ffc', text: '#1a1b1e' },
  { fill: '#4263eb', text: '#ffffff' },
  { fill: '#2b3d9e', text: '#ffffff' },
];

/** The diagonal (partners with the type) is a total, not an overlap: neutral grey. */
export const diagonalStep: HeatStep = { fill: '#e9ecef', text: '#1a1b1e' };

/** 0 for an empty cell, else 1…5: the step of `count` on a scale up to `max`. */
export function heatLevel(count: number, max: number): number {
  if (count <= 0 || max <= 0) return 0;
  return Math.min(heatSteps.length, Math.ceil((count * heatSteps.length) / max));
}

export const heatStep = (count: number, max: number): HeatStep | null =>
  heatSteps[heatLevel(count, max) - 1] ?? null;

/** The legend: which counts each step stands for on a scale up to `max` (steps no count reaches are left out). */
export function heatLegend(max: number): { step: HeatStep; from: number; to: number }[] {
  const n = heatSteps.length;
  return heatSteps.flatMap((step, i) => {
    const from = Math.floor((max * i) / n) + 1;
    const to = Math.floor((max * (i + 1)) / n);
    return from <= to ? [{ step, from, to }] : [];
  });
}
