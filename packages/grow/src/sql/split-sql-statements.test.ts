import { describe, expect, it } from 'vitest';
import { splitSqlStatements } from './split-sql-statements.js';

describe('splitSqlStatements', () => {
  it('splits at semicolons outside quotes and comments', () => {
    const statements = splitSqlStatements(`
      -- a comment; with a semicolon
      CREATE TABLE a (x TEXT DEFAULT 'a;b'); /* block; comment */
      INSERT INTO a (x) VALUES ('it''s; fine');
      SELECT "odd;name" FROM a
    `);
    expect(statements).toEqual([
      "CREATE TABLE a (x TEXT DEFAULT 'a;b')",
      "INSERT INTO a (x) VALUES ('it''s; fine')",
      'SELECT "odd;name" FROM a',
    ]);
  });

  it('refuses a trigger instead of splitting its body', () => {
    expect(() => splitSqlStatements('CREATE TRIGGER t AFTER INSERT ON a BEGIN SELECT 1; END;')).toThrow(/trigger/);
  });
});
