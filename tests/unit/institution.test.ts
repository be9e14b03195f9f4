import { describe, expect, it } from 'vitest';
import { institutionInputSchema, normaliseWebAddress } from '../../src/shared/institution';
import { call, fixedClock, tempDir, testBackend, validInstitution } from './helpers/backend';

describe('the institution profile', () => {
  it('is empty before the first save, then round-trips every field', async () => {
    const backend = testBackend({ clock: fixedClock('2026-05-04T08:00:00.000Z') });
    expect(await call(backend, 'getInstitution', undefined)).toEqual({ ok: true, value: null });
    const saved = await call(backend, 'saveInstitution', validInstitution);
    const expected = { ...validInstitution, updatedAt: '2026-05-04T08:00:00.000Z' };
    expect(saved).toEqual({ ok: true, value: expected });
    expect(await call(backend, 'getInstitution', undefined)).toEqual({ ok: true, value: expected });
  });

  it('survives closing and reopening the data folder', async () => {
    const dataDir = tempDir();
    const first = testBackend({ dataDir });
    await call(first, 'saveInstitution', {
      ...validInstitution,
      whyPartner: 'Ελληνικά, Київ, Ærø 🚀',
    });
    first.close();
    const second = testBackend({ dataDir });
    expect(await call(second, 'getInstitution', undefined)).toMatchObject({
      ok: true,
      value: { whyPartner: 'Ελληνικά, Київ, Ærø 🚀', legalName: validInstitution.legalName },
    });
  });

  it('overwrites the one profile rather than adding another', async () => {
    const backend = testBackend();
    await call(backend, 'saveInstitution', validInstitution);
    await call(backend, 'saveInstitution', { ...validInstitution, city: 'Kraków' });
    expect(backend.db.prepare('SELECT count(*) AS n FROM institution').get()).toEqual({ n: 1 });
  });

  it('trims text and completes a bare web address', () => {
    const parsed = institutionInputSchema.parse({
      ...validInstitution,
      legalName: '  Berufsschule Graz  ',
      website: ' www.bs-graz.example.at ',
    });
    expect(parsed.legalName).toBe('Berufsschule Graz');
    expect(parsed.website).toBe('https://www.bs-graz.example.at');
  });

  it.each([
    ['', ''],
    ['example.eu', 'https://example.eu'],
    ['http://example.eu', 'http://example.eu'],
    ['HTTPS://Example.eu/x', 'HTTPS://Example.eu/x'],
    ['ftp://example.eu', 'ftp://example.eu'],
    ['www.example.eu:8080', 'https://www.example.eu:8080'],
    ['example.eu/path?q=1', 'https://example.eu/path?q=1'],
    ['javascript:alert(1)', 'javascript:alert(1)'],
  ])('normalises the web address %j to %j', (input, expected) => {
    expect(normaliseWebAddress(input)).toBe(expected);
  });

  it.each(['ftp://example.eu', 'javascript:alert(1)', 'https://localhost', 'not a url'])(
    'refuses the website %j',
    (website) => {
      expect(institutionInputSchema.safeParse({ ...validInstitution, website }).success).toBe(
        false,
      );
    },
  );

  it.each(['+43 1 234 5678', '(030) 12-34/56', ''])('accepts the phone number %j', (phone) => {
    expect(institutionInputSchema.safeParse({ ...validInstitution, phone }).success).toBe(true);
  });

  it.each(['call me', '12', '+49 <script>'])('refuses the phone number %j', (phone) => {
    expect(institutionInputSchema.safeParse({ ...validInstitution, phone }).success).toBe(false);
  });
});
