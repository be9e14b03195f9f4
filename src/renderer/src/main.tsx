import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import './app.css';
import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { prefetchBoard } from './features/board/BoardScreen';
import { ErrorBoundary } from './features/shell/ErrorBoundary';
import { cssVariablesResolver, theme } from './theme';

const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element.');

// The board is the first screen: ask for its data now rather than after the first render.
prefetchBoard();

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
