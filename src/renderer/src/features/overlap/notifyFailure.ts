import { notifications } from '@mantine/notifications';

/** A request that did not work out, in a message that stays until read. */
export function notifyFailure(title: string, message: string): void {
  notifications.show({
    color: 'red',
    title,
    message,
    autoClose: false,
    closeButtonProps: { 'aria-label': 'Close the message' },
  });
}
