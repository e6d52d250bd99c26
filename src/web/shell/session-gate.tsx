import { Button, Result } from 'antd';
import { Suspense, useCallback, useEffect, useMemo, useState } from 'react';
import { ApiError, errorMessage } from '../api/api-error.ts';
import { UNAUTHENTICATED_EVENT } from '../api/api-request.ts';
import { authApi } from '../api/auth-api.ts';
import type { Me, Meta } from '../api/types.ts';
import { navigate, useLocationPath } from '../hooks/use-location-path.ts';
import type { Session } from '../hooks/use-session.ts';
import { SessionContext } from '../hooks/use-session.ts';
import { matchRoute, type Route } from '../lib/match-route.ts';

const isPublic = (route: Route) => route.name === 'public' || route.name === 'public-document' || route.name === 'setup';
import { PublicLayout } from '../features/public/public-layout.tsx';
import { AppLayout } from './app-layout.tsx';
import { FullPageSpin } from '../components/full-page-spin.tsx';
import { ForcedPasswordChange } from '../features/auth/forced-password-change.tsx';
import { lazyPage } from './lazy-page.ts';
import { PageLoading } from './page-loading.tsx';
import { RoutePage } from './route-page.tsx';

const LoginPage = lazyPage(() => import('../features/auth/login-page.tsx'), 'LoginPage');
const PublicDocumentPage = lazyPage(() => import('../features/public/public-document-page.tsx'), 'PublicDocumentPage');
const PublicPage = lazyPage(() => import('../features/public/public-page.tsx'), 'PublicPage');
const SetupPage = lazyPage(() => import('../features/setup/setup-page.tsx'), 'SetupPage');

type SessionState =
  { status: 'loading' } | { status: 'error'; error: unknown } | { status: 'anonymous' } | { status: 'authenticated'; user: Me };

/** Resolves the current user (GET /api/auth/me) and shows either the login page or the app. */
export function SessionGate() {
  const route = matchRoute(useLocationPath());
  const [meta, setMeta] = useState<Meta | null>(null);
  const [state, setState] = useState<SessionState>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);

  // The version comes only with a session: asked again once signed in.
  const signedIn = state.status === 'authenticated';
  useEffect(() => {
    authApi.meta().then(setMeta, () => setMeta(null));
  }, [attempt, signedIn]);

  useEffect(() => {
    let cancelled = false;
    authApi.me().then(
      (user) => {
        if (!cancelled) setState({ status: 'authenticated', user });
      },
      (error: unknown) => {
        if (cancelled) return;
        if (error instanceof ApiError && error.status === 401) setState({ status: 'anonymous' });
        else setState({ status: 'error', error });
      },
    );
    return () => {
      cancelled = true;
    };
  }, [attempt]);

  useEffect(() => {
    const onUnauthenticated = (): void => setState({ status: 'anonymous' });
    window.addEventListener(UNAUTHENTICATED_EVENT, onUnauthenticated);
    return () => window.removeEventListener(UNAUTHENTICATED_EVENT, onUnauthenticated);
  }, []);

  useEffect(() => {
    if (state.status === 'anonymous' && route.name !== 'login' && !isPublic(route)) navigate('/login', { replace: true });
    if (state.status === 'authenticated' && (route.name === 'login' || route.name === 'home')) {
      navigate('/orgs', { replace: true });
    }
  }, [state.status, route.name]);

  const logout = useCallback(async () => {
    try {
      await authApi.logout();
    } catch {
      // The local session is dropped anyway; the server cookie expires on its own.
    }
    setState({ status: 'anonymous' });
    navigate('/login');
  }, []);

  const session = useMemo<Session | null>(
    () => (state.status === 'authenticated' ? { user: state.user, meta, logout } : null),
    [state, meta, logout],
  );

  const onLoggedIn = useCallback((user: Me) => {
    setState({ status: 'authenticated', user });
    navigate('/orgs');
  }, []);

  // The public section needs no session: the same pages for anyone, logged in or not.
  if (route.name === 'public' || route.name === 'public-document') {
    return (
      <PublicLayout>
        <Suspense fallback={<PageLoading />}>
          {route.name === 'public' ? <PublicPage /> : <PublicDocumentPage key={route.documentId} documentId={route.documentId} />}
        </Suspense>
      </PublicLayout>
    );
  }
  // The first-run setup: no session yet, the one-time address is the key.
  if (route.name === 'setup') {
    return (
      <Suspense fallback={<PageLoading fullPage />}>
        <SetupPage token={route.token} onLoggedIn={onLoggedIn} />
      </Suspense>
    );
  }
  if (state.status === 'loading') return <FullPageSpin />;
  if (state.status === 'error') {
    return (
      <Result
        status="500"
        title="Не удалось связаться с сервером"
        subTitle={errorMessage(state.error)}
        extra={
          <Button type="primary" onClick={() => setAttempt((n) => n + 1)}>
            Повторить
          </Button>
        }
      />
    );
  }
  if (state.status === 'anonymous') {
    if (route.name !== 'login') return <FullPageSpin />;
    return (
      <Suspense fallback={<PageLoading fullPage />}>
        <LoginPage meta={meta} onLoggedIn={onLoggedIn} />
      </Suspense>
    );
  }
  if (state.status === 'authenticated' && state.user.mustChangePassword) {
    const changed = () => setState({ status: 'authenticated', user: { ...state.user, mustChangePassword: false } });
    return <ForcedPasswordChange user={state.user} onChanged={changed} onLogout={() => void logout()} />;
  }
  if (!session || route.name === 'login' || route.name === 'home') return <FullPageSpin />;
  return (
    <SessionContext.Provider value={session}>
      <AppLayout route={route}>
        <Suspense fallback={<PageLoading />}>
          <RoutePage route={route} />
        </Suspense>
      </AppLayout>
    </SessionContext.Provider>
  );
}
