import { useEffect, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { GLOSSARY_ACRONYMS, GLOSSARY_DONOR_TERMS, GLOSSARY_QUALIFIERS, GLOSSARY_TERMS, glossaryAnchor } from '../components/GlossaryLink/GlossaryLink.js';

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
        <dl className="glossary">
          {GLOSSARY_TERMS.map((term) => {
            const formula = t(`glossary.terms.${term}.formula` as 'glossary.terms.gap.formula', { defaultValue: '' });
            return (
              <div key={term} id={glossaryAnchor('term', term)} tabIndex={-1} className="glossary-entry">
                <dt>{t(`glossary.terms.${term}.term`)}</dt>
                <dd>
                  <p>{t(`glossary.terms.${term}.definition`)}</p>
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
      </section>
      <section aria-labelledby={donorId}>
        <h2 id={donorId}>{t('glossary.donorHeading')}</h2>
        <dl className="glossary">
          {GLOSSARY_DONOR_TERMS.map((term) => {
            const formula = t(`glossary.donorTerms.${term}.formula` as 'glossary.donorTerms.topFiveShare.formula', { defaultValue: '' });
            return (
              <div key={term} id={glossaryAnchor('donor', term)} tabIndex={-1} className="glossary-entry">
                <dt>{t(`glossary.donorTerms.${term}.term`)}</dt>
                <dd>
                  <p>{t(`glossary.donorTerms.${term}.definition`)}</p>
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
