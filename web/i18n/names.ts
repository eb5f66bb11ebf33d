// Names of funds, States and other donors in the reader's language.
//
// English and French names come from the data files (data/funds.csv, data/entities.csv) through the API.
// For Arabic, Chinese, Russian and Spanish: State names come from the i18n-iso-countries package (a
// maintained source, not typed by hand); the four fund names and the one non-State donor are below,
// as the UN's documents in those languages name them. The package also names, in every language, the
// States no figure names (packageStateName). Its names are loaded one language at a time (loadCountryNames).

import countries, { type LocaleData } from 'i18n-iso-countries';
import type { FundId } from '../../server/contract/vocabulary.js';
import type { UiLanguage } from './languages.js';

/** The ISO package's State names per language, each in a chunk of its own. */
const COUNTRY_NAMES: Record<UiLanguage, () => Promise<{ default: LocaleData }>> = {
  ar: () => import('i18n-iso-countries/langs/ar.json'),
  zh: () => import('i18n-iso-countries/langs/zh.json'),
  en: () => import('i18n-iso-countries/langs/en.json'),
  fr: () => import('i18n-iso-countries/langs/fr.json'),
  ru: () => import('i18n-iso-countries/langs/ru.json'),
  es: () => import('i18n-iso-countries/langs/es.json'),
};
const countryNamesLoaded = new Map<UiLanguage, Promise<void>>();

/**
 * Registers the ISO package's State names in `lang`, once. The i18n layer (index.ts) awaits this with the
 * language's messages, so names are there whenever the language is: entityName and packageStateName,
 * which are synchronous, read them.
 */
export function loadCountryNames(lang: UiLanguage): Promise<void> {
  let loading = countryNamesLoaded.get(lang);
  if (!loading) {
    loading = COUNTRY_NAMES[lang]().then(
      (module) => countries.registerLocale(module.default),
      (error: unknown) => {
        countryNamesLoaded.delete(lang); // tried again on the next switch to the language
        throw error;
      },
    );
    countryNamesLoaded.set(lang, loading);
  }
  return loading;
}

type DataLanguage = 'en' | 'fr';
type OtherLanguage = Exclude<UiLanguage, DataLanguage>;
export type Bilingual = Record<DataLanguage, string>;

const isDataLanguage = (lang: UiLanguage): lang is DataLanguage => lang === 'en' || lang === 'fr';

const FUND_NAMES: Record<OtherLanguage, Record<FundId, { name: string; short: string }>> = {
  es: {
    vftc: {
      name: 'Fondo de Contribuciones Voluntarias de las Naciones Unidas para la Cooperación Técnica en Materia de Derechos Humanos',
      short: 'Fondo para la Cooperación Técnica',
    },
    'upr-participation': {
      name: 'Fondo de Contribuciones Voluntarias para la Participación en el Examen Periódico Universal',
      short: 'Fondo para la Participación en el EPU',
    },
    'ldc-sids': {
      name: 'Fondo Fiduciario de Contribuciones Voluntarias de Asistencia Técnica para Apoyar la Participación de los Países Menos Adelantados y los Pequeños Estados Insulares en Desarrollo en la Labor del Consejo de Derechos Humanos',
      short: 'Fondo Fiduciario para los PMA/PEID',
    },
    'upr-implementation': {
      name: 'Fondo de Contribuciones Voluntarias para la Asistencia Financiera y Técnica en la Aplicación del Examen Periódico Universal',
      short: 'Fondo para la Aplicación del EPU',
    },
  },
  ar: {
    vftc: { name: 'صندوق الأمم المتحدة للتبرعات من أجل التعاون التقني في ميدان حقوق الإنسان', short: 'صندوق التعاون التقني' },
    'upr-participation': { name: 'صندوق التبرعات للمشاركة في الاستعراض الدوري الشامل', short: 'صندوق المشاركة في الاستعراض الدوري الشامل' },
    'ldc-sids': {
      name: 'صندوق التبرعات الاستئماني للمساعدة التقنية لدعم مشاركة أقل البلدان نمواً والدول الجزرية الصغيرة النامية في أعمال مجلس حقوق الإنسان',
      short: 'صندوق أقل البلدان نمواً والدول الجزرية الصغيرة النامية',
    },
    'upr-implementation': {
      name: 'صندوق التبرعات للمساعدة المالية والتقنية لتنفيذ الاستعراض الدوري الشامل',
      short: 'صندوق تنفيذ الاستعراض الدوري الشامل',
    },
  },
  zh: {
    vftc: { name: '联合国人权领域技术合作自愿基金', short: '技术合作基金' },
    'upr-participation': { name: '参与普遍定期审议自愿基金', short: '普遍定期审议参与基金' },
    'ldc-sids': { name: '支持最不发达国家和小岛屿发展中国家参与人权理事会工作的技术援助自愿信托基金', short: '最不发达国家/小岛屿发展中国家信托基金' },
    'upr-implementation': { name: '普遍定期审议执行工作财政和技术援助自愿基金', short: '普遍定期审议执行基金' },
  },
  ru: {
    vftc: {
      name: 'Фонд добровольных взносов Организации Объединенных Наций для технического сотрудничества в области прав человека',
      short: 'Фонд для технического сотрудничества',
    },
    'upr-participation': { name: 'Фонд добровольных взносов для участия в универсальном периодическом обзоре', short: 'Фонд для участия в УПО' },
    'ldc-sids': {
      name: 'Целевой фонд добровольных взносов для оказания технической помощи в целях содействия участию наименее развитых стран и малых островных развивающихся государств в работе Совета по правам человека',
      short: 'Целевой фонд для НРС/МОСРГ',
    },
    'upr-implementation': {
      name: 'Фонд добровольных взносов для оказания финансовой и технической помощи в осуществлении универсального периодического обзора',
      short: 'Фонд для осуществления УПО',
    },
  },
};

/** Donors that are not States (so the ISO package does not know them), by entity id. */
const OTHER_ENTITY_NAMES: Record<string, Record<OtherLanguage, string>> = {
  'wallonia-brussels-federation': { es: 'Federación Valonia-Bruselas', ar: 'اتحاد والونيا - بروكسل', zh: '瓦隆-布鲁塞尔联邦', ru: 'Федерация Валлония-Брюссель' },
  'european-union': { es: 'Unión Europea', ar: 'الاتحاد الأوروبي', zh: '欧洲联盟', ru: 'Европейский союз' },
  'private-donors': { es: 'Donantes privados', ar: 'جهات مانحة خاصة', zh: '私人捐助者', ru: 'Частные доноры' },
  'anonymous-donor': { es: 'Donante anónimo', ar: 'جهة مانحة مجهولة الهوية', zh: '匿名捐助者', ru: 'Анонимный донор' },
};

/** A fund's full or short name in the reader's language. */
export function fundName(fund: { id: FundId; name: Bilingual; shortName: Bilingual }, lang: UiLanguage, form: 'name' | 'short' = 'name'): string {
  if (isDataLanguage(lang)) return form === 'name' ? fund.name[lang] : fund.shortName[lang];
  return FUND_NAMES[lang][fund.id][form];
}

/** The short name of a fund known only by id (lists, selects) in the reader's language; the id while funds load. */
export function fundShortNameById(funds: readonly { id: FundId; name: Bilingual; shortName: Bilingual }[] | undefined, id: string, lang: UiLanguage): string {
  const fund = funds?.find((f) => f.id === id);
  return fund ? fundName(fund, lang, 'short') : id;
}

/** A State's or other donor's name in the reader's language: the data's in English and French, the ISO package's otherwise. */
export function entityName(entity: { id?: string; iso3: string | null; name: Bilingual }, lang: UiLanguage): string {
  if (isDataLanguage(lang)) return entity.name[lang];
  if (entity.iso3) return countries.getName(entity.iso3, lang) ?? entity.name.en;
  return (entity.id !== undefined ? OTHER_ENTITY_NAMES[entity.id]?.[lang] : undefined) ?? entity.name.en;
}

/** A State's name from the ISO package alone, for States no figure names; null when the package does not know the code. */
export function packageStateName(iso3: string, lang: UiLanguage): string | null {
  return countries.getName(iso3, lang) ?? null;
}

/** The fund names typed above, for the test that checks every language has all four. */
export const otherLanguageFundNames = FUND_NAMES;
