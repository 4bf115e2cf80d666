// Sections of a .ko that the kernel sizes (and aligns) itself while loading
// it, in module_frob_arch_sections(): the file holds a 1-byte placeholder,
// the loaded module a table of call veneers whose size depends on the
// relocations. arm64 6.1's demo_wlan: `.plt` is 1 byte at file offset 0x948
// of the layout; loaded, it is 0x108 bytes aligned to 64, at +0x980. A layout
// check that took the file's sizes would refuse the very .ko that ran.
//
// arch/arm64/kernel/module-plts.c: .plt, .init.plt  -> SHF_EXECINSTR|SHF_ALLOC, align L1_CACHE_BYTES (64);
//                                   .text.ftrace_trampoline -> align __alignof__(struct plt_entry) (4)
// arch/arm/kernel/module-plts.c:   .plt, .init.plt  -> align L1_CACHE_BYTES (32 or 64: CONFIG_ARM_L1_CACHE_SHIFT)
// arch/riscv/kernel/module-sections.c: .plt -> align L1_CACHE_BYTES (64) (.got, .got.plt are data)
// arch/powerpc/kernel/module_64.c: .stubs (align 8, from asm/module.h); module_32.c: .plt, .init.plt (align 8)

const EM_PPC = 20;
const EM_PPC64 = 21;
const EM_ARM = 40;
const EM_AARCH64 = 183;
const EM_RISCV = 243;

/** Alignments the kernel may give the section (one of them, per kernel configuration). */
export type LoadTimeSections = ReadonlyMap<string, readonly number[]>;

const NONE: LoadTimeSections = new Map();
const TABLE: Record<number, LoadTimeSections> = {
  [EM_AARCH64]: new Map([
    ['.plt', [64]],
    ['.init.plt', [64]],
    ['.text.ftrace_trampoline', [4]],
  ]),
  [EM_ARM]: new Map([
    ['.plt', [32, 64]],
    ['.init.plt', [32, 64]],
  ]),
  [EM_RISCV]: new Map([['.plt', [64]]]),
  [EM_PPC64]: new Map([['.stubs', [8]]]),
  [EM_PPC]: new Map([
    ['.plt', [8]],
    ['.init.plt', [8]],
  ]),
};

/** The code sections a module of this machine gets resized at load time. */
export function loadTimeSections(machine: number): LoadTimeSections {
  return TABLE[machine] ?? NONE;
}
