import type {
  AgreementFact,
  FollowUpFact,
  PartnerFact,
  TodayFacts,
} from '../../../shared/today/rules';
import { atomically } from '../db/atomically';
import type { Db } from '../db/connection';

export interface TodayCutoffs {
  /** Open follow-ups due on or before this day. */
  dueBy: string;
  /** Signed agreements ending on or before this day. */
  expiringBy: string;
  /** Sent agreements sent before this instant. */
  sentBefore: string;
  /** Partners in a limited phase that entered it before this instant. */
  enteredBefore: string;
  /** Partners in Maintenance & growth not in touch since before this day. */
  quietSince: string;
}

/**
 * The reads behind the Today view, each through an index whatever the number of partners:
 * open follow-ups through `interactions_open_due`, agreements through `agreements_expiry`,
 * partners through `partners_board` (phase), their newest logbook day through
 * `interactions_partner`. The cutoffs only narrow the reads; the rules in src/shared/today
 * decide, on the coordinator's calendar.
 */
export const todayQueries = {
  followUps: `SELECT i.id AS interactionId, i.partner_id AS partnerId, p.name AS partnerName,
      i.next_step AS nextStep, i.due_on AS dueOn
    FROM interactions i JOIN partners p ON p.id = i.partner_id
    WHERE i.done_at IS NULL AND i.due_on IS NOT NULL AND i.due_on <= @dueBy
      AND p.archived_at IS NULL`,
  // The newest agreement of its kind only: an older one replaced by a renewal is settled.
  agreements: `SELECT a.id AS agreementId, a.partner_id AS partnerId, p.name AS partnerName,
      a.kind, a.status, a.valid_until AS validUntil, a.sent_at AS sentAt
    FROM agreements a JOIN partners p ON p.id = a.partner_id
    WHERE a.status IN ('sent', 'signed')
      AND ((a.status = 'signed' AND a.valid_until <= @expiringBy)
        OR (a.status = 'sent' AND a.sent_at < @sentBefore))
      AND p.archived_at IS NULL
      AND NOT EXISTS (SELECT 1 FROM agreements b
                      WHERE b.partner_id = a.partner_id AND b.kind = a.kind AND b.id > a.id)`,
  limited: `SELECT id AS partnerId, name AS partnerName, phase,
      phase_entered_at AS phaseEnteredAt, NULL AS lastInteractionOn
    FROM partners
    WHERE phase IN ('scouting', 'first_contact', 'proposal', 'collaboration_setup')
      AND archived_at IS NULL AND phase_entered_at < @enteredBefore`,
  maintenance: `SELECT partnerId, partnerName, phase, phaseEnteredAt, lastInteractionOn FROM (
      SELECT p.id AS partnerId, p.name AS partnerName, p.phase,
        p.phase_entered_at AS phaseEnteredAt,
        (SELECT max(occurred_on) FROM interactions WHERE partner_id = p.id) AS lastInteractionOn
      FROM partners p
      WHERE p.phase = 'maintenance_growth' AND p.archived_at IS NULL
        AND p.phase_entered_at < @quietSince)
    WHERE lastInteractionOn IS NULL OR lastInteractionOn < @quietSince`,
  active: `SELECT count(*) FROM partners
    WHERE phase IN ('scouting', 'first_contact', 'proposal', 'collaboration_setup',
                    'maintenance_growth')
      AND archived_at IS NULL`,
} as const;

export function createTodayRepository(db: Db) {
  const followUps = db.prepare<[{ dueBy: string }], FollowUpFact>(todayQueries.followUps);
  const agreements = db.prepare<[{ expiringBy: string; sentBefore: string }], AgreementFact>(
    todayQueries.agreements,
  );
  const limited = db.prepare<[{ enteredBefore: string }], PartnerFact>(todayQueries.limited);
  const maintenance = db.prepare<[{ quietSince: string }], PartnerFact>(todayQueries.maintenance);
  const active = db.prepare<[], number>(todayQueries.active).pluck();

  return {
    /** The facts within the cutoffs and the number of active partners, from one snapshot. */
    facts: (c: TodayCutoffs): TodayFacts & { activePartners: number } =>
      atomically(db, () => ({
        followUps: followUps.all({ dueBy: c.dueBy }),
        agreements: agreements.all({ expiringBy: c.expiringBy, sentBefore: c.sentBefore }),
        partners: [
          ...limited.all({ enteredBefore: c.enteredBefore }),
          ...maintenance.all({ quietSince: c.quietSince }),
        ],
        activePartners: active.get() ?? 0,
      })),
  };
}

export type TodayRepository = ReturnType<typeof createTodayRepository>;
