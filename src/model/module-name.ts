// The kernel spells a module `demo-wlan` on the command line and in file
// names, and `demo_wlan` in kallsyms and /proc/modules; both name the same
// module. Everything that compares module names compares this spelling.
export function normalizeModuleName(name: string): string {
  return name.replace(/-/g, '_');
}
