import { useTranslation } from 'react-i18next';
import type { Figure, FundDetail } from '../../../server/contract/schemas.js';
import { describeYearValue, formatQuantity } from '../../format/figures.js';
import { formatPercent } from '../../format/numbers.js';
import { GlossaryLink } from '../GlossaryLink/GlossaryLink.js';
import { TableFrame } from '../TableFrame/TableFrame.js';

type YearFunding = FundDetail['funding'][number];
type Cell = Pick<YearFunding['contributions'], 'value' | 'bound' | 'approximate' | 'figureIds' | 'sourcesDisagree'>;
type Computed = Pick<YearFunding['gap'], 'value' | 'bound' | 'approximate'>;

/** What the table reads of a year: the fund page's full values, or an overview card's (which cite fewer figures). */
export interface FundingTableYear {
  year: number;
  contributions: Cell;
  expenditure: Cell;
  requirement: Cell;
  outstanding: Computed;
  gap: Computed;
  coverage: Pick<YearFunding['coverage'], 'value' | 'bound'>;
}

export interface FundingTableProps {
  funding: readonly FundingTableYear[];
  figuresById: ReadonlyMap<string, Figure>;
  caption: string;
  id?: string;
}

/** The funding module's yearly values as a table: the chart's alternative, with gap and coverage. */
export function FundingTable({ funding, figuresById, caption, id }: FundingTableProps) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const describe = (cell: Cell) => {
    const { value, qualifiers } = describeYearValue(cell, 'usd_cents', figuresById, lang, t);
    return (
      <>
        {cell.value === null ? <span className="muted">{t('chart.notRecorded')}</span> : <span className="value">{value}</span>}
        {qualifiers.length > 0 ? <span className="cell-qualifiers">{qualifiers.join('; ')}</span> : null}
      </>
    );
  };
  const coverageText = (coverage: FundingTableYear['coverage']) =>
    coverage.value === null
      ? t('value.unknown')
      : t(coverage.bound === 'at_least' ? 'value.atLeast' : coverage.bound === 'at_most' ? 'value.atMost' : 'value.percent', {
          value: formatPercent(coverage.value, lang),
        });
  return (
    <TableFrame
      caption={caption}
      id={id}
      className="funding-table"
      columns={[
        { label: t('columns.year') },
        ...(['contributions', 'expenditure', 'requirement', 'outstanding', 'gap', 'coverage'] as const).map((key) => ({
          key,
          label: <GlossaryLink metric={key}>{t(`columns.${key}`)}</GlossaryLink>,
          numeric: true,
        })),
      ]}
    >
          {funding.map((year) => (
            <tr key={year.year}>
              <th scope="row">{year.year}</th>
              <td className="num">{describe(year.contributions)}</td>
              <td className="num">{describe(year.expenditure)}</td>
              <td className="num">{year.requirement.value === null ? t('value.notPublished') : describe(year.requirement)}</td>
              <td className="num">{formatQuantity(year.outstanding, 'usd_cents', lang, t)}</td>
              {year.requirement.value === null ? (
                <>
                  <td className="num muted">{t('value.needsRequirement')}</td>
                  <td className="num muted">{t('value.needsRequirement')}</td>
                </>
              ) : (
                <>
                  <td className="num">{formatQuantity(year.gap, 'usd_cents', lang, t)}</td>
                  <td className="num">{coverageText(year.coverage)}</td>
                </>
              )}
            </tr>
          ))}
    </TableFrame>
  );
}
