import { describe, expect, it } from 'vitest';
import { toMatchExpression } from '../../src/main/backend/repositories/partnerSearchRepository';
import { fold, foldedWords, nameKey } from '../../src/shared/fold';
import type { PartnerFilter } from '../../src/shared/partner';
import { call, testBackend } from './helpers/backend';
import {
  contactInput,
  createPartner,
  interactionInput,
  must,
  noFilter,
  partnerInput,
} from './helpers/partners';

describe('fold', () => {
  it.each([
    ['Łódź', 'lodz'],
    ['ŁÓDŹ', 'lodz'],
    ['Ærø', 'aero'],
    ['Straße', 'strasse'],
    ['STRASSE', 'strasse'],
    ['Šiauliai', 'siauliai'],
    ['São João', 'sao joao'],
    ['Köln', 'koln'],
    ['Đakovo', 'dakovo'],
    ['Þórshöfn', 'thorshofn'],
    ['Œuvre', 'oeuvre'],
    ['İzmir Iğdır', 'izmir igdir'],
    ['Tromsø', 'tromso'],
    ['Αθήνα ΠΆΤΡΑΣ', 'αθηνα πατρασ'],
    ['Київ Ёлка', 'киів елка'],
    ['ﬁnance', 'finance'],
  ])('folds %s to %s', (text, folded) => {
    expect(fold(text)).toBe(folded);
  });

  it('splits into words of letters and digits', () => {
    expect(foldedWords('jana.novak@firma.cz, "Ærø" (AND) 2026')).toEqual([
      'jana',
      'novak',
      'firma',
      'cz',
      'aero',
      'and',
      '2026',
    ]);
    expect(nameKey('  Izba   Rzemieślnicza ŁÓDŹ ')).toBe('izba rzemieslnicza lodz');
  });

  it('turns any text into a safe prefix query, or none', () => {
    expect(toMatchExpression('Łódź chamber')).toBe('"lodz"* AND "chamber"*');
    expect(toMatchExpression('NEAR(a b) OR "x')).toBe(
      '"near"* AND "a"* AND "b"* AND "or"* AND "x"*',
    );
    for (const nothing of ['', '   ', '"', '*', '(', '-', '^', '"*"', ':']) {
      expect(toMatchExpression(nothing), nothing).toBeNull();
    }
  });
});

describe('finding partners', () => {
  async function sampleBoard() {
    const backend = testBackend();
    const ids = {
      lodz: await createPartner(backend, {
        name: 'Izba Rzemieślnicza Łódź',
        types: ['training', 'quality_certification'],
        stakeholderGroup: 'social_partner',
        country: 'Poland',
      }),
      aero: await createPartner(backend, {
        name: 'Ærø Kommune',
        types: ['community_inclusion'],
        stakeholderGroup: 'public_civil_society',
        country: 'Denmark',
        city: 'Ærøskøbing',
        region: 'Syddanmark',
      }),
      koln: await createPartner(
        backend,
        {
          name: 'Müller Metallbau GmbH',
          types: ['training', 'hr_talent'],
          stakeholderGroup: 'employer',
          country: 'Germany',
          city: 'Köln',
          notes: 'Workshop on the Schloßstraße, near the tram.',
          sector: 'Metalworking',
          tags: ['dual VET'],
        },
        contactInput({ name: 'Jürgen Weiß', email: 'j.weiss@mueller.example.de', role: 'Meister' }),
      ),
      siauliai: await createPartner(backend, {
        name: 'Šiaulių profesinio rengimo centras',
        types: ['mobility'],
        stakeholderGroup: 'education_provider',
        country: 'Lithuania',
        city: 'Šiauliai',
      }),
      athens: await createPartner(backend, {
        name: 'Δήμος Αθηναίων',
        types: ['funding', 'mobility'],
        stakeholderGroup: 'public_civil_society',
        country: 'Greece',
        city: 'Αθήνα',
      }),
      plovdiv: await createPartner(backend, {
        name: 'Търговско-промишлена палата Пловдив',
        types: ['international_alliances'],
        stakeholderGroup: 'social_partner',
        country: 'Bulgaria',
        city: 'Пловдив',
      }),
    };
    await must(backend, 'saveInteraction', {
      partnerId: ids.siauliai,
      id: null,
      interaction: interactionInput({
        summary: 'Discussed welding apprenticeships for the spring.',
        nextStep: 'Send the mobility agreement',
        dueOn: '2026-02-15',
      }),
    });
    await must(backend, 'saveInteraction', {
      partnerId: ids.aero,
      id: null,
      interaction: interactionInput({ nextStep: 'Call the mayor’s office', dueOn: '2026-03-20' }),
    });
    const find = async (filter: Partial<PartnerFilter>) =>
      (await must(backend, 'findPartners', { ...noFilter, ...filter })).ids;
    return { backend, ids, find };
  }

  it('matches without accents, case or national letters, as prefixes', async () => {
    const { ids, find } = await sampleBoard();
    expect(await find({ text: 'lodz' })).toEqual([ids.lodz]);
    expect(await find({ text: 'LODZ' })).toEqual([ids.lodz]);
    expect(await find({ text: 'Łódź' })).toEqual([ids.lodz]);
    expect(await find({ text: 'aero' })).toEqual([ids.aero]);
    expect(await find({ text: 'aeroskobing' })).toEqual([ids.aero]);
    expect(await find({ text: 'strasse' })).toEqual([]); // no word starts with it …
    expect(await find({ text: 'schlossstrasse' })).toEqual([ids.koln]); // … Schloßstraße does
    expect(await find({ text: 'siau' })).toEqual([ids.siauliai]);
    expect(await find({ text: 'si' })).toEqual([ids.siauliai]); // Šiaulių, Šiauliai
    expect(await find({ text: 'koln metall' })).toEqual([ids.koln]);
    expect(await find({ text: 'αθηναι' })).toEqual([ids.athens]);
    expect(await find({ text: 'ΑΘΗΝΑΊΩΝ' })).toEqual([ids.athens]);
    expect(await find({ text: 'пловдив' })).toEqual([ids.plovdiv]);
    expect(await find({ text: 'ПЛОВ' })).toEqual([ids.plovdiv]);
  });

  it('finds "strasse" where a word is Straße, and "sa" in São João', async () => {
    const { backend, find } = await sampleBoard();
    const id = await createPartner(backend, { name: 'Bäckerei an der Straße', city: 'Köln' });
    expect(await find({ text: 'strasse' })).toEqual([id]);
    expect(await find({ text: 'STRAẞE' })).toEqual([id]);
    const sao = await createPartner(backend, {
      name: 'Escola Profissional',
      city: 'São João da Madeira',
    });
    expect(await find({ text: 'sa' })).toEqual([sao]);
    expect(await find({ text: 'sao joao' })).toEqual([sao]);
  });

  it('searches contacts, notes, tags, sector and the logbook', async () => {
    const { ids, find } = await sampleBoard();
    expect(await find({ text: 'jurgen' })).toEqual([ids.koln]);
    expect(await find({ text: 'weiss' })).toEqual([ids.koln]);
    expect(await find({ text: 'mueller.example' })).toEqual([ids.koln]);
    expect(await find({ text: 'meister' })).toEqual([ids.koln]);
    expect(await find({ text: 'tram' })).toEqual([ids.koln]);
    expect(await find({ text: 'dual vet' })).toEqual([ids.koln]);
    expect(await find({ text: 'metalworking' })).toEqual([ids.koln]);
    expect(await find({ text: 'welding' })).toEqual([ids.siauliai]);
    expect(await find({ text: 'mobility agreement' })).toEqual([ids.siauliai]);
    expect(await find({ text: 'syddanmark' })).toEqual([ids.aero]);
    expect(await find({ text: 'welding lodz' })).toEqual([]); // every word must match
  });

  it.each([
    '"',
    '*',
    'AND',
    'OR',
    'NOT',
    '(',
    ')',
    '-',
    'NEAR',
    'NEAR(a b)',
    'a:b',
    '^x',
    '"""',
    "'",
    '\\',
    '{}',
    'a AND ( OR',
  ])('answers the hostile query %j without an error', async (text) => {
    const { backend } = await sampleBoard();
    const result = await call(backend, 'findPartners', { ...noFilter, text });
    expect(result.ok, JSON.stringify(result)).toBe(true);
  });

  it('treats text without letters or digits as no search', async () => {
    const { find } = await sampleBoard();
    expect((await find({ text: '*** ---' })).length).toBe(6);
  });

  it('combines text, types, groups, countries and overdue follow-ups', async () => {
    const { ids, find } = await sampleBoard();
    const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);
    expect(await find({})).toEqual(sorted(Object.values(ids)));
    expect(await find({ types: ['training'] })).toEqual(sorted([ids.lodz, ids.koln]));
    expect(await find({ types: ['training', 'mobility'] })).toEqual(
      sorted([ids.lodz, ids.koln, ids.siauliai, ids.athens]),
    );
    expect(await find({ types: ['mobility'], groups: ['public_civil_society'] })).toEqual([
      ids.athens,
    ]);
    expect(await find({ countries: ['Poland', 'Denmark'] })).toEqual(sorted([ids.lodz, ids.aero]));
    expect(await find({ overdueOnly: true, today: '2026-03-01' })).toEqual([ids.siauliai]);
    expect(await find({ overdueOnly: true, today: '2026-03-21' })).toEqual(
      sorted([ids.aero, ids.siauliai]),
    );
    expect(await find({ overdueOnly: true, today: '2026-02-15' })).toEqual([]); // due today
    expect(await find({ text: 'kommune', overdueOnly: true, today: '2026-03-21' })).toEqual([
      ids.aero,
    ]);
    expect(
      await find({ text: 'ko', types: ['training'], groups: ['employer'], countries: ['Germany'] }),
    ).toEqual([ids.koln]);
    expect(await find({ text: 'lodz', countries: ['Germany'] })).toEqual([]);
  });

  it('leaves archived partners out, and follows every edit of the indexed text', async () => {
    const { backend, ids, find } = await sampleBoard();
    await must(backend, 'archivePartner', { id: ids.lodz });
    expect(await find({ text: 'lodz' })).toEqual([]);
    await must(backend, 'restorePartner', { id: ids.lodz });
    expect(await find({ text: 'lodz' })).toEqual([ids.lodz]);

    await must(backend, 'updatePartner', {
      id: ids.lodz,
      partner: partnerInput({ name: 'Cech Rzemiosł Różnych Kraków', city: 'Kraków' }),
    });
    expect(await find({ text: 'lodz' })).toEqual([]);
    expect(await find({ text: 'rozn krakow' })).toEqual([ids.lodz]);

    const detail = await must(backend, 'getPartner', { id: ids.koln });
    const contactId = detail.contacts[0]!.id;
    await must(backend, 'saveContact', {
      partnerId: ids.koln,
      id: contactId,
      contact: contactInput({ name: 'Ute Groß', email: '' }),
    });
    expect(await find({ text: 'jurgen' })).toEqual([]);
    expect(await find({ text: 'gross' })).toEqual([ids.koln]);
    await must(backend, 'deleteContact', { partnerId: ids.koln, id: contactId });
    expect(await find({ text: 'gross' })).toEqual([]);

    const entry = await must(backend, 'saveInteraction', {
      partnerId: ids.aero,
      id: null,
      interaction: interactionInput({ summary: 'Visited the harbour workshop.' }),
    });
    expect(await find({ text: 'harbour' })).toEqual([ids.aero]);
    await must(backend, 'saveInteraction', {
      partnerId: ids.aero,
      id: entry.id,
      interaction: interactionInput({ summary: 'Visited the shipyard.' }),
    });
    expect(await find({ text: 'harbour' })).toEqual([]);
    expect(await find({ text: 'shipyard' })).toEqual([ids.aero]);
    await must(backend, 'deleteInteraction', { partnerId: ids.aero, id: entry.id });
    expect(await find({ text: 'shipyard' })).toEqual([]);
  });
});
