import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link, NavLink, Navigate, Outlet, useLocation, useParams } from 'react-router';
import { hasRole } from '../server/contract/vocabulary.js';
import { useSession } from './api/hooks.js';
import { client } from './api/client.js';
import { sessionQuery } from './api/queries.js';
import { SyntheticBanner } from './components/SyntheticBanner/SyntheticBanner.js';
import { isUiLanguage, textDirection, UI_LANGUAGES, type UiLanguage } from './i18n/index.js';

/** The language is the first segment of the URL (/fr/…), so a shared link opens in its language. */
export function useUiLanguage(): UiLanguage {
  const { lang } = useParams();
  return isUiLanguage(lang) ? lang : 'en';
}

/** Who is signed in, their tools, and signing in or out. */
function AccountArea({ lang }: { lang: UiLanguage }) {
  const { t } = useTranslation();
  const location = useLocation();
  const queryClient = useQueryClient();
  const session = useSession();
  const signOut = useMutation({
    mutationFn: async () => client.api.session.$delete(),
    onSuccess: () => queryClient.setQueryData(sessionQuery().queryKey, null),
  });
  const user = session.data ?? null;
  if (!user) {
    return (
      <div className="account">
        <Link to={`/${lang}/sign-in?next=${encodeURIComponent(location.pathname)}`}>{t('auth.signIn')}</Link>
      </div>
    );
  }
  return (
    <div className="account">
      {hasRole(user.role, 'editor') ? (
        <nav aria-label={t('nav.import')} className="tools">
          <NavLink to={`/${lang}/import`}>{t('nav.import')}</NavLink>
          <NavLink to={`/${lang}/audit`}>{t('nav.audit')}</NavLink>
          {hasRole(user.role, 'admin') ? <NavLink to={`/${lang}/users`}>{t('nav.users')}</NavLink> : null}
        </nav>
      ) : null}
      <span className="signed-in">{t('auth.signedInAs', { email: user.email, role: t(`auth.roles.${user.role}`) })}</span>
      <button type="button" className="link-button" onClick={() => signOut.mutate()}>
        {t('auth.signOut')}
      </button>
    </div>
  );
}

/** Copies the address of the view: every choice on a page (fund, years, State, language) lives in it. */
function ShareLink() {
  const { t } = useTranslation();
  const [said, setSaid] = useState('');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(window.location.href);
      setSaid(t('share.copied'));
    } catch {
      setSaid(t('share.failed'));
    }
  };
  return (
    <div className="share-link">
      <button type="button" className="secondary small" onClick={() => void copy()}>
        {t('share.copyLink')}
      </button>
      <span role="status" className="field-help">
        {said}
      </span>
    </div>
  );
}

export function Layout() {
  const { lang } = useParams();
  const { t, i18n } = useTranslation();
  const location = useLocation();
  const valid = isUiLanguage(lang);

  useEffect(() => {
    if (!valid) return;
    if (i18n.language !== lang) void i18n.changeLanguage(lang);
    document.documentElement.lang = lang;
    document.documentElement.dir = textDirection(lang);
    document.title = t('app.title');
    try {
      localStorage.setItem('language', lang);
    } catch {
      // not remembered; the URL still carries it
    }
  }, [lang, valid, i18n, t]);

  // On a narrow screen the navigation folds behind a menu button; a new page folds it again.
  const [menuOpenOn, setMenuOpenOn] = useState<string | null>(null);
  const menuOpen = menuOpenOn === location.pathname;

  if (!valid) return <Navigate to={`/en${location.pathname}`} replace />;
  const rest = location.pathname.replace(/^\/[a-z]{2}(?=\/|$)/, '');

  return (
    <>
      <SyntheticBanner />
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className={menuOpen ? 'site-header menu-open' : 'site-header'}>
        <div className="site-header-inner">
          <Link to={`/${lang}/`} className="site-title">
            {t('app.title')}
          </Link>
          <button type="button" className="menu-button secondary small" aria-expanded={menuOpen} aria-controls="site-menu" onClick={() => setMenuOpenOn(menuOpen ? null : location.pathname)}>
            {t('screens.menu')}
          </button>
        </div>
        <div className="site-menu" id="site-menu">
        <div className="site-header-inner">
          <nav aria-label={t('app.nav.overview')}>
            <NavLink to={`/${lang}/`} end>
              {t('app.nav.overview')}
            </NavLink>
            <NavLink to={`/${lang}/gaps`}>{t('views.nav.gaps')}</NavLink>
            <NavLink to={`/${lang}/donors`}>{t('views.nav.donors')}</NavLink>
            <NavLink to={`/${lang}/review`}>{t('views.nav.review')}</NavLink>
            <NavLink to={`/${lang}/statements`}>{t('views.nav.statements')}</NavLink>
            <NavLink to={`/${lang}/map`}>{t('views.nav.map')}</NavLink>
            <NavLink to={`/${lang}/sources`}>{t('app.nav.sources')}</NavLink>
            <NavLink to={`/${lang}/glossary`}>{t('glossary.nav')}</NavLink>
          </nav>
          <nav aria-label={t('app.language')} className="language-switch">
            {UI_LANGUAGES.map((other) => (
              <Link key={other} to={`/${other}${rest}${location.search}${location.hash}`} hrefLang={other} lang={other} aria-current={other === lang ? 'true' : undefined}>
                {t(`languages.${other}`)}
              </Link>
            ))}
          </nav>
        </div>
        <div className="site-header-inner sub">
          <p className="tagline">{t('app.tagline')}</p>
          <ShareLink />
          <AccountArea lang={lang} />
        </div>
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        <Outlet />
      </main>
      <footer className="site-footer">
        <p>{t('app.footer')}</p>
        <p>
          <Link to={`/${lang}/glossary`}>{t('glossary.nav')}</Link> · <Link to={`/${lang}/api`}>{t('apiDocs.nav')}</Link>
        </p>
      </footer>
    </>
  );
}
