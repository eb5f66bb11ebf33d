import { useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import type { FigureInput } from '../../server/contract/figures.js';
import { formatCentsAsPlainUsd, parseUsdToCents } from '../../server/contract/money.js';
import { ATTRIBUTIONS, BASES, CONTRIBUTION_STATUSES, FUND_IDS, isMoneyMetric, METRICS, PERIODS, PRECISIONS, type FundId } from '../../server/contract/vocabulary.js';
import type { Figure } from '../../server/contract/schemas.js';
import { useFigure, useSources } from '../api/hooks.js';
import { client, okJson } from '../api/client.js';
import { RequireRole } from '../auth/RequireRole.js';
import { Field, SelectField, SaveDeleteActions } from '../components/Form/Field.js';
import { QueryState } from '../components/QueryState.js';
import { useUiLanguage } from '../Layout.js';

/** The form keeps text as typed; it becomes a FigureInput only on save. */
interface FigureForm {
  fund: FundId;
  year: string;
  metric: FigureInput['metric'];
  value: string;
  status: string;
  precision: FigureInput['precision'];
  period: FigureInput['period'];
  periodStart: string;
  asOf: string;
  donor: string;
  countries: string;
  scope: string;
  session: string;
  note: string;
  attribution: FigureInput['attribution'];
  basis: FigureInput['basis'];
  sources: { id: string; locator: string }[];
}

const emptyForm = (fund: FundId): FigureForm => ({
  fund,
  year: '',
  metric: 'contributions',
  value: '',
  status: 'received',
  precision: 'exact',
  period: 'calendar_year',
  periodStart: '',
  asOf: '',
  donor: '',
  countries: '',
  scope: '',
  session: '',
  note: '',
  attribution: 'direct',
  basis: 'reported',
  sources: [{ id: '', locator: '' }],
});

const formOf = (f: Figure): FigureForm => ({
  fund: f.fund,
  year: f.year?.toString() ?? '',
  metric: f.metric,
  value: f.value === null ? '' : f.unit === 'usd_cents' ? formatCentsAsPlainUsd(f.value) : String(f.value),
  status: f.status ?? '',
  precision: f.precision,
  period: f.period,
  periodStart: f.periodStart?.toString() ?? '',
  asOf: f.asOf ?? '',
  donor: f.donor?.id ?? '',
  countries: f.countries.map((c) => c.id).join(' '),
  scope: f.scope ?? '',
  session: f.session ?? '',
  note: f.note ?? '',
  attribution: f.attribution,
  basis: f.basis,
  sources: f.sources.map((s) => ({ id: s.id, locator: s.locator ?? '' })),
});

const orNull = (text: string) => (text.trim() === '' ? null : text.trim());
const yearOrNull = (text: string) => (text.trim() === '' ? null : Number(text));

/** null when the value text is not a valid amount or count. */
function toInput(form: FigureForm): FigureInput | null {
  const money = isMoneyMetric(form.metric);
  let value: number | null = null;
  if (form.value.trim() !== '') {
    value = money ? parseUsdToCents(form.value.trim()) : /^\d+$/.test(form.value.trim()) ? Number(form.value.trim()) : null;
    if (value === null) return null;
  }
  return {
    fund: form.fund,
    year: yearOrNull(form.year),
    metric: form.metric,
    value,
    status: form.metric === 'contributions' ? ((orNull(form.status) as FigureInput['status']) ?? null) : null,
    precision: form.precision,
    period: form.period,
    periodStart: yearOrNull(form.periodStart),
    asOf: orNull(form.asOf),
    donor: orNull(form.donor),
    countries: form.countries.split(/[\s,;]+/).map((c) => c.trim().toUpperCase()).filter(Boolean),
    scope: orNull(form.scope),
    session: orNull(form.session),
    note: orNull(form.note),
    attribution: form.attribution,
    // Only a count can be announced beforehand; an announced amount of money is a pledge.
    basis: money ? 'reported' : form.basis,
    sources: form.sources.filter((s) => s.id).map((s) => ({ id: s.id, locator: orNull(s.locator) })),
  };
}

function FigureEditor({ figure }: { figure: Figure | null }) {
  const { t } = useTranslation();
  const lang = useUiLanguage();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const queryClient = useQueryClient();
  const sources = useSources();
  const initialFund = (FUND_IDS as readonly string[]).includes(params.get('fund') ?? '') ? (params.get('fund') as FundId) : 'vftc';
  const [form, setForm] = useState<FigureForm>(() => (figure ? formOf(figure) : emptyForm(initialFund)));
  // A figure (re)loaded from the server replaces the form, during render rather than in an effect.
  const [formFigure, setFormFigure] = useState(figure);
  if (figure !== formFigure) {
    setFormFigure(figure);
    if (figure) setForm(formOf(figure));
  }
  const set = <K extends keyof FigureForm>(key: K, value: FigureForm[K]) => setForm((f) => ({ ...f, [key]: value }));

  const done = async (fund: string, id?: string) => {
    await queryClient.invalidateQueries();
    void navigate(`/${lang}/funds/${fund}${id ? `#figure-${id}` : ''}`);
  };
  const save = useMutation({
    mutationFn: async () => {
      const input = toInput(form);
      if (!input) throw new Error(t('edit.invalidValue'));
      return figure
        ? (await okJson(await client.api.figures[':id'].$put({ param: { id: figure.id }, json: input }))).figure
        : (await okJson(await client.api.figures.$post({ json: input }))).figure;
    },
    onSuccess: (saved) => done(saved.fund, saved.id),
  });
  const remove = useMutation({
    mutationFn: async () => okJson(await client.api.figures[':id'].$delete({ param: { id: figure!.id } })),
    onSuccess: () => done(figure!.fund),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate();
  };
  const money = isMoneyMetric(form.metric);
  const citable = (sources.data ?? []).filter((s) => s.status === 'cited');

  return (
    <form className="form" onSubmit={submit}>
      <div className="form-grid">
        <SelectField label={t('field.fund')} value={form.fund} disabled={figure !== null} options={FUND_IDS} optionLabel={(id) => id} onChange={(v) => set('fund', v)} />
        <SelectField label={t('field.metric')} value={form.metric} options={METRICS} optionLabel={(m) => t(`metric.${m}`)} onChange={(v) => set('metric', v)} />
        <Field label={t('field.year')}>{(p) => <input {...p} inputMode="numeric" pattern="\d{4}" value={form.year} onChange={(e) => set('year', e.target.value)} />}</Field>
        <Field label={t('field.value')} help={money ? t('edit.valueHelpMoney') : t('edit.valueHelpCount')}>
          {(p) => <input {...p} inputMode="decimal" className="tabular-nums" value={form.value} onChange={(e) => set('value', e.target.value)} />}
        </Field>
        {form.metric === 'contributions' ? (
          <SelectField label={t('field.status')} value={form.status} options={CONTRIBUTION_STATUSES} optionLabel={(s) => t(`qualifier.status.${s}`)} onChange={(v) => set('status', v)} />
        ) : null}
        <SelectField label={t('field.precision')} value={form.precision} options={PRECISIONS} optionLabel={(v) => t(`option.precision.${v}`)} onChange={(v) => set('precision', v)} />
        <SelectField label={t('field.period')} value={form.period} options={PERIODS} optionLabel={(v) => t(`option.period.${v}`)} onChange={(v) => set('period', v)} />
        <SelectField label={t('field.attribution')} value={form.attribution} options={ATTRIBUTIONS} optionLabel={(v) => t(`option.attribution.${v}`)} onChange={(v) => set('attribution', v)} />
        {!money ? (
          <SelectField label={t('field.basis')} value={form.basis} options={BASES} optionLabel={(v) => t(`option.basis.${v}`)} onChange={(v) => set('basis', v)} />
        ) : null}
        <Field label={`${t('field.periodStart')} (${t('edit.optional')})`}>
          {(p) => <input {...p} inputMode="numeric" value={form.periodStart} onChange={(e) => set('periodStart', e.target.value)} />}
        </Field>
        <Field label={t('field.asOf')}>{(p) => <input {...p} value={form.asOf} onChange={(e) => set('asOf', e.target.value)} />}</Field>
        <Field label={`${t('field.donor')} (${t('edit.optional')})`}>{(p) => <input {...p} value={form.donor} onChange={(e) => set('donor', e.target.value)} />}</Field>
        <Field label={`${t('field.countries')} (${t('edit.optional')})`} help={t('edit.countriesHelp')}>
          {(p) => <input {...p} value={form.countries} onChange={(e) => set('countries', e.target.value)} />}
        </Field>
        <Field label={`${t('field.session')} (${t('edit.optional')})`}>{(p) => <input {...p} value={form.session} onChange={(e) => set('session', e.target.value)} />}</Field>
        <Field label={`${t('field.scope')} (${t('edit.optional')})`}>{(p) => <input {...p} value={form.scope} onChange={(e) => set('scope', e.target.value)} />}</Field>
      </div>
      <fieldset>
        <legend>{t('field.source')}</legend>
        {form.sources.map((source, i) => (
          <div className="form-grid" key={i}>
            <Field label={`${t('field.source')} ${i + 1}`}>
              {(p) => (
                <select {...p} value={source.id} onChange={(e) => set('sources', form.sources.map((s, j) => (j === i ? { ...s, id: e.target.value } : s)))}>
                  <option value="">{t('edit.none')}</option>
                  {citable.map((s) => (
                    <option key={s.id} value={s.id}>
                      {(s.symbol ? `${s.symbol} — ` : '') + s.title.slice(0, 120)}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field label={t('field.locator')}>
              {(p) => <input {...p} value={source.locator} onChange={(e) => set('sources', form.sources.map((s, j) => (j === i ? { ...s, locator: e.target.value } : s)))} />}
            </Field>
            {form.sources.length > 1 ? (
              <button type="button" className="secondary" onClick={() => set('sources', form.sources.filter((_, j) => j !== i))}>
                {t('edit.removeSource')}
              </button>
            ) : null}
          </div>
        ))}
        <button type="button" className="secondary" onClick={() => set('sources', [...form.sources, { id: '', locator: '' }])}>
          {t('edit.addSource')}
        </button>
      </fieldset>
      <Field label={`${t('field.note')} (${t('edit.optional')})`}>{(p) => <textarea {...p} rows={3} value={form.note} onChange={(e) => set('note', e.target.value)} />}</Field>
      <SaveDeleteActions
        saving={save.isPending}
        deleting={remove.isPending}
        deleteId={figure?.id ?? null}
        onDelete={() => remove.mutate()}
        error={save.error ?? remove.error}
        labels={{ save: t('edit.save'), saving: t('edit.saving'), delete: t('edit.delete'), confirmDelete: t('edit.confirmDelete', { id: figure?.id ?? '' }) }}
      />
    </form>
  );
}

export function FigureEditPage() {
  const { t } = useTranslation();
  const { figureId } = useParams();
  const figure = useFigure(figureId);
  return (
    <RequireRole role="editor">
      <h1>{figureId ? t('edit.editFigure', { id: figureId }) : t('edit.newFigure')}</h1>
      {figureId ? <QueryState query={figure}>{(data) => <FigureEditor figure={data} />}</QueryState> : <FigureEditor figure={null} />}
    </RequireRole>
  );
}
