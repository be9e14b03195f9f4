import { Alert, Button, Center, Stack, Text } from '@mantine/core';
import { Component, type ErrorInfo, type ReactNode } from 'react';

interface State {
  error: Error | null;
}

/**
 * Last line of defence: an error while rendering would otherwise leave an empty window.
 * The person gets a sentence and a way back; the details go to the console.
 */
export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('The screen failed to render', error, info.componentStack);
  }

  override render(): ReactNode {
    if (!this.state.error) return this.props.children;
    return (
      <Center h="100vh" p="xl">
        <Alert color="red" title="Something went wrong on this screen" role="alert" maw={520}>
          <Stack gap="sm">
            <Text size="sm">
              Partnerloom hit an unexpected problem and could not show this screen. What you saved
              before is safe in your data folder.
            </Text>
            <Button variant="light" color="red" onClick={() => window.location.reload()}>
              Reload Partnerloom
            </Button>
          </Stack>
        </Alert>
      </Center>
    );
  }
}
