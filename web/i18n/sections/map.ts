// UI text for the map views, English and French (merged into web/i18n/en.ts and fr.ts).
type Widen<T> = { -readonly [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };

const en = {
  heading: 'map',
} as const;

const fr: Widen<typeof en> = {
  heading: 'map',
};

export const mapMessages = { en, fr };
