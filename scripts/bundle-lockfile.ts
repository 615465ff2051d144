/**
 * A package-lock.json for a built function, cut from the project's own: the
 * packages the bundle leaves outside it (the functions framework) with exactly
 * the tree the tests ran with, at the same paths. Cloud Build then installs
 * with `npm ci` what was tested, instead of resolving the framework's
 * dependency tree afresh on each deploy. Offline and deterministic: nothing is
 * asked of the registry.
 */

export interface LockEntry {
  readonly version?: string;
  readonly dependencies?: Readonly<Record<string, string>>;
  readonly optionalDependencies?: Readonly<Record<string, string>>;
  readonly peerDependencies?: Readonly<Record<string, string>>;
  readonly [key: string]: unknown;
}

export interface Lockfile {
  readonly name: string;
  readonly version: string;
  readonly lockfileVersion: number;
  readonly requires?: boolean;
  readonly packages: Readonly<Record<string, LockEntry>>;
}

/** Where Node would find `name` for the package installed at `from` ("" is the root): its own node_modules, then each parent's. */
export function resolveIn(packages: Readonly<Record<string, LockEntry>>, from: string, name: string): string | undefined {
  let base = from;
  for (;;) {
    const candidate = `${base === "" ? "" : `${base}/`}node_modules/${name}`;
    if (packages[candidate]) return candidate;
    if (base === "") return undefined;
    const cut = base.lastIndexOf("/node_modules/");
    base = cut === -1 ? "" : base.slice(0, cut);
  }
}

/** The lockfile of a package `name` whose dependencies are `dependencies` (names), installed as the project's lock has them. */
export function bundleLockfile(project: Lockfile, name: string, version: string, dependencies: readonly string[]): Lockfile {
  const wanted = new Map<string, LockEntry>();
  const pending = dependencies.map((dep) => ({ from: "", dep, optional: false }));
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    const { from, dep, optional } = next;
    const path = resolveIn(project.packages, from, dep);
    if (path === undefined) {
      if (optional) continue;
      throw new Error(`${dep} (needed by ${from || name}) is not in the project's package-lock.json`);
    }
    if (wanted.has(path)) continue;
    // The project's flags (dev, devOptional, peer) describe its own tree; here every package is a production one.
    const { dev: _dev, devOptional: _devOptional, peer: _peer, ...entry } = project.packages[path] as LockEntry;
    wanted.set(path, entry);
    for (const d of Object.keys(entry.dependencies ?? {})) pending.push({ from: path, dep: d, optional: false });
    for (const d of Object.keys(entry.optionalDependencies ?? {})) pending.push({ from: path, dep: d, optional: true });
    for (const d of Object.keys(entry.peerDependencies ?? {})) pending.push({ from: path, dep: d, optional: true });
  }
  const versionOf = (dep: string) => {
    const installed = project.packages[`node_modules/${dep}`]?.version;
    if (installed === undefined) throw new Error(`${dep} is not in the project's package-lock.json`);
    return installed;
  };
  const root: LockEntry = { name, version, dependencies: Object.fromEntries(dependencies.map((d) => [d, versionOf(d)])) };
  const sorted = [...wanted.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return { name, version, lockfileVersion: 3, requires: true, packages: { "": root, ...Object.fromEntries(sorted) } };
}
