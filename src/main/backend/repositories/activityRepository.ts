import type { ActivityFacts, ActivityPartner, PhaseMove } from '../../../shared/activity/facts';
import type { LoggedInteraction, SignedAgreement } from '../../../shared/activity/yearSummary';
import type {
  AgreementKind,
  InteractionKind,
  Phase,
  StakeholderGroup,
} from '../../../shared/domain';
import type { Db } from '../db/connection';
import { atomically } from '../db/atomically';
import { createStoredTypesReader } from '../../../shared/storedTypes';

type PartnerRow = [
  id: number,
  name: string,
  group: StakeholderGroup | null,
  phase: Phase,
  types: string,
  createdAt: string,
  archivedAt: string | null,
];
type MoveRow = [partnerId: number, from: Phase | null, to: Phase, at: string];
type AgreementRow = [
  partnerName: string,
  kind: AgreementKind,
  reference: string,
  signedOn: string,
  validUntil: string | null,
];
type InteractionRow = [partnerId: number, on: string, kind: InteractionKind];

/**
 * What the activity view and the annual report count: every partner not deleted (archived ones
 * included: their history happened) with its phase history, signed agreements and logbook
 * dates. Deleted partners and everything about them are left out.
 */
export function createActivityRepository(db: Db) {
  const selectPartners = db
    .prepare<[], PartnerRow>(
      `SELECT id, name, stakeholder_group, phase, card_types, created_at, archived_at
       FROM partners WHERE deleted_at IS NULL ORDER BY id`,
    )
    .raw();
  const selectMoves = db
    .prepare<[], MoveRow>(
      `SELECT h.partner_id, h.from_phase, h.to_phase, h.moved_at
       FROM phase_history h JOIN partners p ON p.id = h.partner_id
       WHERE p.deleted_at IS NULL ORDER BY h.partner_id, h.moved_at, h.id`,
    )
    .raw();
  const selectSigned = db
    .prepare<[string, string], AgreementRow>(
      `SELECT p.name, a.kind, a.reference, a.signed_at, a.valid_until
       FROM agreements a JOIN partners p ON p.id = a.partner_id
       WHERE p.deleted_at IS NULL AND a.signed_at >= ? AND a.signed_at < ?
       ORDER BY a.signed_at, a.reference`,
    )
    .raw();
  const selectInteractions = db
    .prepare<[string, string], InteractionRow>(
      `SELECT i.partner_id, i.occurred_on, i.kind
       FROM interactions i JOIN partners p ON p.id = i.partner_id
       WHERE p.deleted_at IS NULL AND i.occurred_on >= ? AND i.occurred_on < ?`,
    )
    .raw();
  const storedTypes = createStoredTypesReader();

  return {
    /** Partners and moves read in one transaction, so the two agree. */
    facts(now: Date): ActivityFacts {
      return atomically(db, () => {
        const index = new Map<number, number>();
        const partners = selectPartners
          .all()
          .map(([id, name, group, phase, types, createdAt, archivedAt], i): ActivityPartner => {
            index.set(id, i);
            return {
              id,
              name,
              types: [...storedTypes(types)],
              group,
              phase,
              createdAt: Date.parse(createdAt),
              archivedAt: archivedAt === null ? null : Date.parse(archivedAt),
            };
          });
        const moves = selectMoves.all().map(([partnerId, from, to, at]): PhaseMove => ({
          partner: index.get(partnerId)!,
          from,
          to,
          at: Date.parse(at),
        }));
        return { now: now.getTime(), partners, moves };
      });
    },

    /** Agreements signed on days from `from` up to (not including) `until`, `YYYY-MM-DD`. */
    signed: (from: string, until: string): SignedAgreement[] =>
      selectSigned.all(from, until).map(([partnerName, kind, reference, signedOn, validUntil]) => ({
        partnerName,
        kind,
        reference,
        signedOn,
        validUntil,
      })),

    /** Logbook entries dated from `from` up to (not including) `until`. */
    interactions: (from: string, until: string): LoggedInteraction[] =>
      selectInteractions.all(from, until).map(([partnerId, on, kind]) => ({ partnerId, on, kind })),
  };
}

export type ActivityRepository = ReturnType<typeof createActivityRepository>;
