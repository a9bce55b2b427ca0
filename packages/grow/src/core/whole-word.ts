/**
 * Whole-word replacement of a registry name, as a rename cascades it. Letters, digits, `_` and `-` are
 * word characters, so renaming "Sea" leaves "Seaweed" and "Sea-green" alone, while "Sea's" and
 * "(Sea)" are uses of "Sea". Matching is case-sensitive: names start with a capital and the origin
 * vocabulary is lower case, so a rename never rewrites a vocabulary word like "calm" or "pan".
 *
 * SQLite has no regular-expression replace, so stores select candidate rows with `LIKE` and run this
 * in TypeScript, inside the same transaction.
 */

const wordCharacter = String.raw`[\p{L}\p{N}_\-]`;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, String.raw`\$&`);
}

/** A global, unicode pattern that matches `name` as a whole word. */
export function wholeWordPattern(name: string): RegExp {
  return new RegExp(`(?<!${wordCharacter})${escapeRegExp(name)}(?!${wordCharacter})`, 'gu');
}

/** True when `text` uses `name` as a whole word outside every protected name. */
export function containsWholeWord(text: string, name: string, protectedNames: readonly string[] = []): boolean {
  return replaceWholeWord(text, name, '\u0000', protectedNames) !== text;
}

/**
 * Replaces every whole-word `oldName` in `text` with `newName`, except inside a protected name: other
 * registry names that contain `oldName` as a word ("Sea Breeze" when renaming "Sea") keep meaning
 * their own entry.
 */
export function replaceWholeWord(text: string, oldName: string, newName: string, protectedNames: readonly string[] = []): string {
  if (oldName.length === 0 || !text.includes(oldName)) return text;
  const shielded: [number, number][] = [];
  for (const other of protectedNames) {
    if (other === oldName || !other.includes(oldName)) continue;
    for (const match of text.matchAll(wholeWordPattern(other))) shielded.push([match.index, match.index + other.length]);
  }
  return text.replace(wholeWordPattern(oldName), (match, offset: number) =>
    shielded.some(([start, end]) => offset >= start && offset + match.length <= end) ? match : newName,
  );
}

/**
 * The same replacement over the string values of a JSON document (never its keys, which are field
 * and primitive names). Returns the text unchanged when nothing matched; text that is not JSON is
 * treated as plain text.
 */
export function replaceWholeWordInJson(json: string, oldName: string, newName: string, protectedNames: readonly string[] = []): string {
  if (!json.includes(oldName)) return json;
  let document: unknown;
  try {
    document = JSON.parse(json);
  } catch {
    return replaceWholeWord(json, oldName, newName, protectedNames);
  }
  let changed = false;
  const walk = (node: unknown): unknown => {
    if (typeof node === 'string') {
      const replaced = replaceWholeWord(node, oldName, newName, protectedNames);
      if (replaced !== node) changed = true;
      return replaced;
    }
    if (Array.isArray(node)) return node.map(walk);
    if (typeof node === 'object' && node !== null) {
      return Object.fromEntries(Object.entries(node).map(([key, value]) => [key, walk(value)]));
    }
    return node;
  };
  const result = walk(document);
  return changed ? JSON.stringify(result) : json;
}
