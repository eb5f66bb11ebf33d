import { describe, expect, it } from 'vitest';
import { documentCiting, donorNameOf, figureLocator } from '../../server/ingest/pdfTableImport.js';

const document = { symbol: 'E/ICEF/672 (Part II)', title: 'Rapport du Conseil', date: '1980-05-02', language: 'fr', pages: 12 };

describe('the source a report PDF makes of itself', () => {
  it('is an official report at its undocs.org address in its own language, with its title as published', () => {
    expect(documentCiting(document, undefined)).toEqual({
      source: {
        kind: 'official_report',
        title: 'Rapport du Conseil',
        symbol: 'E/ICEF/672 (Part II)',
        locator: null,
        url: 'https://undocs.org/fr/E/ICEF/672%20(Part%20II)',
        date: '1980-05-02',
      },
      language: 'fr',
      titleIs: 'published',
    });
  });

  it('links a document in no official language, or none detected, in English, titled by its symbol when it has no title', () => {
    const citing = documentCiting({ ...document, symbol: 'A/HRC/56/78', title: null, language: null }, undefined);
    expect(citing.source).toMatchObject({ url: 'https://undocs.org/en/A/HRC/56/78', title: 'A/HRC/56/78' });
    expect(citing.titleIs).toBe('description');
    expect(documentCiting({ ...document, language: 'de' }, undefined).source.url).toBe('https://undocs.org/en/E/ICEF/672%20(Part%20II)');
  });

  it('needs a given source when page 1 states no symbol', () => {
    expect(() => documentCiting({ ...document, symbol: null }, undefined)).toThrow(/^source: is required/);
  });

  it('locates each figure by page and caption, unless the given source has its own locator', () => {
    const own = documentCiting(document, undefined);
    expect(figureLocator(own, 33, 'Table 2 Contributions received')).toBe('page 33, Table 2 Contributions received');
    expect(figureLocator(own, 4, null)).toBe('page 4');
    const given = { kind: 'official_report' as const, title: 'T', symbol: null, locator: 'annex I', url: 'https://example.org/t', date: null };
    expect(figureLocator(documentCiting(document, given), 4, 'Table 1')).toBe('annex I');
  });
});

describe('a donor name as a table prints it', () => {
  it('loses its footnote markers, and nothing else', () => {
    expect(['Angola a', 'Australia*', 'Japan a/', 'Norway (b)', 'Peru [1]', 'Chile a, b', 'Denmark¹', '  Viet  Nam ']
      .map(donorNameOf)).toEqual(['Angola', 'Australia', 'Japan', 'Norway', 'Peru', 'Chile', 'Denmark', 'Viet Nam']);
    expect(['Bolivia (Plurinational State of)', 'Côte d’Ivoire', 'United States of America'].map(donorNameOf)).toEqual([
      'Bolivia (Plurinational State of)',
      'Côte d’Ivoire',
      'United States of America',
    ]);
  });
});
