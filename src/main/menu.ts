// Installs the application menu.
import { Menu } from 'electron';
import { buildAppMenuTemplate, type AppMenuOptions } from './app-menu';

export function registerMenu(options: AppMenuOptions): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(buildAppMenuTemplate(options)));
}
