import { useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { MIN_PASSWORD_LENGTH, passwordProblem } from '../../server/contract/passwordPolicy.js';
import { ROLES, type Role } from '../../server/contract/vocabulary.js';
import { useUsers } from '../api/hooks.js';
import { client, okJson } from '../api/client.js';
import { usersQuery } from '../api/queries.js';
import { RequireRole } from '../auth/RequireRole.js';
import { Field, FormError, SelectField } from '../components/Form/Field.js';
import { QueryState } from '../components/QueryState.js';

function Users() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const users = useUsers();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [role, setRole] = useState<Role>('editor');
  // The same rule as the API and the command line, checked here first so the admin is told at once.
  const [passwordError, setPasswordError] = useState<string | null>(null);
  const create = useMutation({
    mutationFn: async () => okJson(await client.api.users.$post({ json: { email, password, role } })),
    onSuccess: async () => {
      setEmail('');
      setPassword('');
      await queryClient.invalidateQueries({ queryKey: usersQuery().queryKey });
    },
  });
  const update = useMutation({
    mutationFn: async ({ id, changes }: { id: number; changes: { role?: Role; disabled?: boolean } }) =>
      okJson(await client.api.users[':id'].$patch({ param: { id: String(id) }, json: changes })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: usersQuery().queryKey }),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const problem = passwordProblem(password);
    setPasswordError(problem ? t(`usersPage.passwordProblems.${problem}`) : null);
    if (!problem) create.mutate();
  };
  return (
    <>
      <QueryState query={users}>
        {(list) => (
          <div className="table-scroll" tabIndex={0} role="region" aria-label={t('usersPage.heading')}>
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('auth.email')}</th>
                  <th scope="col">{t('field.role')}</th>
                  <th scope="col">{t('field.disabled')}</th>
                </tr>
              </thead>
              <tbody>
                {list.map((u) => (
                  <tr key={u.id}>
                    <td>{u.email}</td>
                    <td>
                      <select aria-label={`${t('field.role')} — ${u.email}`} value={u.role} onChange={(e) => update.mutate({ id: u.id, changes: { role: e.target.value as Role } })}>
                        {ROLES.map((r) => (
                          <option key={r} value={r}>
                            {t(`auth.roles.${r}`)}
                          </option>
                        ))}
                      </select>
                    </td>
                    <td>
                      <input type="checkbox" aria-label={`${t('field.disabled')} — ${u.email}`} checked={u.disabled} onChange={(e) => update.mutate({ id: u.id, changes: { disabled: e.target.checked } })} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </QueryState>
      <FormError error={update.error} />
      <h2>{t('usersPage.create')}</h2>
      <form className="form narrow" onSubmit={submit}>
        <Field label={t('auth.email')}>{(p) => <input {...p} type="email" required value={email} onChange={(e) => setEmail(e.target.value)} />}</Field>
        <Field label={t('auth.password')} help={t('usersPage.passwordHelp')}>
          {(p) => <input {...p} type="password" autoComplete="new-password" required minLength={MIN_PASSWORD_LENGTH} value={password} aria-invalid={passwordError ? true : undefined} onChange={(e) => setPassword(e.target.value)} />}
        </Field>
        {passwordError ? (
          <p className="error" role="alert">
            {passwordError}
          </p>
        ) : null}
        <SelectField label={t('field.role')} value={role} options={ROLES} optionLabel={(r) => t(`auth.roles.${r}`)} onChange={setRole} />
        <FormError error={create.error} />
        {create.isSuccess ? <p className="success">{t('usersPage.created')}</p> : null}
        <button type="submit" disabled={create.isPending}>
          {t('usersPage.create')}
        </button>
      </form>
    </>
  );
}

export function UsersPage() {
  const { t } = useTranslation();
  return (
    <RequireRole role="admin">
      <h1>{t('usersPage.heading')}</h1>
      <Users />
    </RequireRole>
  );
}
