/** What the crash-test child writes per batch, shared by the child and the checks. */

export const createdPerBatch = 3;
export const movedPerBatch = 2;
const base = Date.UTC(2030, 0, 1);

/** Every row a batch writes carries this timestamp (one second per batch id). */
export const batchTime = (id: number) => base + id * 1000;
export const batchOf = (iso: string) => (Date.parse(iso) - base) / 1000;
