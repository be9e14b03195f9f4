import { describe, expect, it } from 'vitest';
import {
  joinList,
  neutraliseCell,
  restoreCell,
  splitList,
} from '../../src/shared/portability/cells';
import { websiteDomain } from '../../src/shared/portability/duplicateKeys';
import { guessMapping, repeatedFields } from '../../src/shared/portability/importFields';
import { rowRecord } from '../../src/shared/portability/rowRecord';
import {
  matchGroup,
  matchPhase,
  matchSize,
  matchType,
} from '../../src/shared/portability/vocabulary';

describe('cells that spreadsheets would run as formulas', () => {
  it.each([
    ['=SUM(A1:A2)', "'=SUM(A1:A2)"],
    ['+48 42 555 12 34', "'+48 42 555 12 34"],
    ['-5 employees', "'-5 employees"],
    ['@mention', "'@mention"],
    ['\tindented', "'\tindented"],
    ['\rreturn', "'\rreturn"],
    ["'=already quoted", "''=already quoted"],
  ])('neutralises %j and reads it back unchanged', (value, written) => {
    expect(neutraliseCell(value)).toBe(written);
    expect(restoreCell(written)).toBe(value);
  });

  it.each(["'s-Hertogenbosch", 'Plain text', 'a=b', ''])('leaves %j alone both ways', (value) => {
    expect(neutraliseCell(value)).toBe(value);
    expect(restoreCell(value)).toBe(value);
  });
});

describe('lists in one cell', () => {
  it('round-trip values that contain semicolons', () => {
    const values = ['dual VET', 'a;b', 'ends;', ';;'];
    expect(splitList(joinList(values))).toEqual(values);
  });

  it('read what people type', () => {
    expect(splitList('Erasmus+;  apprenticeships ;; ; ')).toEqual([
      'Erasmus+',
      'apprenticeships ;',
    ]);
    expect(splitList('')).toEqual([]);
  });
});

describe('guessing columns from headers', () => {
  it('understands common names in any case, with accents and punctuation', () => {
    expect(
      guessMapping([
        'Organisation',
        'E-Mail',
        'Phone',
        'Country',
        'CITY',
        'Website',
        'Type(s)',
        'Stakeholder group',
        'Phase',
        'Contact person',
        'Notes',
        'Favourite colour',
      ]),
    ).toEqual([
      'name',
      'contactEmail',
      'contactPhone',
      'country',
      'city',
      'website',
      'types',
      'stakeholderGroup',
      'phase',
      'contactName',
      'notes',
      null,
    ]);
    expect(guessMapping(['Company', 'Name'])).toEqual(['name', null]);
    expect(guessMapping(['Firma', 'Land'])).toEqual([null, 'country']);
  });

  it('reports a field chosen for two columns', () => {
    expect(repeatedFields(['name', 'city', 'name', null])).toEqual(['name']);
    expect(repeatedFields(['name', null, null])).toEqual([]);
  });
});

describe('words from spreadsheets', () => {
  it('match labels and keys without case, accents or "&"', () => {
    expect(matchType('HR and Talent')).toBe('hr_talent');
    expect(matchType('hr_talent')).toBe('hr_talent');
    expect(matchType('QUALITY & CERTIFICATION')).toBe('quality_certification');
    expect(matchType('Space travel')).toBeNull();
    expect(matchGroup('Social partner, chamber or sector association')).toBe('social_partner');
    expect(matchGroup('NGO')).toBe('public_civil_society');
    expect(matchPhase('maintenance & growth')).toBe('maintenance_growth');
    expect(matchSize('Medium (50–249 people)')).toBe('medium');
    expect(matchSize('12')).toBe('small');
  });

  it('keep values they do not know in the notes and say so', () => {
    const record = rowRecord(
      ['Kammer Graz', 'Training; Space travel', 'Chamber', 'Paused'],
      ['name', 'types', 'stakeholderGroup', 'phase'],
    );
    expect(record.problems).toEqual([]);
    expect(record.partner).toMatchObject({
      name: 'Kammer Graz',
      types: ['training'],
      stakeholderGroup: 'social_partner',
      notes: 'Not recognised on import: partnership type “Space travel”, phase “Paused”.',
    });
    expect(record.phase).toBeNull();
    expect(record.notices).toEqual([
      'Not recognised, kept in the notes: partnership type “Space travel”, phase “Paused”.',
    ]);
  });

  it('report invalid values with the field they belong to', () => {
    const record = rowRecord(
      ['', 'not-an-email', 'maybe'],
      ['name', 'contactEmail', 'contactPrimary'],
    );
    expect(record.partner).toBeNull();
    expect(record.problems).toEqual([
      'Name of the organisation: Enter the name of the organisation.',
      "Contact person: Enter the contact's name.",
      "Contact person's email: Enter an email address such as name@example.eu.",
      'Primary contact (yes/no): write yes or no, not “maybe”.',
    ]);
  });
});

describe('website domains', () => {
  it.each([
    ['https://www.firma.de/karriere', 'firma.de'],
    ['http://FIRMA.de', 'firma.de'],
    ['www.firma.de', 'firma.de'],
    ['', null],
    ['not a site', null],
  ])('%j → %j', (site, domain) => expect(websiteDomain(site)).toBe(domain));
});
