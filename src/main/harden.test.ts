import { describe, expect, it, vi } from 'vitest';
import { APP_DOCUMENT_URL, createAppUrl } from './app-url';
import { hardenWebContents } from './harden';

const appUrl = createAppUrl(APP_DOCUMENT_URL);

function fakeContents() {
  const handlers = new Map<string, (...args: unknown[]) => void>();
  let openHandler: ((details: { url: string }) => { action: string }) | null = null;
  const contents = {
    on: (name: string, handler: (...args: unknown[]) => void) => {
      handlers.set(name, handler);
      return contents;
    },
    setWindowOpenHandler: (handler: typeof openHandler) => {
      openHandler = handler;
    },
  };
  const openExternal = vi.fn(async () => true);
  hardenWebContents(contents as never, { appUrl, openExternal });
  const fire = (name: string, url: string) => {
    const event = { preventDefault: vi.fn(), url };
    handlers.get(name)!(event, url);
    return event.preventDefault;
  };
  return { handlers, openExternal, fire, open: (url: string) => openHandler!({ url }) };
}

describe('hardenWebContents', () => {
  it.each(['will-navigate', 'will-redirect', 'will-frame-navigate'])(
    'lets %s go to a hash route of the app',
    (name) => {
      const { fire } = fakeContents();
      expect(fire(name, 'app://steadyweek/index.html#/week')).not.toHaveBeenCalled();
    },
  );

  it.each([
    ['will-navigate', 'https://evil.test/'],
    ['will-navigate', 'javascript:alert(1)'],
    ['will-navigate', 'file:///etc/passwd'],
    ['will-redirect', 'http://example.com/'],
    ['will-frame-navigate', 'data:text/html,x'],
  ])('blocks %s to %s', (name, url) => {
    const { fire } = fakeContents();
    expect(fire(name, url)).toHaveBeenCalled();
  });

  it('refuses to attach a <webview>', () => {
    const { fire } = fakeContents();
    expect(fire('will-attach-webview', 'https://example.com/')).toHaveBeenCalled();
  });

  it.each([
    ['https://ods.od.nih.gov/', true],
    ['http://example.com/', false],
    ['javascript:alert(1)', false],
    ['file:///etc/passwd', false],
  ])('denies window.open(%s), handing only https to the link guard', (url, handedOn) => {
    const { open, openExternal } = fakeContents();
    expect(open(url)).toEqual({ action: 'deny' });
    expect(openExternal).toHaveBeenCalledTimes(handedOn ? 1 : 0);
  });
});
