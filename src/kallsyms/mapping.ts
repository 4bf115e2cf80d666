// Mapping symbols and other names that are not functions. ARM, arm64 and
// RISC-V assemblers mark where code, data and Thumb code start with `$a`,
// `$x`, `$t`, `$d` (RISC-V: `$x`, `$d`, `$xrv64i2p1_m2p0...`). /proc/kallsyms
// lists a module's mapping symbols (arm64 6.1: `t $x [demo_wlan]` at the same
// address as, and *before*, the function), but the kernel never names an
// address or measures a size with them: find_kallsyms_symbol skips every name
// that is_mapping_symbol() matches (include/linux/module_symbol.h), and
// scripts/kallsyms leaves them out of the core kernel's table.

/** The kernel's is_mapping_symbol(): `$a` `$d` `$t` `$x` (alone or with a
 * `.suffix`), the assembler's local labels `.L...`, LoongArch's `L0...`, and
 * RISC-V's `$x<ISA string>` (`$xrv64i2p1_m2p0`, binutils 2.40+), which 6.5
 * to 6.x skipped by their `$` alone. Any other name with a `$` is a real one. */
export function isMappingSymbol(name: string): boolean {
  return /^(?:\$[adtx](?:\.|$)|\$xrv(?:32|64)|\.L|L0)/.test(name);
}

/** A name the kernel's table keeps but that never names a function: a mapping
 * symbol behind a prefix that objcopy --prefix-symbols added (arm64's
 * position-independent early code: `t __pi_$x`, at the same address as the
 * function it starts). It still ends the symbol before it, as in the kernel. */
export function isPrefixedMappingSymbol(name: string): boolean {
  const m = /^__[a-z]+_(\$.*)$/.exec(name);
  return m !== null && isMappingSymbol(m[1]!);
}
