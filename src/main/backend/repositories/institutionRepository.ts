import type { Institution } from '../../../shared/institution';
import type { Db } from '../db/connection';

interface InstitutionRow {
  legal_name: string;
  address: string;
  city: string;
  country: string;
  representative_name: string;
  representative_position: string;
  email: string;
  phone: string;
  website: string;
  who_we_are: string;
  what_we_offer: string;
  what_we_look_for: string;
  why_partner: string;
  updated_at: string;
}

const toInstitution = (r: InstitutionRow): Institution => ({
  legalName: r.legal_name,
  address: r.address,
  city: r.city,
  country: r.country,
  representativeName: r.representative_name,
  representativePosition: r.representative_position,
  email: r.email,
  phone: r.phone,
  website: r.website,
  whoWeAre: r.who_we_are,
  whatWeOffer: r.what_we_offer,
  whatWeLookFor: r.what_we_look_for,
  whyPartner: r.why_partner,
  updatedAt: r.updated_at,
});

export function createInstitutionRepository(db: Db) {
  const select = db.prepare<[], InstitutionRow>('SELECT * FROM institution WHERE id = 1');
  const upsert = db.prepare<Institution>(`
    INSERT INTO institution (id, legal_name, address, city, country, representative_name,
      representative_position, email, phone, website, who_we_are, what_we_offer,
      what_we_look_for, why_partner, updated_at)
    VALUES (1, @legalName, @address, @city, @country, @representativeName,
      @representativePosition, @email, @phone, @website, @whoWeAre, @whatWeOffer,
      @whatWeLookFor, @whyPartner, @updatedAt)
    ON CONFLICT (id) DO UPDATE SET
      legal_name = excluded.legal_name, address = excluded.address, city = excluded.city,
      country = excluded.country, representative_name = excluded.representative_name,
      representative_position = excluded.representative_position, email = excluded.email,
      phone = excluded.phone, website = excluded.website, who_we_are = excluded.who_we_are,
      what_we_offer = excluded.what_we_offer, what_we_look_for = excluded.what_we_look_for,
      why_partner = excluded.why_partner, updated_at = excluded.updated_at`);

  return {
    get(): Institution | null {
      const row = select.get();
      return row ? toInstitution(row) : null;
    },
    save(institution: Institution): Institution {
      upsert.run(institution);
      return institution;
    },
  };
}

export type InstitutionRepository = ReturnType<typeof createInstitutionRepository>;
