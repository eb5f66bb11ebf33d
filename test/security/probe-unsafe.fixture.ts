// Deliberately unsafe, never run: proves that test/security/sql.test.ts notices a value in SQL.
export const unsafe = (email: string) => `SELECT * FROM users WHERE email = '${email}'`;
