// Installers (electron-builder): Linux AppImage and deb, Windows NSIS, macOS dmg and zip, with Electron's fuses set at packaging.
// `npm run dist` builds them (scripts/dist.mjs); electron-builder.config.test.ts checks every target and fuse.

/** @type {import('electron-builder').Configuration} */
export default {
  // Also the Windows AppUserModelId (src/main/app-identity.ts); notifications need the two to match.
  appId: 'app.steadyweek.desktop',
  productName: 'Steadyweek',
  copyright: 'Copyright © Steadyweek',
  directories: { output: 'dist', buildResources: 'resources/icons' },
  // What the app loads at run time: the build and the window and tray icons. Sources, tests and the
  // USDA CSVs (already compiled into the renderer) stay out of the package.
  files: ['out/**/*', 'resources/icons/**/*', 'package.json'],
  asar: true,
  // No native modules: nothing to rebuild (and @electron/rebuild would want a newer Node).
  npmRebuild: false,
  // Fuses are flipped in the Electron binary itself, so nothing at run time can turn them back on.
  electronFuses: {
    // ELECTRON_RUN_AS_NODE would turn the signed app into a plain Node interpreter.
    runAsNode: false,
    // NODE_OPTIONS and --inspect would let anyone who can set the environment or the command line
    // run code in the main process.
    enableNodeOptionsEnvironmentVariable: false,
    enableNodeCliInspectArguments: false,
    // The app's code comes only from the packaged, integrity-checked app.asar.
    enableEmbeddedAsarIntegrityValidation: true,
    onlyLoadAppFromAsar: true,
    // Pages are served from app://; file:// needs no privileges beyond a browser's.
    grantFileProtocolExtraPrivileges: false,
    enableCookieEncryption: true,
  },
  linux: {
    target: ['AppImage', 'deb'],
    icon: 'resources/icons/icon-512.png',
    category: 'Utility',
    synopsis: 'A steady weekly routine around magnesium, sleep, movement and calm',
    maintainer: 'Steadyweek <hello@steadyweek.app>',
  },
  deb: { packageCategory: 'utils' },
  win: {
    target: ['nsis'],
    icon: 'resources/icons/icon-512.png',
  },
  nsis: {
    oneClick: false,
    perMachine: false,
    allowToChangeInstallationDirectory: true,
    // The Start-menu shortcut carries the AppUserModelId that notifications are shown under.
    createStartMenuShortcut: true,
    shortcutName: 'Steadyweek',
  },
  mac: {
    target: ['dmg', 'zip'],
    icon: 'resources/icons/icon-512.png',
    category: 'public.app-category.healthcare-fitness',
    hardenedRuntime: true,
  },
};
