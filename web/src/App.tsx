import { lazy, Suspense, useEffect, useRef, type ReactElement } from 'react';
import { useT } from './i18n';
import { Link, usePath } from './router';
import { homeOf, PAGE_ROLES, useSession } from './session';
import { Dashboard } from './pages/dashboard/Dashboard';
import { SignIn } from './pages/sign-in/SignIn';

// The pages of other roles are loaded when opened: the dashboard's first view carries only its own code.
const Attendance = lazy(() => import('./pages/attendance/Attendance').then((m) => ({ default: m.Attendance })));
const CrossCheck = lazy(() => import('./pages/crosscheck/CrossCheck').then((m) => ({ default: m.CrossCheck })));
const Import = lazy(() => import('./pages/import/Import').then((m) => ({ default: m.Import })));
const Settings = lazy(() => import('./pages/settings/Settings').then((m) => ({ default: m.Settings })));
const HomelessCount = lazy(() => import('./pages/homeless-count/HomelessCount').then((m) => ({ default: m.HomelessCount })));

const PAGES: Record<string, () => ReactElement> = {
  '/pulpit': () => <Dashboard />,
  '/obecnosci': () => <Attendance />,
  '/weryfikacja-pesel': () => <CrossCheck />,
  '/import-rejestrow': () => <Import />,
  '/ustawienia-miasta': () => <Settings />,
  '/liczenie-bezdomnych': () => <HomelessCount />,
};

/** The shell: a skip link, the navigation a role may use, the page, and focus moved to it on each change. */
export function App() {
  const { t, language, setLanguage } = useT();
  const session = useSession();
  const [path, navigate] = usePath();
  const main = useRef<HTMLElement>(null);
  const page = path === '/' ? homeOf(session.role) : path;
  const label: Record<string, string> = {
    '/pulpit': t.navDashboard,
    '/obecnosci': t.navAttendance,
    '/weryfikacja-pesel': t.navCrossCheck,
    '/import-rejestrow': t.navImport,
    '/ustawienia-miasta': t.navSettings,
    '/liczenie-bezdomnych': t.navHomelessCount,
  };
  useEffect(() => {
    if (path === '/') window.history.replaceState(null, '', page);
  }, [path, page]);
  useEffect(() => {
    const title = page === '/logowanie' ? t.navSignIn : label[page];
    document.title = title ? `${title} – ${t.appName}` : t.appName;
  }, [page, t]); // label follows t
  const allowed = PAGE_ROLES[page]?.includes(session.role);
  const links = Object.entries(PAGE_ROLES).filter(([, roles]) => roles.includes(session.role));
  const go = (to: string) => {
    navigate(to);
    main.current?.focus();
  };
  return (
    <>
      <a className="skip-link" href="#main">
        {t.skipToContent}
      </a>
      <header className="no-print">
        <span className="brand">{t.appName}</span>
        <nav aria-label="Menu">
          <ul>
            {links.map(([to]) => (
              <li key={to}>
                <Link to={to} navigate={go} aria-current={page === to ? 'page' : undefined}>
                  {label[to]}
                </Link>
              </li>
            ))}
            <li>
              <Link to="/logowanie" navigate={go} aria-current={page === '/logowanie' ? 'page' : undefined}>
                {t.navSignIn}
              </Link>
            </li>
          </ul>
        </nav>
        <p className="who" data-testid="who">
          {session.role === 'PUBLIC' ? t.notSignedIn : `${t.signedInAs}: ${t.roles[session.role] ?? session.role}`}
        </p>
        {session.role !== 'PUBLIC' && (
          <button
            type="button"
            className="secondary"
            onClick={() => {
              session.signOut();
              navigate('/pulpit');
            }}
          >
            {t.signOut}
          </button>
        )}
        <button
          type="button"
          className="secondary"
          lang={language === 'pl' ? 'en' : 'pl'}
          aria-label={t.languageLabel}
          onClick={() => setLanguage(language === 'pl' ? 'en' : 'pl')}
        >
          {t.language}
        </button>
      </header>
      <main id="main" ref={main} tabIndex={-1}>
        {page === '/logowanie' ? (
          <SignIn onSignedIn={(role) => navigate(homeOf(role))} />
        ) : !PAGES[page] ? (
          <p>404</p>
        ) : !allowed ? (
          <p role="alert" data-testid="forbidden">
            {t.forbiddenPage}
          </p>
        ) : (
          <Suspense fallback={<p>{t.loading}</p>}>{PAGES[page]!()}</Suspense>
        )}
      </main>
    </>
  );
}
