// Who the app is to the operating system: the one app id, shared by the installers and Windows notifications.

/** electron-builder's `appId`; on Windows also the AppUserModelId, without which notifications do not show. */
export const APP_ID = 'app.steadyweek.desktop';
export const PRODUCT_NAME = 'Steadyweek';
