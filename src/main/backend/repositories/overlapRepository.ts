import type { PartnershipType, Phase, StakeholderGroup } from '../../../shared/domain';
import type { OverlapPartner } from '../../../shared/overlap/facts';
import type { Db } from '../db/connection';
import { createStoredTypesReader } from '../../../shared/storedTypes';

type FactRow = [
  id: number,
  name: string,
  group: StakeholderGroup | null,
  phase: Phase,
  country: string,
  types: string,
];

/**
 * The facts the overlap view computes with, read from the partner rows alone: their
 * `card_types` summary (migration 2) is kept equal to `partner_types` in every write, so one
 * scan of one table answers for every active partner. And the ideas a coordinator dismissed.
 */
export function createOverlapRepository(db: Db) {
  const columns = 'id, name, stakeholder_group, phase, country, card_types';
  const selectAll = db
    .prepare<[], FactRow>(`SELECT ${columns} FROM partners WHERE archived_at IS NULL ORDER BY id`)
    .raw();
  const selectGroup = db
    .prepare<[StakeholderGroup], FactRow>(
      `SELECT ${columns} FROM partners
       WHERE archived_at IS NULL AND stakeholder_group = ? ORDER BY id`,
    )
    .raw();
  const selectDismissed = db
    .prepare<[number], PartnershipType>(
      'SELECT type FROM suggestion_dismissals WHERE partner_id = ?',
    )
    .pluck();
  const insertDismissal = db.prepare<[number, PartnershipType, string]>(
    `INSERT INTO suggestion_dismissals (partner_id, type, dismissed_at) VALUES (?, ?, ?)
     ON CONFLICT DO NOTHING`,
  );
  const deleteDismissals = db.prepare<[number]>(
    'DELETE FROM suggestion_dismissals WHERE partner_id = ?',
  );

  const storedTypes = createStoredTypesReader();

  const toFacts = ([id, name, group, phase, country, types]: FactRow): OverlapPartner => ({
    id,
    name,
    types: [...storedTypes(types)],
    group,
    phase,
    country,
  });

  return {
    /** Every active partner, by id. */
    facts: (): OverlapPartner[] => selectAll.all().map(toFacts),

    /** Active partners of one stakeholder group. */
    groupFacts: (group: StakeholderGroup): OverlapPartner[] => selectGroup.all(group).map(toFacts),

    dismissed: (partnerId: number): Set<PartnershipType> => new Set(selectDismissed.all(partnerId)),

    /** Dismissing twice keeps the first time. */
    dismiss(partnerId: number, type: PartnershipType, at: string): void {
      insertDismissal.run(partnerId, type, at);
    },

    restoreAll(partnerId: number): void {
      deleteDismissals.run(partnerId);
    },
  };
}

export type OverlapRepository = ReturnType<typeof createOverlapRepository>;
