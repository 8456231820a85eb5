/** Starts the renderer: applies the saved theme before the first paint, then mounts the app. */
// The app-wide styles come first, so each feature's own CSS (imported by its views) builds on them.
import './styles/tokens.css';
import './styles/base.css';
import './styles/header.css';
import './styles/marks.css';
import './styles/surfaces.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { QueryClientProvider } from '@tanstack/react-query';
import { App } from './App.js';
import { queryClient } from './api/queries.js';
import { LanguageProvider, storedLanguage } from './i18n/LanguageContext.js';
import { applyTheme, storedThemeSetting } from './appearance/colorScheme.js';
import { applyReadingSettings, storedReadingSettings } from './appearance/readingSettings.js';
import { startLinkHref } from './reader/readerRoute.js';

// The reader restores its own position; the browser's restoration would fight it on reload.
history.scrollRestoration = 'manual';
// A deep link the host handed over at start (`?doc=<id>#<fragment>`) becomes the route, and leaves the address bar.
const startHref = startLinkHref(location.search, location.hash);
if (startHref !== null) history.replaceState(null, '', `${location.pathname}${startHref}`);
applyTheme(storedThemeSetting());
applyReadingSettings(storedReadingSettings());
document.documentElement.lang = storedLanguage();

const container = document.getElementById('root');
if (!container) throw new Error('index.html mist het #root-element.');
createRoot(container).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <LanguageProvider>
        <App />
      </LanguageProvider>
    </QueryClientProvider>
  </StrictMode>,
);
