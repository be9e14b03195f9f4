import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import './app.css';
// First: the data of the opening screens is asked for before the rest of the app is set up.
import './startupPrefetch';
import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { ErrorBoundary } from './features/shell/ErrorBoundary';
import { cssVariablesResolver, theme } from './theme';

const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element.');

createRoot(root).render(
  <StrictMode>
    <MantineProvider
      theme={theme}
      cssVariablesResolver={cssVariablesResolver}
      defaultColorScheme="light"
    >
      {/* Bottom left, over the navigation's empty end: at the top right they hid the partner
          drawer's title and buttons, at the bottom right the forms' Save and Add buttons. */}
      <Notifications position="bottom-left" />
      <ErrorBoundary>
        <App />
      </ErrorBoundary>
    </MantineProvider>
  </StrictMode>,
);
