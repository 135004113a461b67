// The in-app reminder banner: shown where system notifications are unavailable or not allowed.
import { useEffect, useState } from 'react';
import './reminder-banner.css';
import type { ReminderBanner as Banner } from '@shared/ipc/contract';
import { BANNER_EVENT } from '../platform/banner-event';
import type { applyBannerAction as ApplyBannerActionFn } from '../lib/reminders/reminder-actions';

type ApplyBannerAction = typeof ApplyBannerActionFn;

// Recording Done/Snooze pulls in the data layer for writes: load it when a banner is answered.
const applyBannerAction: ApplyBannerAction = async (...args) =>
  (await import('../lib/reminders/reminder-actions')).applyBannerAction(...args);

export function ReminderBanner() {
  const [banners, setBanners] = useState<(Banner & { key: number })[]>([]);

  useEffect(() => {
    let next = 0;
    const onBanner = (event: Event) => {
      const detail = (event as CustomEvent<Banner>).detail;
      next += 1;
      const key = next;
      setBanners((current) => [...current.slice(-3), { ...detail, key }]);
    };
    window.addEventListener(BANNER_EVENT, onBanner);
    return () => window.removeEventListener(BANNER_EVENT, onBanner);
  }, []);

  if (banners.length === 0) return null;
  const dismiss = (key: number) => setBanners((current) => current.filter((b) => b.key !== key));
  return (
    <div className="reminder-banners" role="region" aria-label="Reminders">
      {banners.map((banner) => (
        <div key={banner.key} className="reminder-banner" role="status">
          <p className="reminder-banner-title">{banner.title}</p>
          {banner.body ? <p>{banner.body}</p> : null}
          <div className="row">
            {banner.occurrence ? (
              <>
                <button
                  type="button"
                  onClick={() =>
                    void applyBannerAction(banner.occurrence!, 'done').then(() => dismiss(banner.key))
                  }
                >
                  Done
                </button>
                <button
                  type="button"
                  className="secondary"
                  onClick={() =>
                    void applyBannerAction(banner.occurrence!, 'snooze').then(() => dismiss(banner.key))
                  }
                >
                  Snooze
                </button>
              </>
            ) : null}
            {banner.route ? (
              <a className="button secondary" href={banner.route} onClick={() => dismiss(banner.key)}>
                Open Today
              </a>
            ) : null}
            <button type="button" className="secondary" onClick={() => dismiss(banner.key)}>
              Dismiss
            </button>
          </div>
        </div>
      ))}
    </div>
  );
}
