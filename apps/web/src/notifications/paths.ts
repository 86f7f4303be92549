export const NOTIFICATIONS_PATH = '/meldingen';
