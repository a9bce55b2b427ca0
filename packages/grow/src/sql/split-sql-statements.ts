/**
 * Splits a migration file into statements at each `;` that is outside quotes and comments. Migration
 * files follow the rules at the top of `migrations/0001_init.sql` (no triggers, no `BEGIN ... END`
 * blocks), so this small scanner is all that is needed; it refuses a trigger rather than splitting
 * one wrongly. Comments are dropped; empty statements are skipped.
 */
export function splitSqlStatements(source: string): string[] {
  const statements: string[] = [];
  let current = '';
  let index = 0;
  while (index < source.length) {
    const character = source[index]!;
    const next = source[index + 1];
    if (character === '-' && next === '-') {
      const end = source.indexOf('\n', index);
      index = end === -1 ? source.length : end;
      continue;
    }
    if (character === '/' && next === '*') {
      const end = source.indexOf('*/', index + 2);
      index = end === -1 ? source.length : end + 2;
      continue;
    }
    if (character === "'" || character === '"' || character === '`') {
      // A quoted string or identifier; a doubled quote inside it is an escaped quote.
      let end = index + 1;
      while (end < source.length) {
        if (source[end] === character) {
          if (source[end + 1] === character) end += 2;
          else break;
        } else end += 1;
      }
      current += source.slice(index, end + 1);
      index = end + 1;
      continue;
    }
    if (character === ';') {
      pushStatement(statements, current);
      current = '';
      index += 1;
      continue;
    }
    current += character;
    index += 1;
  }
  pushStatement(statements, current);
  return statements;
}

function pushStatement(statements: string[], text: string): void {
  const statement = text.trim();
  if (statement.length === 0) return;
  if (/^CREATE\s+(TEMP\s+|TEMPORARY\s+)?TRIGGER\b/i.test(statement)) {
    throw new Error(`splitSqlStatements cannot split a trigger safely: ${statement.slice(0, 60)}`);
  }
  statements.push(statement);
}
