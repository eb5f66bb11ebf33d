import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TableFrame } from '../components/TableFrame/TableFrame.js';
import { useSearchParams } from 'react-router';
import { useAudit } from '../api/hooks.js';
import { RequireRole } from '../auth/RequireRole.js';
import { Field, SelectField } from '../components/Form/Field.js';
import { QueryState } from '../components/QueryState.js';

const ENTITIES = ['figure', 'source', 'user', 'import', 'backup'] as const;
const ACTIONS = ['create', 'update', 'delete', 'import', 'restore'] as const;

/** The fields that differ between before and after, as "field: old → new". */
function changes(before: unknown, after: unknown): string[] {
  const b = (before ?? {}) as Record<string, unknown>;
  const a = (after ?? {}) as Record<string, unknown>;
  const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])].filter((k) => JSON.stringify(b[k]) !== JSON.stringify(a[k]));
  const show = (v: unknown) => (v === undefined ? '∅' : typeof v === 'string' ? v : JSON.stringify(v));
  return keys.map((k) => `${k}: ${show(b[k])} → ${show(a[k])}`);
}

function AuditLog() {
  const { t, i18n } = useTranslation();
  const [params, setParams] = useSearchParams();
  const filter = {
    entity: params.get('entity') ?? '',
    entityId: params.get('entityId') ?? '',
    action: params.get('action') ?? '',
    user: params.get('user') ?? '',
    ...(params.get('before') ? { before: Number(params.get('before')) } : {}),
  };
  const [draft, setDraft] = useState(filter);
  const audit = useAudit(filter);
  const apply = () => setParams(Object.fromEntries(Object.entries(draft).filter(([k, v]) => k !== 'before' && v !== '' && v !== undefined).map(([k, v]) => [k, String(v)])));
  const when = (iso: string) => new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
  return (
    <>
      <form
        className="form filters"
        onSubmit={(e) => {
          e.preventDefault();
          apply();
        }}
      >
        <div className="form-grid">
          <SelectField label={t('auditPage.entity')} value={draft.entity} options={ENTITIES} optionLabel={(v) => t(`auditPage.entities.${v}`)} onChange={(v) => setDraft({ ...draft, entity: v })} emptyLabel={t('auditPage.any')} />
          <SelectField label={t('auditPage.action')} value={draft.action} options={ACTIONS} optionLabel={(v) => t(`auditPage.actions.${v}`)} onChange={(v) => setDraft({ ...draft, action: v })} emptyLabel={t('auditPage.any')} />
          <Field label={t('auditPage.id')}>{(p) => <input {...p} value={draft.entityId} onChange={(e) => setDraft({ ...draft, entityId: e.target.value })} />}</Field>
          <Field label={t('auditPage.who')}>{(p) => <input {...p} type="email" value={draft.user} onChange={(e) => setDraft({ ...draft, user: e.target.value })} />}</Field>
        </div>
        <button type="submit">{t('auditPage.filter')}</button>
      </form>
      <QueryState query={audit}>
        {(entries) =>
          entries.length === 0 ? (
            <p>{t('auditPage.none')}</p>
          ) : (
            <>
              <TableFrame
                caption={t('auditPage.heading')}
                className="audit-table"
                columns={(['when', 'who', 'action', 'entity', 'id', 'change'] as const).map((key) => ({ label: t(`auditPage.${key}`) }))}
              >
                    {entries.map((e) => (
                      <tr key={e.id}>
                        <td>{when(e.at)}</td>
                        <td>{e.userEmail}</td>
                        <td>{t(`auditPage.actions.${e.action}`)}</td>
                        <td>{t(`auditPage.entities.${e.entity}`)}</td>
                        <td>{e.entityId}</td>
                        <td>
                          <ul className="changes" dir="ltr" lang="en">
                            {changes(e.before, e.after).slice(0, 12).map((c) => (
                              <li key={c}>{c}</li>
                            ))}
                          </ul>
                        </td>
                      </tr>
                    ))}
              </TableFrame>
              {entries.length >= 100 ? (
                <button type="button" className="secondary" onClick={() => setParams({ ...Object.fromEntries(params), before: String(entries[entries.length - 1]!.id) })}>
                  {t('auditPage.older')}
                </button>
              ) : null}
            </>
          )
        }
      </QueryState>
    </>
  );
}

export function AuditPage() {
  const { t } = useTranslation();
  return (
    <RequireRole role="editor">
      <h1>{t('auditPage.heading')}</h1>
      <p className="intro">{t('auditPage.intro')}</p>
      <AuditLog />
    </RequireRole>
  );
}
