import { useTranslation } from 'react-i18next';
import type { ImportRequest, ImportSource } from '../../../server/contract/imports.js';
import { CONTRIBUTION_STATUSES, FUND_IDS, MONEY_METRICS, SOURCE_KINDS, type ContributionStatus } from '../../../server/contract/vocabulary.js';
import { Field, SelectField } from '../Form/Field.js';

/** What every imported figure shares: fund, year, metric, status (contributions only) and as-of date. */
export interface FigureSettings {
  fund: ImportRequest['fund'];
  year: string;
  metric: ImportRequest['metric'];
  status: ContributionStatus;
  asOf: string;
}

export const defaultFigureSettings = (): FigureSettings => ({
  fund: 'vftc',
  year: String(new Date().getFullYear() - 1),
  metric: 'contributions',
  status: 'received',
  asOf: '',
});

export interface SourceSettings {
  kind: ImportSource['kind'];
  title: string;
  symbol: string;
  locator: string;
  url: string;
  date: string;
}

export const emptySource = (): SourceSettings => ({ kind: 'official_report', title: '', symbol: '', locator: '', url: '', date: '' });

const orNull = (s: string) => (s.trim() === '' ? null : s.trim());

/** The request's shared fields from the form's strings. */
export function figureFields(settings: FigureSettings) {
  return {
    fund: settings.fund,
    year: Number(settings.year),
    metric: settings.metric,
    status: settings.metric === 'contributions' ? settings.status : null,
    asOf: orNull(settings.asOf),
    period: 'calendar_year' as const,
    precision: 'exact' as const,
  };
}

export function sourceFields(source: SourceSettings): ImportSource {
  return { kind: source.kind, title: source.title, symbol: orNull(source.symbol), locator: orNull(source.locator), url: source.url.trim(), date: orNull(source.date) };
}

/** Fund, year, metric, status and as-of; `metric: false` hides the metric (a statement maps one per row). */
export function FigureSettingsFields({ value, onChange, metric = true }: { value: FigureSettings; onChange: (value: FigureSettings) => void; metric?: boolean }) {
  const { t } = useTranslation();
  const set = <K extends keyof FigureSettings>(key: K, v: FigureSettings[K]) => onChange({ ...value, [key]: v });
  return (
    <div className="form-grid">
      <SelectField label={t('field.fund')} value={value.fund} options={FUND_IDS} optionLabel={(id) => id} onChange={(v) => set('fund', v)} />
      <Field label={t('field.year')}>{(p) => <input {...p} required inputMode="numeric" pattern="\d{4}" value={value.year} onChange={(e) => set('year', e.target.value)} />}</Field>
      {metric ? <SelectField label={t('field.metric')} value={value.metric} options={MONEY_METRICS} optionLabel={(m) => t(`metric.${m}`)} onChange={(v) => set('metric', v)} /> : null}
      {!metric || value.metric === 'contributions' ? (
        <SelectField label={t('field.status')} value={value.status} options={CONTRIBUTION_STATUSES} optionLabel={(s) => t(`qualifier.status.${s}`)} onChange={(v) => set('status', v)} />
      ) : null}
      <Field label={t('field.asOf')}>{(p) => <input {...p} value={value.asOf} onChange={(e) => set('asOf', e.target.value)} />}</Field>
    </div>
  );
}

/** The source every imported figure cites. */
export function SourceFields({ value, onChange }: { value: SourceSettings; onChange: (value: SourceSettings) => void }) {
  const { t } = useTranslation();
  const input = (key: Exclude<keyof SourceSettings, 'kind'>, extra: { required?: boolean; type?: string } = {}) => (p: { id: string }) => (
    <input {...p} {...extra} value={value[key]} onChange={(e) => onChange({ ...value, [key]: e.target.value })} />
  );
  return (
    <>
      <div className="form-grid">
        <SelectField label={t('field.kind')} value={value.kind} options={SOURCE_KINDS} optionLabel={(k) => t(`source.kind.${k}`)} onChange={(kind) => onChange({ ...value, kind })} />
        <Field label={t('field.symbol')}>{input('symbol')}</Field>
        <Field label={t('field.date')}>{input('date')}</Field>
        <Field label={t('field.locator')}>{input('locator')}</Field>
      </div>
      <Field label={t('field.title')}>{input('title', { required: true })}</Field>
      <Field label={t('field.url')}>{input('url', { required: true, type: 'url' })}</Field>
    </>
  );
}
