import { useEffect, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import type { Figure, Fund } from '../../server/contract/schemas.js';
import { FUND_IDS, type FundId } from '../../server/contract/vocabulary.js';
import { useFunds } from '../api/hooks.js';
import { figuresQuery } from '../api/queries.js';
import { isKnownIso3 } from '../charts/WorldMap/mapData.js';
import { FigureTable } from '../components/FigureTable/FigureTable.js';
import { QueryState } from '../components/QueryState.js';
import { centsToDollarsText, csvFilename, downloadCsv, toCsv, type CsvColumn } from '../format/csv.js';
import { figureQualifiers } from '../format/figures.js';
import { formatCount } from '../format/numbers.js';
import { useUiLanguage } from '../Layout.js';
import type { UiLanguage } from '../i18n/index.js';
import { entityName, fundShortNameById, packageStateName } from '../i18n/names.js';

type Role = 'donor' | 'beneficiary';

interface ShownFigure {
  role: Role;
  figure: Figure;
}

const byFund = (figures: readonly Figure[]): [FundId, Figure[]][] =>
  FUND_IDS.map((fund): [FundId, Figure[]] => [fund, figures.filter((f) => f.fund === fund)]).filter(([, list]) => list.length > 0);

/** The State's name in the reader's language: as the figures name it, else as the ISO package does, else its code. */
function stateName(iso3: string, donorFigures: readonly Figure[], beneficiaryFigures: readonly Figure[], lang: UiLanguage): string {
  const asBeneficiary = beneficiaryFigures.flatMap((f) => f.countries).find((c) => c.iso3 === iso3);
  if (asBeneficiary) return entityName(asBeneficiary, lang);
  const asDonor = donorFigures.find((f) => f.donor?.iso3 === iso3 || f.donor?.id === iso3)?.donor;
  if (asDonor) return entityName(asDonor, lang);
  return packageStateName(iso3, lang) ?? iso3;
}

type ColumnKey = 'role' | 'id' | 'fund' | 'year' | 'metric' | 'value' | 'unit' | 'qualifiers' | 'about' | 'sourceTitles' | 'urls';

/** The CSV of the figures shown: each as its source states it, money in dollars, qualifiers in words. */
function figureCsvColumns(funds: readonly Fund[], lang: UiLanguage, t: TFunction): CsvColumn<ShownFigure>[] {
  const c = (key: ColumnKey) => t(`map.country.columns.${key}`);
  return [
    { header: c('role'), value: ({ role }) => t(`map.country.role.${role}`) },
    { header: c('id'), value: ({ figure }) => figure.id },
    { header: c('fund'), value: ({ figure }) => fundShortNameById(funds, figure.fund, lang) },
    { header: c('year'), value: ({ figure }) => figure.year },
    { header: c('metric'), value: ({ figure }) => t(`metric.${figure.metric}`) },
    {
      header: c('value'),
      value: ({ figure }) => (figure.value === null ? null : figure.unit === 'usd_cents' ? centsToDollarsText(figure.value) : String(figure.value)),
    },
    { header: c('unit'), value: ({ figure }) => t(`map.country.unit.${figure.unit}`) },
    {
      header: c('qualifiers'),
      value: ({ figure }) =>
        [...(figure.value === null ? [figure.unit === 'usd_cents' ? t('value.notStated') : t('value.countNotStated')] : []), ...figureQualifiers(figure, lang, t)].join('; '),
    },
    {
      header: c('about'),
      value: ({ figure }) =>
        [figure.donor ? entityName(figure.donor, lang) : null, figure.countries.map((s) => entityName(s, lang)).join(', '), figure.scope].filter((part) => part).join(' — '),
    },
    {
      header: c('sourceTitles'),
      value: ({ figure }) => figure.sources.map((s) => [s.symbol ? `${s.symbol} — ${s.title}` : s.title, s.locator].filter(Boolean).join(', ')).join(' | '),
    },
    { header: c('urls'), value: ({ figure }) => figure.sources.map((s) => s.url).join(' | ') },
  ];
}

function CountryView({ iso3, donorFigures, beneficiaryFigures, funds }: { iso3: string; donorFigures: Figure[]; beneficiaryFigures: Figure[]; funds: readonly Fund[] }) {
  const { t } = useTranslation();
  const lang = useUiLanguage();
  const location = useLocation();
  const donorId = useId();
  const beneficiaryId = useId();
  const name = stateName(iso3, donorFigures, beneficiaryFigures, lang);
  const fundName = (id: FundId) => fundShortNameById(funds, id, lang);
  const count = (n: number) => t('map.country.figureCount', { count: n, n: formatCount(n, lang) });

  // A link to one figure (/en/countries/MDV#figure-ldc-sids-041) scrolls to it once the tables are drawn.
  useEffect(() => {
    if (!location.hash) return;
    document.getElementById(decodeURIComponent(location.hash.slice(1)))?.scrollIntoView({ block: 'center' });
  }, [location.hash]);

  const shown: ShownFigure[] = [
    ...byFund(donorFigures).flatMap(([, list]) => list.map((figure) => ({ role: 'donor' as const, figure }))),
    ...byFund(beneficiaryFigures).flatMap(([, list]) => [
      ...list.filter((f) => f.countries.length <= 1).map((figure) => ({ role: 'beneficiary' as const, figure })),
      ...list.filter((f) => f.countries.length > 1).map((figure) => ({ role: 'beneficiary' as const, figure })),
    ]),
  ];
  const download = () => {
    const text = toCsv(shown, figureCsvColumns(funds, lang, t), { comments: [t('map.country.csvComment', { url: window.location.href.split('#')[0] ?? '' })] });
    downloadCsv(csvFilename(t('map.country.csvFile', { code: iso3 })), text);
  };
  const empty = donorFigures.length === 0 && beneficiaryFigures.length === 0;

  return (
    <>
      <p className="breadcrumb">
        <Link to={`/${lang}/map`}>{t('map.country.backToMap')}</Link>
      </p>
      <h1>{name}</h1>
      <p className="chart-summary" data-testid="country-summary">
        {t('map.country.summary', { name, donor: count(donorFigures.length), beneficiary: count(beneficiaryFigures.length) })}
      </p>
      <ul className="country-links">
        <li>
          <Link to={`/${lang}/statements/${iso3}`}>{t('map.country.statement')}</Link>
        </li>
      </ul>
      {empty ? (
        <p className="no-data">{t('map.country.none')}</p>
      ) : (
        <p>
          <button type="button" className="secondary" onClick={download} data-testid="country-csv">
            {t('map.csv')}
          </button>
        </p>
      )}

      {empty ? null : (
        <>
          <section aria-labelledby={donorId}>
            <h2 id={donorId}>{t('map.country.donorHeading')}</h2>
            {donorFigures.length === 0 ? <p className="muted">{t('map.country.noneAsDonor')}</p> : null}
            {byFund(donorFigures).map(([fund, list]) => (
              <div key={fund} className="country-fund" data-fund={fund} data-role="donor">
                <h3>{fundName(fund)}</h3>
                <FigureTable figures={list} caption={t('map.country.donorCaption', { fund: fundName(fund), name })} />
              </div>
            ))}
          </section>
          <section aria-labelledby={beneficiaryId}>
            <h2 id={beneficiaryId}>{t('map.country.beneficiaryHeading')}</h2>
            {beneficiaryFigures.length === 0 ? <p className="muted">{t('map.country.noneAsBeneficiary')}</p> : <p className="note">{t('map.shared')}</p>}
            {byFund(beneficiaryFigures).map(([fund, list]) => {
              const alone = list.filter((f) => f.countries.length <= 1);
              const shared = list.filter((f) => f.countries.length > 1);
              return (
                <div key={fund} className="country-fund" data-fund={fund} data-role="beneficiary">
                  <h3>{fundName(fund)}</h3>
                  {alone.length > 0 ? <FigureTable figures={alone} caption={t('map.country.aloneCaption', { fund: fundName(fund), name })} /> : null}
                  {shared.length > 0 ? (
                    <div className="shared-figures">
                      <FigureTable figures={shared} caption={t('map.country.sharedCaption', { fund: fundName(fund), name })} />
                    </div>
                  ) : null}
                </div>
              );
            })}
          </section>
        </>
      )}
    </>
  );
}

/** Everything known about one State across the four funds: as a donor and as a beneficiary. */
export function CountryPage() {
  const { t } = useTranslation();
  const { iso3: raw = '' } = useParams();
  const iso3 = raw.toUpperCase();
  const wellFormed = /^[A-Z]{3}$/.test(iso3);
  const donor = useQuery({ ...figuresQuery({ donor: iso3 }), enabled: wellFormed });
  const beneficiary = useQuery({ ...figuresQuery({ country: iso3 }), enabled: wellFormed });
  const funds = useFunds();
  if (!wellFormed) return <p className="error" role="alert">{t('map.country.unknown', { code: raw })}</p>;
  return (
    <QueryState query={donor}>
      {(donorFigures) => (
        <QueryState query={beneficiary}>
          {(beneficiaryFigures) => (
            <QueryState query={funds}>
              {(fundList) =>
                donorFigures.length === 0 && beneficiaryFigures.length === 0 && !isKnownIso3(iso3) ? (
                  <p className="error" role="alert">
                    {t('map.country.unknown', { code: iso3 })}
                  </p>
                ) : (
                  <CountryView iso3={iso3} donorFigures={donorFigures} beneficiaryFigures={beneficiaryFigures} funds={fundList} />
                )
              }
            </QueryState>
          )}
        </QueryState>
      )}
    </QueryState>
  );
}
