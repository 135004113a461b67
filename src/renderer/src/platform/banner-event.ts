// The page event that carries an in-app reminder banner (web mode, or a desktop without notifications).
export const BANNER_EVENT = 'steadyweek:banner';
