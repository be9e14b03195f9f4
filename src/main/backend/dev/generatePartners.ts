import { nextReference, referencePrefix } from '../../../shared/agreement';
import { phaseChecklists } from '../../../shared/checklists';
import {
  type AgreementKind,
  type InteractionKind,
  type PartnershipType,
  type Phase,
  type StakeholderGroup,
  organisationSizes,
  partnershipTypes,
  phases,
} from '../../../shared/domain';
import { fold } from '../../../shared/fold';
import { positionStep } from '../../../shared/ordering';
import { defaultTodaySettings } from '../../../shared/today/settings';
import type { Db } from '../db/connection';
import type { ContactFields } from '../repositories/contactRepository';
import type { InteractionFields } from '../repositories/interactionRepository';
import { createPartnerRepositories } from '../repositories/partnerRepositories';
import type { PartnerFields } from '../repositories/partnerRepository';
import { type SampleCountry, fallbackOrgs, sampleCountries } from './sampleCountries';
import {
  anySource,
  groupWeights,
  nextSteps,
  notes,
  roles,
  sectors,
  sourcesByGroup,
  summaries,
  tags,
  typeBoosts,
  typeWeights,
} from './sampleVocabulary';

/**
 * Realistic made-up partners for development, demos, benchmarks and end-to-end tests.
 * The same seed and `now` give the same data. Everything goes through the repositories
 * (so the search index is filled as in real use) inside one transaction.
 */

export interface GenerateOptions {
  count: number;
  seed: number;
  /** The moment the data is generated "at": every date lies before it, some due dates after. */
  now: Date;
}

/** mulberry32: small, fast and good enough to make data look varied. */
function createRandom(seed: number) {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => {
    const item = items[Math.floor(next() * items.length)];
    if (item === undefined) throw new Error('Cannot pick from an empty list.');
    return item;
  };
  const weighted = <K extends string>(weights: Readonly<Record<K, number>>): K => {
    const entries = Object.entries(weights) as [K, number][];
    let roll = next() * entries.reduce((sum, [, w]) => sum + w, 0);
    for (const [key, w] of entries) {
      roll -= w;
      if (roll < 0) return key;
    }
    return entries[entries.length - 1]![0];
  };
  return { next, int, pick, weighted, chance: (p: number) => next() < p };
}
type Random = ReturnType<typeof createRandom>;

const dayMs = 86_400_000;
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** Most partners are still being scouted; fewer get to each later phase. */
const phaseWeights: Record<Phase, number> = {
  scouting: 35,
  first_contact: 22,
  proposal: 16,
  collaboration_setup: 10,
  maintenance_growth: 17,
};

const fill = (template: string, values: Record<string, string>) =>
  template.replace(/\{(\w+)\}/g, (_, key: string) => values[key] ?? '');

/** Letters a-z only, for made-up email addresses and web domains. */
const asciiSlug = (text: string) => fold(text).replace(/[^a-z0-9]+/g, '');

function pickTypes(random: Random, group: StakeholderGroup): PartnershipType[] {
  const weights = { ...typeWeights };
  for (const t of typeBoosts[group] ?? []) weights[t] *= 4;
  const count = random.weighted({ 1: 40, 2: 35, 3: 17, 4: 8 });
  const chosen = new Set<PartnershipType>();
  while (chosen.size < Number(count)) {
    const t = random.weighted(weights);
    chosen.add(t);
    weights[t] = 0;
  }
  return partnershipTypes.filter((t) => chosen.has(t));
}

function partnerFields(random: Random, land: SampleCountry, index: number): PartnerFields {
  const group = random.weighted(groupWeights);
  const [city, region] = random.pick(land.places);
  const values = {
    city,
    region,
    country: land.country,
    last: random.pick(land.last),
    trade: random.pick(land.trades),
    n: String(random.int(1, 12)),
    street: `${random.pick(land.streets)} ${random.int(1, 120)}`,
    source: random.pick(['a chamber event', 'LinkedIn', 'EPALE', 'a colleague', 'the skills fair']),
    tag: random.pick(tags),
  };
  const name = fill(random.pick(land.orgs[group] ?? fallbackOrgs[group]), values);
  const slug = asciiSlug(name).slice(0, 20) || `partner${index}`;
  return {
    name,
    stakeholderGroup: random.chance(0.95) ? group : null,
    types: pickTypes(random, group),
    source: random.chance(0.85) ? random.pick(sourcesByGroup[group] ?? anySource) : null,
    sector:
      group === 'employer' ? random.pick(sectors) : random.chance(0.4) ? random.pick(sectors) : '',
    country: land.country,
    region,
    city,
    address: values.street,
    website: random.chance(0.8) ? `https://www.${slug}.${land.tld}` : '',
    linkedin: random.chance(0.4) ? `https://www.linkedin.com/company/${slug}` : '',
    size: group === 'employer' ? random.pick(organisationSizes) : null,
    notes: fill(random.pick(notes), values),
    tags: [...new Set(Array.from({ length: random.int(0, 3) }, () => random.pick(tags)))],
  };
}

function contactFields(
  random: Random,
  land: SampleCountry,
  domain: string,
  k: number,
): ContactFields {
  const first = random.pick(land.first);
  const last = random.pick(land.last);
  const local = land.latin ? `${asciiSlug(first)}.${asciiSlug(last)}` : `office${k + 1}`;
  return {
    name: `${first} ${last}`,
    role: random.chance(0.8) ? random.pick(roles) : '',
    email: random.chance(0.9) ? `${local}@${domain}` : '',
    phone: random.chance(0.7)
      ? `${land.phone} ${random.int(10, 99)} ${random.int(100, 999)} ${random.int(1000, 9999)}`
      : '',
    linkedin: '',
    isPrimary: k === 0,
  };
}

/**
 * Days in the current phase: for most partners within the phase's usual limit (the Today view's
 * defaults), for about a quarter past it (stalled); partnerships in Maintenance & growth may be
 * up to two and a half years old.
 */
function daysInPhase(random: Random, phase: Phase): number {
  if (phase === 'maintenance_growth') return random.int(1, 900);
  const limit = defaultTodaySettings.phaseLimits[phase];
  return random.chance(0.75) ? random.int(0, limit) : random.int(limit + 1, limit * 4);
}

/**
 * When the partner entered its current phase, and before that one move per earlier phase (each
 * phase took three days to three months), back to its creation.
 */
function lifeStory(random: Random, phaseIndex: number, nowMs: number) {
  const enteredMs =
    nowMs - daysInPhase(random, phases[phaseIndex]!) * dayMs - random.int(60_000, dayMs);
  const moves: number[] = [];
  let t = enteredMs;
  for (let k = phaseIndex; k > 0; k--) {
    moves.unshift(t);
    t -= random.int(3, 90) * dayMs + random.int(0, dayMs);
  }
  return { createdMs: t, moves };
}

/** When an action of phase `k` was ticked: before the partner left that phase. */
const tickedAt = (moves: readonly number[], k: number, nowMs: number) =>
  new Date(Math.min(moves[k] ?? nowMs, nowMs) - 3_600_000).toISOString();

const interactionKinds: readonly InteractionKind[] = [
  'email',
  'email',
  'call',
  'meeting',
  'event',
  'note',
];

export function generatePartners(db: Db, { count, seed, now }: GenerateOptions): number[] {
  const random = createRandom(seed);
  const repos = createPartnerRepositories(db);
  const nowMs = now.getTime();
  const countryWeights = Object.fromEntries(sampleCountries.map((c, i) => [i, c.weight]));

  // Agreement references ("MOU-2026-0007") are numbered as the app numbers them, going on from
  // those already in the database; the last one of each kind and year is kept, so the database
  // is asked once per prefix.
  const lastReference = new Map<string, string>();

  /** A new draft agreement of `kind`, created at `createdMs`. */
  function insertDraft(partnerId: number, kind: AgreementKind, createdMs: number): number {
    const prefix = referencePrefix(kind, new Date(createdMs).getUTCFullYear());
    const last = lastReference.get(prefix);
    const reference = nextReference(
      last === undefined ? repos.agreements.referencesStartingWith(prefix) : [last],
      prefix,
    );
    lastReference.set(prefix, reference);
    return repos.agreements.insert({
      partnerId,
      kind,
      reference,
      validFrom: null,
      validUntil: null,
      draftInput: '',
      now: new Date(createdMs).toISOString(),
    });
  }

  /**
   * Collaboration setup: an MoU or letter of intent being drafted, or sent and waiting for its
   * signature (some for more than 30 days). Maintenance & growth: most have one signed around the
   * move into the phase, valid one to three years or open-ended, so some are ending soon; those
   * that ended over a month ago are marked expired, as a coordinator would have done.
   */
  function writeAgreement(id: number, phase: Phase, enteredMs: number, bornMs: number): void {
    const kind: AgreementKind = random.chance(0.8) ? 'mou' : 'loi';
    if (phase === 'collaboration_setup' && random.chance(0.6)) {
      const createdMs = enteredMs + random.next() * (nowMs - enteredMs);
      const agreementId = insertDraft(id, kind, createdMs);
      if (random.chance(0.5)) {
        const sentMs = Math.min(createdMs + random.int(0, 7) * dayMs, nowMs - 60_000);
        const sentAt = new Date(sentMs).toISOString();
        repos.agreements.setStatus(id, agreementId, {
          status: 'sent',
          sentAt,
          signedOn: null,
          validFrom: null,
          validUntil: null,
          now: sentAt,
        });
      }
    } else if (phase === 'maintenance_growth' && random.chance(0.8)) {
      const signedMs = Math.max(bornMs + 2 * dayMs, enteredMs - random.int(0, 5) * dayMs);
      const createdMs = Math.max(bornMs + 3_600_000, signedMs - random.int(10, 40) * dayMs);
      const validFrom = isoDay(signedMs);
      const years = Number(random.weighted({ 0: 20, 1: 15, 2: 35, 3: 30 }));
      const until = new Date(signedMs);
      until.setUTCFullYear(until.getUTCFullYear() + years);
      until.setUTCDate(until.getUTCDate() - 1);
      const agreementId = insertDraft(id, kind, createdMs);
      const ended = years > 0 && until.getTime() < nowMs - 30 * dayMs;
      repos.agreements.setStatus(id, agreementId, {
        status: ended ? 'expired' : 'signed',
        sentAt: new Date(Math.min(createdMs + dayMs, signedMs)).toISOString(),
        signedOn: validFrom,
        validFrom,
        validUntil: years === 0 ? null : isoDay(until.getTime()),
        now: new Date(ended ? until.getTime() + dayMs : signedMs).toISOString(),
      });
    }
  }

  function writePartner(index: number, nextPosition: Map<Phase, number>): number {
    const land = sampleCountries[Number(random.weighted(countryWeights))]!;
    const fields = partnerFields(random, land, index);
    const phaseIndex = phases.indexOf(random.weighted(phaseWeights));
    const phase = phases[phaseIndex]!;
    const { createdMs, moves } = lifeStory(random, phaseIndex, nowMs);
    const enteredMs = moves.at(-1) ?? createdMs;
    const position = nextPosition.get(phase)!;
    nextPosition.set(phase, position + positionStep);
    const createdAt = new Date(createdMs).toISOString();
    const id = repos.partners.insert({
      fields,
      phase,
      position,
      phaseEnteredAt: new Date(enteredMs).toISOString(),
      createdAt,
    });
    repos.history.insert(id, null, 'scouting', createdAt);
    moves.forEach((ms, k) =>
      repos.history.insert(id, phases[k]!, phases[k + 1]!, new Date(ms).toISOString()),
    );

    const domain = fields.website.replace(/^https:\/\/www\./, '') || `example.${land.tld}`;
    const contacts: { id: number; name: string }[] = [];
    const contactCount = Number(random.weighted({ 0: 15, 1: 45, 2: 28, 3: 12 }));
    for (let k = 0; k < contactCount; k++) {
      const contact = contactFields(random, land, domain, k);
      contacts.push({ id: repos.contacts.insert(id, contact, createdAt), name: contact.name });
    }
    if (contacts[0]) repos.contacts.setPrimary(id, contacts[0].id);

    const interactionCount = random.int(0, Math.min(6, 1 + phaseIndex * 2));
    for (let k = 0; k < interactionCount; k++) {
      const occurredMs = createdMs + random.next() * (nowMs - createdMs);
      const contact = contacts.length > 0 && random.chance(0.7) ? random.pick(contacts) : null;
      const hasNextStep = random.chance(0.55);
      const due = hasNextStep && random.chance(0.8);
      // Due dates from two weeks before to four weeks after "now": some overdue.
      const dueMs = Math.max(occurredMs + dayMs, nowMs + random.int(-14, 28) * dayMs);
      const done = due && dueMs < nowMs && random.chance(0.6);
      const interaction: InteractionFields = {
        occurredOn: isoDay(occurredMs),
        kind: random.pick(interactionKinds),
        summary: fill(random.pick(summaries), {
          contact: contact?.name ?? 'their team',
          trade: random.pick(land.trades),
          street: random.pick(land.streets),
        }),
        nextStep: hasNextStep ? random.pick(nextSteps) : '',
        dueOn: due ? isoDay(dueMs) : null,
        contactId: contact?.id ?? null,
      };
      const doneAt = done ? new Date(dueMs).toISOString() : null;
      repos.interactions.insert(id, interaction, new Date(occurredMs).toISOString(), doneAt);
    }

    writeAgreement(id, phase, enteredMs, createdMs);

    // Earlier phases mostly done; the current one partly.
    for (let k = 0; k <= phaseIndex; k++) {
      const p = phases[k]!;
      for (const action of phaseChecklists[p]) {
        if (random.chance(k < phaseIndex ? 0.8 : 0.35)) {
          repos.checklist.set(id, p, action.key, true, tickedAt(moves, k, nowMs));
        }
      }
    }
    return id;
  }

  return repos.batch(() => {
    // New cards go below the existing ones of each column, in the order they are generated.
    const nextPosition = new Map<Phase, number>(
      phases.map((p) => [p, (repos.board.column(p, 0).at(-1)?.position ?? 0) + positionStep]),
    );
    return Array.from({ length: count }, (_, i) => writePartner(i, nextPosition));
  });
}
