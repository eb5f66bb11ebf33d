// The UI languages, apart from their messages so that code needing only the list does not load every language.

/** The six official languages of the UN, in the order the UN lists them (English alphabetical order of their names). */
export const UI_LANGUAGES = ['ar', 'zh', 'en', 'fr', 'ru', 'es'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];
export const DEFAULT_LANGUAGE: UiLanguage = 'en';

export const isUiLanguage = (value: unknown): value is UiLanguage => (UI_LANGUAGES as readonly unknown[]).includes(value);

/** Arabic is written right to left; the whole page is laid out that way when it is the language. */
export const textDirection = (lang: UiLanguage): 'rtl' | 'ltr' => (lang === 'ar' ? 'rtl' : 'ltr');
