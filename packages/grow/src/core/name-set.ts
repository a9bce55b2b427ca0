/**
 * A set of names compared without case, as the stores' unique index compares them ("Sea" and "sea"
 * are the same name). It is a `Set<string>` so naming functions can take it as their `taken` set.
 */
export class NameSet extends Set<string> {
  constructor(names: Iterable<string> = []) {
    super();
    for (const name of names) this.add(name);
  }

  override add(name: string): this {
    return super.add(name.toLowerCase());
  }

  override has(name: string): boolean {
    return super.has(name.toLowerCase());
  }

  override delete(name: string): boolean {
    return super.delete(name.toLowerCase());
  }
}
