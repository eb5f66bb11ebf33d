import { useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { client } from '../api/client.js';
import { sessionQuery } from '../api/queries.js';
import { Field } from '../components/Form/Field.js';
import { useUiLanguage } from '../Layout.js';

export function SignInPage() {
  const { t } = useTranslation();
  const lang = useUiLanguage();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const queryClient = useQueryClient();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const signIn = useMutation({
    mutationFn: async () => {
      const res = await client.api.session.$post({ json: { email, password } });
      if (!res.ok) throw new Error(t('auth.failed'));
      return (await res.json()).user;
    },
    onSuccess: (user) => {
      queryClient.setQueryData(sessionQuery().queryKey, user);
      const next = params.get('next');
      void navigate(next && next.startsWith('/') && !next.startsWith('//') ? next : `/${lang}/`);
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    signIn.mutate();
  };
  return (
    <>
      <h1>{t('auth.heading')}</h1>
      <p className="intro">{t('auth.intro')}</p>
      <form className="form narrow" onSubmit={submit}>
        <Field label={t('auth.email')}>{(p) => <input {...p} type="email" autoComplete="username" required value={email} onChange={(e) => setEmail(e.target.value)} />}</Field>
        <Field label={t('auth.password')}>
          {(p) => <input {...p} type="password" autoComplete="current-password" required value={password} onChange={(e) => setPassword(e.target.value)} />}
        </Field>
        {signIn.isError ? (
          <p className="error" role="alert">
            {signIn.error.message}
          </p>
        ) : null}
        <button type="submit" disabled={signIn.isPending}>
          {t('auth.signIn')}
        </button>
      </form>
    </>
  );
}
