// The one password rule, for the command line, the API and the users page alike. Imports nothing
// from the server (the web app imports it too), only the common-password list of zxcvbn-ts.

import { dictionary } from '@zxcvbn-ts/language-common';

export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 1024;

export type PasswordProblem = 'too_short' | 'too_long' | 'blank' | 'one_character' | 'common';

/** English, for the API and the command line (the users page has them in every UI language). */
export const PASSWORD_PROBLEMS: Record<PasswordProblem, string> = {
  too_short: `must be at least ${MIN_PASSWORD_LENGTH} characters`,
  too_long: `must be at most ${MAX_PASSWORD_LENGTH} characters`,
  blank: 'must not be only spaces',
  one_character: 'must not be one character repeated',
  common: 'is a commonly used password (or one with only digits or symbols added); choose another',
};

let common: ReadonlySet<string> | null = null;
const commonPasswords = () => (common ??= new Set(dictionary['passwords-common'].map((p) => p.toLowerCase())));

/** What is wrong with a password, or null when it may be used. Length counts characters, not UTF-16 units. */
export function passwordProblem(password: string): PasswordProblem | null {
  const characters = [...password];
  if (characters.length < MIN_PASSWORD_LENGTH) return 'too_short';
  if (characters.length > MAX_PASSWORD_LENGTH) return 'too_long';
  if (password.trim() === '') return 'blank';
  if (new Set(characters).size === 1) return 'one_character';
  const lower = password.toLowerCase();
  // "Password2024!" is "password" with digits and symbols added: as weak as the word itself.
  const core = lower.replace(/^[\p{N}\p{P}\p{S}\s]+|[\p{N}\p{P}\p{S}\s]+$/gu, '');
  if (commonPasswords().has(lower) || (core.length >= 4 && commonPasswords().has(core))) return 'common';
  return null;
}
