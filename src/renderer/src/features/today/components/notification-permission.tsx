// Web mode only: a button that asks for notification permission (never asked on load).
import { useState } from 'react';
import { platform } from '../../../platform';

export function NotificationPermission() {
  const supported = platform.kind === 'browser' && typeof Notification !== 'undefined';
  const [permission, setPermission] = useState(() => (supported ? Notification.permission : 'granted'));
  if (!supported || permission !== 'default') return null;
  return (
    <p className="today-permission">
      Reminders show here in the page.{' '}
      <button
        type="button"
        className="secondary"
        onClick={() => void Notification.requestPermission().then(setPermission)}
      >
        Allow desktop notifications
      </button>
    </p>
  );
}
