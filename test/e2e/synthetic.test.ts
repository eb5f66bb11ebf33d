// Synthetic data is never mistaken for real data: a server on a synthetic database marks every API
// answer, and every page carries a banner that says so, in the reader's language; a real database
// shows no banner.

import { describe, expect, it } from 'vitest';
import { useBrowserHarness, useServer } from './harness.js';

const h = useBrowserHarness({ server: { syntheticFigures: 2000 } });
const real = useServer();

describe('a server on synthetic data', () => {
  it('marks every API answer as synthetic', async () => {
    for (const path of ['/api/health', '/api/funds', '/api/funds/vftc', '/api/figures?fund=vftc']) {
      const res = await fetch(h.url(path));
      expect(res.status, path).toBe(200);
      expect(res.headers.get('X-Synthetic-Data'), path).toBe('true');
    }
    expect(((await (await fetch(h.url('/api/health'))).json()) as { synthetic: boolean }).synthetic).toBe(true);
    const donors = (await (await fetch(h.url('/api/donors'))).json()) as { donors: { donor: { name: { en: string } } }[] };
    expect(donors.donors.every((d) => /^Synthetic donor \d{4}$/.test(d.donor.name.en))).toBe(true);
  });

  it.each(['en/', 'fr/funds/vftc', 'ar/gaps'])('shows the banner on /%s', async (path) => {
    await h.page.goto(h.url(`/${path}`), { waitUntil: 'networkidle' });
    const banner = h.page.getByTestId('synthetic-banner');
    await expect(banner.isVisible()).resolves.toBe(true);
    const text = await banner.textContent();
    if (path.startsWith('en')) expect(text).toContain('SYNTHETIC DATA — NOT REAL.');
    if (path.startsWith('fr')) expect(text).toContain('DONNÉES SYNTHÉTIQUES');
    if (path.startsWith('ar')) expect(text).toContain('بيانات اصطناعية');
  });

  it('shows no banner and no mark on the real data', async () => {
    const res = await fetch(real.url('/api/funds'));
    expect(res.headers.get('X-Synthetic-Data')).toBeNull();
    await h.page.goto(real.url('/en/'), { waitUntil: 'networkidle' });
    await expect(h.page.getByTestId('synthetic-banner').count()).resolves.toBe(0);
  });
});
