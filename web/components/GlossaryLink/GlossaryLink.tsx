// Every metric label links to its definition and formula in the glossary (web/pages/GlossaryPage.tsx).

import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useUiLanguage } from '../../Layout.js';

export const GLOSSARY_TERMS = ['pledge', 'received', 'outstanding', 'expenditure', 'requirement', 'gap', 'coverage', 'balance', 'source'] as const;
/** The words of a fund's donor base (server/domain/fundingDonors.ts decides them). */
export const GLOSSARY_DONOR_TERMS = ['firstRecorded', 'returning', 'lapsed', 'topFiveShare'] as const;
/** Abbreviations the pages and the sources use; spelt out in each language. */
export const GLOSSARY_ACRONYMS = ['VFTC', 'UPR', 'LDC', 'SIDS', 'OHCHR', 'HRC', 'CHR', 'ECOSOC'] as const;
export const GLOSSARY_QUALIFIERS = ['lowerBound', 'rounded', 'yearToDate', 'cumulative', 'average', 'pledged', 'secondary', 'disagree', 'unconfirmed', 'unknown'] as const;
export type GlossaryTerm = (typeof GLOSSARY_TERMS)[number];
export type GlossaryQualifier = (typeof GLOSSARY_QUALIFIERS)[number];

/** The glossary entry a metric or column is defined by; null for metrics the glossary does not define. */
export function termFor(metricOrColumn: string): GlossaryTerm | null {
  switch (metricOrColumn) {
    case 'contributions':
    case 'received':
      return 'received';
    case 'pledged':
    case 'pledge':
      return 'pledge';
    case 'outstanding':
    case 'expenditure':
    case 'requirement':
    case 'gap':
    case 'coverage':
      return metricOrColumn;
    case 'opening_balance':
    case 'closing_balance':
      return 'balance';
    default:
      return null;
  }
}

/** The anchor of a glossary entry: "#term-gap", "#qualifier-lowerBound", "#donor-lapsed", "#acronym-UPR". */
export const glossaryAnchor = (kind: 'term' | 'qualifier' | 'donor' | 'acronym', id: string) => `${kind}-${id}`;

/** A metric's label as a link to its glossary entry (plain text when the glossary does not define it). */
export function GlossaryLink({ metric, children }: { metric: string; children: ReactNode }) {
  const { t } = useTranslation();
  const lang = useUiLanguage();
  const term = termFor(metric);
  if (!term) return <>{children}</>;
  return (
    <Link className="term-link" to={`/${lang}/glossary#${glossaryAnchor('term', term)}`} title={t('glossary.seeAlso', { term: t(`glossary.terms.${term}.term`) })}>
      {children}
    </Link>
  );
}
