CREATE TABLE agreements (
  id INTEGER PRIMARY KEY,
  partner_id INTEGER NOT NULL REFERENCES partners (id) ON DELETE CASCADE,
  kind TEXT NOT NULL CHECK (kind IN ('mou', 'loi')),
  status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'sent', 'signed', 'expired')),
  reference TEXT NOT NULL UNIQUE,
  title TEXT NOT NULL DEFAULT '',
  valid_from TEXT CHECK (valid_from IS NULL OR date(valid_from) IS NOT NULL),
  -- NULL: open-ended.
  valid_until TEXT CHECK (valid_until IS NULL OR date(valid_until) IS NOT NULL),
  sent_at TEXT,
  signed_at TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL, signed_scan_path TEXT, draft_input TEXT,
  CHECK (valid_until IS NULL OR valid_from IS NULL OR valid_until >= valid_from)
  ) STRICT;

CREATE TABLE checklist_state (
  partner_id INTEGER NOT NULL REFERENCES partners (id) ON DELETE CASCADE,
  phase TEXT NOT NULL CHECK (phase IN (
  'scouting', 'first_contact', 'proposal', 'collaboration_setup', 'maintenance_growth')),
  action_key TEXT NOT NULL,
  done_at TEXT NOT NULL,
  PRIMARY KEY (partner_id, phase, action_key)
  ) STRICT, WITHOUT ROWID;

CREATE TABLE contacts (
  id INTEGER PRIMARY KEY,
  partner_id INTEGER NOT NULL REFERENCES partners (id) ON DELETE CASCADE,
  name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  role TEXT NOT NULL DEFAULT '',
  email TEXT NOT NULL DEFAULT '',
  phone TEXT NOT NULL DEFAULT '',
  linkedin TEXT NOT NULL DEFAULT '',
  is_primary INTEGER NOT NULL DEFAULT 0 CHECK (is_primary IN (0, 1)),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
  ) STRICT;

CREATE TABLE documents (
  id INTEGER PRIMARY KEY,
  partner_id INTEGER REFERENCES partners (id) ON DELETE CASCADE,
  agreement_id INTEGER REFERENCES agreements (id) ON DELETE SET NULL,
  kind TEXT NOT NULL CHECK (kind IN ('mou', 'loi', 'one_pager', 'agenda', 'email', 'report')),
  format TEXT NOT NULL CHECK (format IN ('docx', 'pdf', 'ics', 'eml', 'txt', 'csv', 'json')),
  file_name TEXT NOT NULL,
  -- Where it was saved, if the platform told us; informative only.
  saved_path TEXT,
  -- SHA-256 of the bytes written, lower-case hex; NULL only for rows from before version 3.
  checksum TEXT CHECK (checksum IS NULL OR (length(checksum) = 64 AND checksum NOT GLOB '*[^0-9a-f]*')),
  created_at TEXT NOT NULL
  ) STRICT;

CREATE TABLE institution (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  legal_name TEXT NOT NULL CHECK (length(legal_name) BETWEEN 1 AND 200),
  address TEXT NOT NULL DEFAULT '',
  city TEXT NOT NULL DEFAULT '',
  country TEXT NOT NULL DEFAULT '',
  representative_name TEXT NOT NULL DEFAULT '',
  representative_position TEXT NOT NULL DEFAULT '',
  email TEXT NOT NULL DEFAULT '',
  phone TEXT NOT NULL DEFAULT '',
  website TEXT NOT NULL DEFAULT '',
  who_we_are TEXT NOT NULL DEFAULT '',
  what_we_offer TEXT NOT NULL DEFAULT '',
  what_we_look_for TEXT NOT NULL DEFAULT '',
  why_partner TEXT NOT NULL DEFAULT '',
  updated_at TEXT NOT NULL
  ) STRICT;

CREATE TABLE interactions (
  id INTEGER PRIMARY KEY,
  partner_id INTEGER NOT NULL REFERENCES partners (id) ON DELETE CASCADE,
  contact_id INTEGER REFERENCES contacts (id) ON DELETE SET NULL,
  occurred_on TEXT NOT NULL CHECK (date(occurred_on) IS NOT NULL),
  kind TEXT NOT NULL CHECK (kind IN ('email', 'call', 'meeting', 'event', 'note')),
  summary TEXT NOT NULL CHECK (length(summary) BETWEEN 1 AND 4000),
  next_step TEXT NOT NULL DEFAULT '',
  due_on TEXT CHECK (due_on IS NULL OR date(due_on) IS NOT NULL),
  done_at TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
  ) STRICT;

CREATE VIRTUAL TABLE partner_search USING fts5 (
  body,
  content = '',
  contentless_delete = 1,
  tokenize = 'unicode61 remove_diacritics 2',
  prefix = '2 3'
  );

CREATE TABLE 'partner_search_config'(k PRIMARY KEY, v) WITHOUT ROWID;

CREATE TABLE 'partner_search_data'(id INTEGER PRIMARY KEY, block BLOB);

CREATE TABLE 'partner_search_docsize'(id INTEGER PRIMARY KEY, sz BLOB, origin INTEGER);

CREATE TABLE 'partner_search_idx'(segid, term, pgno, PRIMARY KEY(segid, term)) WITHOUT ROWID;

CREATE TABLE partner_tags (
  partner_id INTEGER NOT NULL REFERENCES partners (id) ON DELETE CASCADE,
  tag TEXT NOT NULL CHECK (length(tag) BETWEEN 1 AND 50),
  PRIMARY KEY (partner_id, tag)
  ) STRICT, WITHOUT ROWID;

CREATE TABLE partner_types (
  partner_id INTEGER NOT NULL REFERENCES partners (id) ON DELETE CASCADE,
  type TEXT NOT NULL CHECK (type IN (
  'training', 'mobility', 'innovation', 'funding', 'infrastructure', 'hr_talent',
  'quality_certification', 'entrepreneurship', 'community_inclusion',
  'international_alliances', 'data_intelligence')),
  PRIMARY KEY (partner_id, type)
  ) STRICT, WITHOUT ROWID;

CREATE TABLE partners (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 500),
  stakeholder_group TEXT CHECK (stakeholder_group IN (
  'employer', 'social_partner', 'employment_service', 'education_provider',
  'alumni_network', 'public_civil_society', 'quality_body', 'international_network',
  'other')),
  source TEXT CHECK (source IN (
  'local_chamber', 'local_municipality', 'local_employer', 'local_ngo', 'local_alumni',
  'eu_national_agency', 'eu_epale', 'eu_etwinning', 'eu_vet_network',
  'eu_sector_alliance', 'eu_fair_competition', 'digital_linkedin', 'digital_website',
  'digital_job_board', 'digital_online_event', 'referral', 'other')),
  sector TEXT NOT NULL DEFAULT '',
  country TEXT NOT NULL DEFAULT '',
  region TEXT NOT NULL DEFAULT '',
  city TEXT NOT NULL DEFAULT '',
  website TEXT NOT NULL DEFAULT '',
  linkedin TEXT NOT NULL DEFAULT '',
  size TEXT CHECK (size IN ('micro', 'small', 'medium', 'large')),
  notes TEXT NOT NULL DEFAULT '',
  phase TEXT NOT NULL DEFAULT 'scouting' CHECK (phase IN (
  'scouting', 'first_contact', 'proposal', 'collaboration_setup', 'maintenance_growth')),
  position INTEGER NOT NULL,
  phase_entered_at TEXT NOT NULL,
  archived_at TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
  , name_key TEXT NOT NULL DEFAULT '', card_types TEXT NOT NULL DEFAULT '', card_primary_contact TEXT, card_next_follow_up TEXT, card_checklist_done INTEGER NOT NULL DEFAULT 0, address TEXT NOT NULL DEFAULT '', card_agreement TEXT, deleted_at TEXT) STRICT;

CREATE TABLE phase_history (
  id INTEGER PRIMARY KEY,
  partner_id INTEGER NOT NULL REFERENCES partners (id) ON DELETE CASCADE,
  from_phase TEXT CHECK (from_phase IN (
  'scouting', 'first_contact', 'proposal', 'collaboration_setup', 'maintenance_growth')),
  to_phase TEXT NOT NULL CHECK (to_phase IN (
  'scouting', 'first_contact', 'proposal', 'collaboration_setup', 'maintenance_growth')),
  moved_at TEXT NOT NULL
  ) STRICT;

CREATE TABLE settings (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
  ) STRICT, WITHOUT ROWID;

CREATE TABLE suggestion_dismissals (
  partner_id INTEGER NOT NULL REFERENCES partners (id) ON DELETE CASCADE,
  type TEXT NOT NULL CHECK (type IN (
  'training', 'mobility', 'innovation', 'funding', 'infrastructure', 'hr_talent',
  'quality_certification', 'entrepreneurship', 'community_inclusion',
  'international_alliances', 'data_intelligence')),
  dismissed_at TEXT NOT NULL,
  PRIMARY KEY (partner_id, type)
  ) STRICT, WITHOUT ROWID;

CREATE INDEX agreements_expiry ON agreements (valid_until) WHERE status IN ('sent', 'signed');

CREATE INDEX agreements_partner ON agreements (partner_id);

CREATE UNIQUE INDEX contacts_one_primary ON contacts (partner_id) WHERE is_primary = 1;

CREATE INDEX contacts_partner ON contacts (partner_id);

CREATE INDEX documents_partner ON documents (partner_id, created_at);

CREATE INDEX interactions_open_due ON interactions (due_on) WHERE done_at IS NULL AND due_on IS NOT NULL;

CREATE INDEX interactions_partner ON interactions (partner_id, occurred_on);

CREATE INDEX partner_types_type ON partner_types (type, partner_id);

CREATE INDEX partners_archived ON partners (archived_at) WHERE archived_at IS NOT NULL;

CREATE INDEX partners_board ON partners (phase, position) WHERE archived_at IS NULL;

CREATE INDEX partners_deleted ON partners (deleted_at) WHERE deleted_at IS NOT NULL;

CREATE INDEX partners_name ON partners (name COLLATE NOCASE);

CREATE INDEX partners_name_key ON partners (name_key);

CREATE INDEX phase_history_partner ON phase_history (partner_id, moved_at);
