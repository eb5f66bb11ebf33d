import { useEffect, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { GLOSSARY_ACRONYMS, GLOSSARY_DONOR_TERMS, GLOSSARY_QUALIFIERS, GLOSSARY_TERMS, glossaryAnchor } from '../components/GlossaryLink/GlossaryLink.js';

/**
 * One list of defined terms (term, definition, and the formula where the catalogue has one): the
 * funding terms and the donor-base terms are written the same way.
 */
function TermList({ section, anchorKind, terms }: { section: 'terms' | 'donorTerms'; anchorKind: 'term' | 'donor'; terms: readonly string[] }) {
  const { t } = useTranslation();
  // Keys are built from the catalogue's sections; the cast names one real key of each shape for the typed t().
  const key = (term: string, part: 'term' | 'definition' | 'formula') => `glossary.${section}.${term}.${part}` as 'glossary.terms.gap.formula';
  return (
    <dl className="glossary">
      {terms.map((term) => {
        const formula = t(key(term, 'formula'), { defaultValue: '' });
        return (
          <div key={term} id={glossaryAnchor(anchorKind, term)} tabIndex={-1} className="glossary-entry">
            <dt>{t(key(term, 'term'))}</dt>
            <dd>
              <p>{t(key(term, 'definition'))}</p>
              {formula ? (
                <p className="formula">
                  <span className="glossary-label">{t('glossary.formula')}: </span>
                  <code>{formula}</code>
                </p>
              ) : null}
            </dd>
          </div>
        );
      })}
    </dl>
  );
}

/** Plain definitions of every metric with its formula, and every qualifier with its rule — the rules server/domain/funding.ts applies. */
export function GlossaryPage() {
  const { t } = useTranslation();
  const { hash } = useLocation();
  const termsId = useId();
  const qualifiersId = useId();
  const donorId = useId();
  const acronymsId = useId();

  // Arriving from a metric label: bring its entry into view and give it focus.
  useEffect(() => {
    if (!hash) return;
    const entry = document.getElementById(decodeURIComponent(hash.slice(1)));
    entry?.scrollIntoView({ block: 'start' });
    entry?.focus({ preventScroll: true });
  }, [hash]);

  return (
    <>
      <h1>{t('glossary.heading')}</h1>
      <p className="intro">{t('glossary.intro')}</p>
      <section aria-labelledby={termsId}>
        <h2 id={termsId}>{t('glossary.termsHeading')}</h2>
        <TermList section="terms" anchorKind="term" terms={GLOSSARY_TERMS} />
      </section>
      <section aria-labelledby={donorId}>
        <h2 id={donorId}>{t('glossary.donorHeading')}</h2>
        <TermList section="donorTerms" anchorKind="donor" terms={GLOSSARY_DONOR_TERMS} />
      </section>
      <section aria-labelledby={qualifiersId}>
        <h2 id={qualifiersId}>{t('glossary.qualifiersHeading')}</h2>
        <dl className="glossary">
          {GLOSSARY_QUALIFIERS.map((qualifier) => (
            <div key={qualifier} id={glossaryAnchor('qualifier', qualifier)} tabIndex={-1} className="glossary-entry">
              <dt>{t(`glossary.qualifiers.${qualifier}.term`)}</dt>
              <dd>
                <p>
                  <span className="glossary-label">{t('glossary.rule')}: </span>
                  {t(`glossary.qualifiers.${qualifier}.rule`)}
                </p>
              </dd>
            </div>
          ))}
        </dl>
      </section>
      <section aria-labelledby={acronymsId}>
        <h2 id={acronymsId}>{t('glossary.acronymsHeading')}</h2>
        <dl className="glossary">
          {GLOSSARY_ACRONYMS.map((acronym) => (
            <div key={acronym} id={glossaryAnchor('acronym', acronym)} tabIndex={-1} className="glossary-entry">
              {/* The abbreviation as the English documents and this dataset write it; spelt out in the page's language. */}
              <dt>
                <abbr lang="en">{acronym}</abbr>
              </dt>
              <dd>
                <p>{t(`glossary.acronyms.${acronym}`)}</p>
              </dd>
            </div>
          ))}
        </dl>
      </section>
    </>
  );
}
