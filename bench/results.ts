/** What the benchmark records for one measurement at one data-set size. */
export interface Measurement {
  key: string;
  label: string;
  unit: 'ms' | 'MB' | 'ratio';
  /** Partners in the data set; null for a measurement that does not depend on them. */
  size: number | null;
  samples: number[];
  /** Anything that explains the figure (payload size, cold start…). */
  note?: string;
}

/** The target of a measurement, and the size at which it applies (null: any size). */
export interface Target {
  max: number;
  atSize: number | null;
}

/** Targets from the performance requirements, by measurement key. */
export const targets: Record<string, Target> = {
  backendStart: { max: 150, atSize: 10_000 },
  boardLoad: { max: 30, atSize: 10_000 },
  move: { max: 1, atSize: 10_000 },
  search: { max: 10, atSize: 10_000 },
  overlap: { max: 50, atSize: 10_000 },
  navigation: { max: 800, atSize: 10_000 },
  drag: { max: 100, atSize: 2_000 },
  dragLongestFrame: { max: 50, atSize: 2_000 },
  heap: { max: 150, atSize: 10_000 },
  mouDocx: { max: 100, atSize: null },
  mouPdf: { max: 200, atSize: null },
  csvImport: { max: 2000, atSize: 10_000 },
};
