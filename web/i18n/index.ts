// The i18n layer: every UI string goes through i18next; numbers and dates through Intl (format/).

import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { ar } from './ar.js';
import { en } from './en.js';
import { es } from './es.js';
import { fr } from './fr.js';
import { ru } from './ru.js';
import { zh } from './zh.js';

import { DEFAULT_LANGUAGE, isUiLanguage, type UiLanguage } from './languages.js';

export { DEFAULT_LANGUAGE, isUiLanguage, textDirection, UI_LANGUAGES, type UiLanguage } from './languages.js';

export const resources = {
  ar: { translation: ar },
  zh: { translation: zh },
  en: { translation: en },
  fr: { translation: fr },
  ru: { translation: ru },
  es: { translation: es },
} as const;

export function createI18n(language: UiLanguage = DEFAULT_LANGUAGE) {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    resources,
    lng: language,
    fallbackLng: false, // a missing key must show, not silently fall back to English
    interpolation: { escapeValue: false }, // React escapes
    returnNull: false,
    initAsync: false,
  });
  return instance;
}

/** The language a first visit starts in: the one remembered, else the browser's, else English. */
export function preferredLanguage(): UiLanguage {
  try {
    const remembered = localStorage.getItem('language');
    if (isUiLanguage(remembered)) return remembered;
  } catch {
    // storage unavailable (private mode): fall through
  }
  const browser = typeof navigator === 'undefined' ? '' : navigator.language.slice(0, 2);
  return isUiLanguage(browser) ? browser : DEFAULT_LANGUAGE;
}

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof en };
  }
}
