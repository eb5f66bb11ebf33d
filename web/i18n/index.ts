// The i18n layer: every UI string goes through i18next; numbers and dates through Intl (format/).
//
// Each language's messages are a chunk of their own, loaded when the language is first used: the
// reader's language before the app first renders (createI18n awaits it), any other one when the URL
// switches to it (i18next asks the backend below for it, and keeps the current language on screen
// until it has arrived). The same load registers the language's State names (names.ts).

import i18next, { type BackendModule, type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { en, Messages } from './en.js';
import { DEFAULT_LANGUAGE, isUiLanguage, UI_LANGUAGES, type UiLanguage } from './languages.js';
import { loadCountryNames } from './names.js';

export { DEFAULT_LANGUAGE, isUiLanguage, textDirection, UI_LANGUAGES, type UiLanguage } from './languages.js';

/** Each language's messages, each in a module (and so a chunk) of its own. */
const MESSAGES: Record<UiLanguage, () => Promise<Messages>> = {
  ar: async () => (await import('./ar.js')).ar,
  zh: async () => (await import('./zh.js')).zh,
  en: async () => (await import('./en.js')).en,
  fr: async () => (await import('./fr.js')).fr,
  ru: async () => (await import('./ru.js')).ru,
  es: async () => (await import('./es.js')).es,
};

/** A language's messages. */
export const loadMessages = (language: UiLanguage): Promise<Messages> => MESSAGES[language]();

/** Gives i18next a language's messages (and registers its State names) the first time it is used. */
const languageBackend: BackendModule = {
  type: 'backend',
  init() {},
  read(language, namespace, callback) {
    if (!isUiLanguage(language) || namespace !== 'translation') {
      callback(new Error(`No messages for ${language}/${namespace}`), false);
      return;
    }
    Promise.all([loadMessages(language), loadCountryNames(language)]).then(
      ([messages]) => callback(null, messages),
      (error: Error) => callback(error, false),
    );
  },
};

/** An i18next instance in `language`, ready to use: resolves once that language's messages are loaded. */
export async function createI18n(language: UiLanguage = DEFAULT_LANGUAGE): Promise<I18n> {
  const instance = i18next.createInstance();
  await instance
    .use(languageBackend)
    .use(initReactI18next)
    .init({
      lng: language,
      supportedLngs: [...UI_LANGUAGES],
      load: 'currentOnly',
      ns: ['translation'],
      defaultNS: 'translation',
      fallbackLng: false, // a missing key must show, not silently fall back to English
      interpolation: { escapeValue: false }, // React escapes
      returnNull: false,
    });
  if (!instance.hasResourceBundle(language, 'translation')) throw new Error(`The ${language} messages could not be loaded`);
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
