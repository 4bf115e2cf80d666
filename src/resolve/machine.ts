// What machine a binary is for (ELF e_machine, class and byte order), and
// what reads it: the GNU triples whose `<triple>-addr2line` does, the BFD
// target names that a binutils build must list to apply its relocations, and
// the Debian package to install. Handing an arm64 .ko to the host's x86
// addr2line prints `??:?` (it can't apply R_AARCH64_* relocations to the
// DWARF); an arm32 .ko gets *wrong* lines with exit 0 — so a binary only ever
// goes to a tool that names its target.
import type { ElfFile } from './elf.js';

export interface Machine {
  /** As people call it: AArch64, ARM, x86-64, RISC-V 64, PowerPC64 LE... */
  name: string;
  /** GNU triples, most common first (Debian's, then kernel.org/crosstool ones). */
  triples: string[];
  /** BFD target names (`addr2line --help`: "supported targets:") that read this ELF. */
  bfdTargets: string[];
  /** Debian package with `<triples[0]>-addr2line`. */
  debianPackage: string;
}

const EM_386 = 3;
const EM_MIPS = 8;
const EM_PPC = 20;
const EM_PPC64 = 21;
const EM_S390 = 22;
const EM_ARM = 40;
const EM_X86_64 = 62;
const EM_AARCH64 = 183;
const EM_RISCV = 243;
const EM_LOONGARCH = 258;

const gnu = (triples: string[], bfdTargets: string[], debianPackage = `binutils-${triples[0]!.replace(/_/g, '-')}`) => ({
  triples,
  bfdTargets,
  debianPackage,
});

/** The machine of an ELF file; undefined for one this table does not know (then no tool is trusted with it). */
export function machineOf(elf: ElfFile): Machine | undefined {
  const le = elf.littleEndian;
  switch (elf.machine) {
    case EM_X86_64:
      return elf.is64
        ? { name: 'x86-64', ...gnu(['x86_64-linux-gnu', 'x86_64-linux'], ['elf64-x86-64']) }
        : { name: 'x32', ...gnu(['x86_64-linux-gnux32', 'x86_64-linux-gnu'], ['elf32-x86-64']) };
    case EM_386:
      return { name: 'i386', ...gnu(['i686-linux-gnu', 'x86_64-linux-gnu', 'i386-linux'], ['elf32-i386']) };
    case EM_AARCH64:
      return le
        ? { name: 'AArch64', ...gnu(['aarch64-linux-gnu', 'aarch64-linux', 'aarch64-none-linux-gnu'], ['elf64-littleaarch64']) }
        : { name: 'AArch64 big-endian', ...gnu(['aarch64_be-linux-gnu', 'aarch64_be-linux'], ['elf64-bigaarch64']) };
    case EM_ARM:
      return le
        ? {
            name: 'ARM',
            ...gnu(['arm-linux-gnueabihf', 'arm-linux-gnueabi', 'arm-linux', 'arm-none-linux-gnueabihf'], ['elf32-littlearm']),
          }
        : { name: 'ARM big-endian', ...gnu(['armeb-linux-gnueabi', 'armeb-linux'], ['elf32-bigarm'], 'binutils-arm-linux-gnueabi') };
    case EM_RISCV:
      return elf.is64
        ? { name: 'RISC-V 64', ...gnu(['riscv64-linux-gnu', 'riscv64-linux', 'riscv64-unknown-linux-gnu'], ['elf64-littleriscv']) }
        : { name: 'RISC-V 32', ...gnu(['riscv32-linux-gnu', 'riscv32-linux'], ['elf32-littleriscv'], 'binutils-riscv64-linux-gnu') };
    case EM_PPC64:
      return le
        ? { name: 'PowerPC64 LE', ...gnu(['powerpc64le-linux-gnu', 'powerpc64le-linux'], ['elf64-powerpcle']) }
        : { name: 'PowerPC64', ...gnu(['powerpc64-linux-gnu', 'powerpc64-linux'], ['elf64-powerpc']) };
    case EM_PPC:
      return { name: 'PowerPC', ...gnu(['powerpc-linux-gnu', 'powerpc-linux'], ['elf32-powerpc']) };
    case EM_S390:
      return { name: 's390x', ...gnu(['s390x-linux-gnu', 's390x-linux'], ['elf64-s390']) };
    case EM_MIPS: {
      const bits = elf.is64 ? '64' : '32';
      const triple = `mips${elf.is64 ? '64' : ''}${le ? 'el' : ''}-linux-gnu${elf.is64 ? 'abi64' : ''}`;
      return { name: `MIPS${bits}${le ? ' LE' : ''}`, ...gnu([triple], [`elf${bits}-trad${le ? 'little' : 'big'}mips`]) };
    }
    case EM_LOONGARCH:
      return { name: 'LoongArch64', ...gnu(['loongarch64-linux-gnu', 'loongarch64-linux'], ['elf64-loongarch']) };
    default:
      return undefined;
  }
}

/** "AArch64 (e_machine 183)" for messages about a binary. */
export function describeMachine(elf: ElfFile): string {
  const m = machineOf(elf);
  return m ? m.name : `e_machine ${elf.machine}`;
}
