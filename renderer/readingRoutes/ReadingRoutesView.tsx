/** The reading routes: every route with its length and origin, a form for a new one, and importing a pack a teacher handed out. */
import { useCallback, useEffect, useState, type DragEvent, type FormEvent } from 'react';
import type { RouteImportReport } from '../../core/readingRoutes/routeMethods.js';
import { call, describeError } from '../api/client.js';
import { ErrorState } from '../components/ErrorState.js';
import { LoadingIndicator } from '../components/LoadingIndicator.js';
import { mutate, useLoad } from '../api/queries.js';
import { useI18n } from '../i18n/LanguageContext.js';
import { defineView, navigate } from '../routing/view.js';
import { onRoutePackOffered, takeOfferedRoutePack } from './offeredPack.js';
import { OpenPackLink } from './PackLink.js';
import { followHref, routeHref, routesHref } from './readingRouteRoutes.js';
import './readingRoutes.css';

/** Asks before importing: what the pack holds and what it would change. */
function ImportPreview({ report, onConfirm, onCancel }: { report: RouteImportReport; onConfirm(): void; onCancel(): void }) {
  const { t } = useI18n();
  const lost = report.lostSteps > 0 ? t('routes.importLost', { count: report.lostSteps }) : '';
  return (
    <div className="routes-import-preview" role="alertdialog" aria-labelledby="routes-import-preview-text" data-testid="route-import-preview">
      <p id="routes-import-preview-text">
        {t('routes.importPreview', { title: report.title, steps: report.steps, lost })} <em>({t(`routes.importOutcome.${report.outcome}`)})</em>
      </p>
      {report.layer && <p data-testid="route-import-layer">{t('routes.importLayer', { count: report.layer.annotations, name: report.layer.name })}</p>}
      <div className="routes-import-preview__actions">
        <button type="button" className="routes-button routes-button--primary" onClick={onConfirm} autoFocus>
          {t('routes.importConfirm')}
        </button>
        <button type="button" className="routes-button" onClick={onCancel}>
          {t('routes.importCancel')}
        </button>
      </div>
    </div>
  );
}

function ReadingRoutes() {
  const { t, language } = useI18n();
  const routes = useLoad(['routes'], () => call('listRoutes', {}), { fresh: true });
  const [title, setTitle] = useState('');
  const [audience, setAudience] = useState('');
  const [goals, setGoals] = useState('');
  const [pending, setPending] = useState<{ content: string; file: string; report: RouteImportReport } | null>(null);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);

  async function create(event: FormEvent) {
    event.preventDefault();
    try {
      const route = await mutate('createRoute', { title, audience, goals: goals.split('\n').filter((goal) => goal.trim() !== '') });
      navigate(routeHref(route.id));
    } catch (error) {
      setMessage({ text: describeError(error, language), error: true });
    }
  }

  const [dropping, setDropping] = useState(false);

  const preview = useCallback(async (read: () => Promise<{ content: string; file: string }>) => {
    setMessage(null);
    try {
      const { content, file } = await read();
      setPending({ content, file, report: await call('previewRoutePack', { content, file }) });
    } catch (error) {
      setMessage({ text: describeError(error, language), error: true });
    }
  }, [language]);

  function choosePack(file: File | undefined) {
    if (file) void preview(async () => ({ content: await file.text(), file: file.name }));
  }

  // A pack dropped on the library or handed over by the desktop app arrives here, to be previewed like a chosen one.
  useEffect(() => {
    const takeOffered = () => {
      const offered = takeOfferedRoutePack();
      if (offered) void preview(async () => offered);
    };
    takeOffered();
    return onRoutePackOffered(takeOffered);
  }, [preview]);

  const dropProps = {
    onDragOver(event: DragEvent) {
      if (!event.dataTransfer.types.includes('Files')) return;
      event.preventDefault();
      setDropping(true);
    },
    onDragLeave(event: DragEvent) {
      if (event.currentTarget === event.target) setDropping(false);
    },
    onDrop(event: DragEvent) {
      if (!event.dataTransfer.types.includes('Files')) return;
      event.preventDefault();
      setDropping(false);
      choosePack(event.dataTransfer.files[0]);
    },
  };

  async function confirmImport() {
    if (!pending) return;
    try {
      const report = await mutate('importRoutePack', { content: pending.content, file: pending.file });
      setMessage({ text: report.layer ? t('routes.importedLayer', { title: report.title, name: report.layer.name }) : t('routes.imported', { title: report.title }), error: false });
      routes.reload();
    } catch (error) {
      setMessage({ text: describeError(error, language), error: true });
    }
    setPending(null);
  }

  return (
    <div className={dropping ? 'routes-page routes-page--dropping' : 'routes-page'} data-testid="routes-page" {...dropProps}>
      <h1 className="routes-page__title">{t('routes.title')}</h1>
      <p className="routes-page__intro">{t('routes.intro')}</p>
      {message && (
        <p className={message.error ? 'routes-message routes-message--error' : 'routes-message'} role={message.error ? 'alert' : 'status'} data-testid="routes-message">
          {message.text}
        </p>
      )}
      <section className="routes-page__list" aria-labelledby="routes-list-title">
        <h2 id="routes-list-title" className="visually-hidden">
          {t('routes.title')}
        </h2>
        {routes.status === 'loading' && <LoadingIndicator />}
        {routes.status === 'error' && <ErrorState error={routes.error} onRetry={routes.reload} />}
        {routes.status === 'done' && routes.value.length === 0 && <p className="routes-empty">{t('routes.empty')}</p>}
        {routes.status === 'done' && routes.value.length > 0 && (
          <ul className="routes-list">
            {routes.value.map((route) => (
              <li key={route.id} className="routes-card" data-testid="route-card">
                <h3 className="routes-card__title">
                  <a href={routeHref(route.id)}>{route.title}</a>
                </h3>
                <p className="routes-card__meta">
                  {[route.audience, t('routes.steps', { count: route.steps }), t('routes.minutes', { count: route.minutes }), route.origin ? t('routes.from', { name: route.origin.name }) : t('routes.own')]
                    .filter((part) => part !== '')
                    .join(' · ')}
                </p>
                <a className="routes-button routes-button--primary" href={followHref(route.id)}>
                  {t('routes.follow')}
                </a>
              </li>
            ))}
          </ul>
        )}
      </section>
      <div className="routes-page__side">
        <form className="routes-form" onSubmit={create} aria-labelledby="routes-new-title">
          <h2 id="routes-new-title">{t('routes.new')}</h2>
          <label>
            {t('routes.newTitle')}
            <input value={title} onChange={(event) => setTitle(event.target.value)} required maxLength={300} data-testid="route-new-title" />
          </label>
          <label>
            {t('routes.newAudience')}
            <input value={audience} onChange={(event) => setAudience(event.target.value)} maxLength={300} />
          </label>
          <label>
            {t('routes.newGoals')}
            <textarea value={goals} onChange={(event) => setGoals(event.target.value)} rows={3} />
          </label>
          <button type="submit" className="routes-button routes-button--primary">
            {t('routes.create')}
          </button>
        </form>
        <label className="routes-button routes-import">
          {t('routes.import')}
          <input
            type="file"
            accept=".json,application/json"
            className="visually-hidden"
            data-testid="route-import-file"
            onChange={(event) => {
              choosePack(event.target.files?.[0]);
              event.target.value = '';
            }}
          />
        </label>
        <OpenPackLink onOpen={(read) => void preview(read)} />
        {dropping && (
          <p className="routes-drop" aria-hidden="true">
            {t('routes.dropHere')}
          </p>
        )}
        {pending && <ImportPreview report={pending.report} onConfirm={() => void confirmImport()} onCancel={() => setPending(null)} />}
      </div>
    </div>
  );
}

export const view = defineView<Record<string, never>>({
  id: 'reading-routes',
  parse: ({ path }) => (path === '/routes' ? {} : null),
  render: () => <ReadingRoutes />,
  page: 'plain',
  menu: { label: 'nav.routes', order: 5, href: routesHref },
});
