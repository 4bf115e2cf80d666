// Help texts (kept together so the README and --help say the same).

const INPUTS = `Inputs (repeatable where it makes sense):
  REPORT...                 kmemleak report(s): debugfs file, dmesg, console log, mail quote; - = stdin.
                            Several reports are several runs of one target.
  --capture DIR             a capture directory written by \`kleak-gate capture\` (report + its snapshots)
  --kallsyms FILE           /proc/kallsyms copy taken before rmmod (as root), or System.map
  --debug-info PATH         vmlinux, *.ko(.xz|.zst|.gz), or a directory searched recursively
  --module-sections [M=]FILE  /sys/module/M/sections dump ("name 0xaddr" lines), to name init code
  --source-root DIR         DWARF build prefix to strip from source paths
  --symbolizer auto|addr2line|llvm-symbolizer
  --output FILE             write the output there instead of standard output
`;

export const MAIN_HELP = `kleak-gate — kmemleak reports to a verdict for driver pull requests

Usage:
  kleak-gate symbolize [REPORT...] [inputs] [--format text|json]
  kleak-gate check     [REPORT...] [inputs] [--baseline FILE] [--config FILE] [--format text|json|markdown|sarif]
  kleak-gate baseline update [REPORT...] --baseline FILE [--accept-new] [inputs] [--config FILE]
  kleak-gate baseline validate FILE...
  kleak-gate capture --print-script
  kleak-gate capture extract LOG --to DIR [--index N]
  kleak-gate hook install

${INPUTS}
Exit codes: 0 pass, 1 the gate failed (a new or grown leak), 2 usage or input error.
`;

export const SYMBOLIZE_HELP = `Usage: kleak-gate symbolize [REPORT...] [inputs] [--format text|json]

Names every frame (raw addresses of removed modules from the kallsyms snapshot),
resolves source lines when debug info is given, and groups leaks by fingerprint.

${INPUTS}`;

export const CHECK_HELP = `Usage: kleak-gate check [REPORT...] [inputs] [--baseline FILE] [--config FILE] [--format text|json|markdown|sarif]

Compares the leaks with the baseline. Exit 0 pass, 1 a new or grown leak, 2 bad input.

${INPUTS}  --baseline FILE           baselines/<target>.json (kleak-gate/baseline@1)
  --config FILE             .kleak-gate.yml (scope, waivers, grown.factor, runs.min-seen)
  --format text|json|markdown|sarif
`;

export const BASELINE_HELP = `Usage:
  kleak-gate baseline update [REPORT...] --baseline FILE [--accept-new] [inputs] [--config FILE]
      Writes the accepted state: fixed leaks leave, human notes stay, new leaks
      come in only with --accept-new. Prints the change in words.
  kleak-gate baseline validate FILE...
      Checks baseline files (schema, fingerprint version, entries); exit 2 on the first bad one.
`;

export const CAPTURE_HELP = `Usage:
  kleak-gate capture --print-script
      Prints the POSIX sh script to run on the board, as root:
      begin DIR | snapshot DIR MODULE... | end DIR | print DIR
  kleak-gate capture extract LOG --to DIR [--index N]
      Gets the capture directory back from a log in which the board printed it
      (\`print DIR\`: base64 between ===KLEAK-CAPTURE-BEGIN/END=== markers).
      LOG: serial console log, dmesg-style log, or LAVA job log (log.yaml); - = stdin.
      The last block unless --index N (1-based). Size and sha256 are checked, and
      only plain files and directories are unpacked. DIR must be new or empty.
      Then: kleak-gate check --capture DIR ...
`;
