import { useEffect, useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import type { SourceInput } from '../../server/contract/sources.js';
import { LANGUAGES, SOURCE_KINDS, SOURCE_STATUSES, TITLE_KINDS } from '../../server/contract/vocabulary.js';
import type { Source } from '../../server/contract/schemas.js';
import { useSources } from '../api/hooks.js';
import { client, okJson } from '../api/client.js';
import { RequireRole } from '../auth/RequireRole.js';
import { Field, SaveDeleteActions } from '../components/Form/Field.js';
import { QueryState } from '../components/QueryState.js';
import { useUiLanguage } from '../Layout.js';

type SourceForm = Record<'kind' | 'status' | 'symbol' | 'title' | 'titleIs' | 'language' | 'date' | 'url' | 'copyRead' | 'note', string>;

const formOf = (s: Source | null): SourceForm => ({
  kind: s?.kind ?? 'official_report',
  status: s?.status ?? 'cited',
  symbol: s?.symbol ?? '',
  title: s?.title ?? '',
  // Unless the editor says the title is printed so, it is our description: never quoted.
  titleIs: s?.titleIs ?? 'description',
  language: s?.language ?? 'en',
  date: s?.date ?? '',
  url: s?.url ?? '',
  copyRead: s?.copyRead ?? '',
  note: s?.note ?? '',
});

const orNull = (text: string) => (text.trim() === '' ? null : text.trim());
const toInput = (f: SourceForm): SourceInput => ({
  kind: f.kind as SourceInput['kind'],
  status: f.status as SourceInput['status'],
  symbol: orNull(f.symbol),
  title: f.title.trim(),
  titleIs: f.titleIs as SourceInput['titleIs'],
  language: orNull(f.language) as SourceInput['language'],
  date: orNull(f.date),
  url: orNull(f.url),
  copyRead: orNull(f.copyRead),
  note: orNull(f.note),
});

function SourceEditor({ source }: { source: Source | null }) {
  const { t } = useTranslation();
  const lang = useUiLanguage();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [form, setForm] = useState<SourceForm>(() => formOf(source));
  useEffect(() => setForm(formOf(source)), [source]);
  const set = (key: keyof SourceForm, value: string) => setForm((f) => ({ ...f, [key]: value }));
  const done = async (id?: string) => {
    await queryClient.invalidateQueries();
    void navigate(`/${lang}/sources${id ? `#source-${id}` : ''}`);
  };
  const save = useMutation({
    mutationFn: async () =>
      source
        ? (await okJson(await client.api.sources[':id'].$put({ param: { id: source.id }, json: toInput(form) }))).source
        : (await okJson(await client.api.sources.$post({ json: toInput(form) }))).source,
    onSuccess: (saved) => done(saved.id),
  });
  const remove = useMutation({
    mutationFn: async () => okJson(await client.api.sources[':id'].$delete({ param: { id: source!.id } })),
    onSuccess: () => done(),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate();
  };
  const select = (key: keyof SourceForm, options: readonly string[], label: (v: string) => string) => (p: { id: string }) => (
    <select {...p} value={form[key]} onChange={(e) => set(key, e.target.value)}>
      {options.map((o) => (
        <option key={o} value={o}>
          {label(o)}
        </option>
      ))}
    </select>
  );
  const input = (key: keyof SourceForm) => (p: { id: string }) => <input {...p} value={form[key]} onChange={(e) => set(key, e.target.value)} />;
  return (
    <form className="form" onSubmit={submit}>
      <div className="form-grid">
        <Field label={t('field.kind')}>{select('kind', SOURCE_KINDS, (v) => t(`source.kind.${v as Source['kind']}`))}</Field>
        <Field label={t('field.sourceStatus')}>{select('status', SOURCE_STATUSES, (v) => t(`option.sourceStatus.${v as Source['status']}`))}</Field>
        <Field label={t('field.symbol')}>{input('symbol')}</Field>
        <Field label={t('field.date')}>{input('date')}</Field>
        <Field label={t('field.language')}>{select('language', ['', ...LANGUAGES], (v) => v || t('edit.none'))}</Field>
      </div>
      <div className="form-grid">
        <Field label={t('field.title')}>{input('title')}</Field>
        <Field label={t('field.titleIs')}>{select('titleIs', TITLE_KINDS, (v) => t(`option.titleIs.${v as Source['titleIs']}`))}</Field>
      </div>
      <Field label={t('field.url')}>{(p) => <input {...p} type="url" value={form.url} onChange={(e) => set('url', e.target.value)} />}</Field>
      <Field label={`${t('field.copyRead')} (${t('edit.optional')})`}>{(p) => <input {...p} type="url" value={form.copyRead} onChange={(e) => set('copyRead', e.target.value)} />}</Field>
      <Field label={`${t('field.note')} (${t('edit.optional')})`}>{(p) => <textarea {...p} rows={3} value={form.note} onChange={(e) => set('note', e.target.value)} />}</Field>
      <SaveDeleteActions
        saving={save.isPending}
        deleting={remove.isPending}
        deleteId={source?.id ?? null}
        onDelete={() => remove.mutate()}
        error={save.error ?? remove.error}
        labels={{ save: t('edit.save'), saving: t('edit.saving'), delete: t('edit.delete'), confirmDelete: t('edit.confirmDelete', { id: source?.id ?? '' }) }}
      />
    </form>
  );
}

export function SourceEditPage() {
  const { t } = useTranslation();
  const { sourceId } = useParams();
  const sources = useSources();
  return (
    <RequireRole role="editor">
      <h1>{sourceId ? t('edit.editSource') : t('edit.newSource')}</h1>
      {sourceId ? (
        <QueryState query={sources}>{(list) => <SourceEditor source={list.find((s) => s.id === sourceId) ?? null} />}</QueryState>
      ) : (
        <SourceEditor source={null} />
      )}
    </RequireRole>
  );
}
