// UI text for the statements views, English and French (merged into web/i18n/en.ts and fr.ts).
type Widen<T> = { -readonly [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };

const en = {
  heading: 'statements',
} as const;

const fr: Widen<typeof en> = {
  heading: 'statements',
};

export const statementsMessages = { en, fr };
