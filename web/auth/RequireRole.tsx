import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { hasRole, type Role } from '../../server/contract/vocabulary.js';
import { useSession } from '../api/hooks.js';
import { useUiLanguage } from '../Layout.js';

/** Shows its children to users with the role; others get a way to sign in. */
export function RequireRole({ role, children }: { role: Role; children: ReactNode }) {
  const { t } = useTranslation();
  const lang = useUiLanguage();
  const location = useLocation();
  const session = useSession();
  if (session.isPending) return <p role="status">{t('app.loading')}</p>;
  const user = session.data ?? null;
  if (user && hasRole(user.role, role)) return <>{children}</>;
  return (
    <p>
      {t('auth.needsRole', { role: t(`auth.roles.${role}`) })}{' '}
      {!user ? <Link to={`/${lang}/sign-in?next=${encodeURIComponent(location.pathname + location.search)}`}>{t('auth.signIn')}</Link> : null}
    </p>
  );
}

export function useCanEdit(): boolean {
  const session = useSession();
  return session.data ? hasRole(session.data.role, 'editor') : false;
}
