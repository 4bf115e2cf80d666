// The SARIF rules and the words code scanning shows with them: the
// short description beside each alert, the full description at the top of
// an alert, and the help (what the leak is, how to fix it or accept it).
// GitHub requires shortDescription, fullDescription and help.text on every
// rule; help.markdown is shown instead of help.text when present.

export type SarifLevel = 'error' | 'warning' | 'note';

export interface SarifRule {
  id: string;
  /** PascalCase, as SARIF names rules. */
  name: string;
  level: SarifLevel;
  short: string;
  full: string;
  helpText: string;
  helpMarkdown: string;
}

const ABOUT =
  'kmemleak (CONFIG_DEBUG_KMEMLEAK) reports kernel objects that were allocated and are no longer referenced from anywhere: ' +
  'memory the kernel can never free. kleak-gate names the frames of the allocation backtrace (from a kallsyms snapshot ' +
  'when the module was already removed), resolves them to source lines with the debug info of the build that ran, and ' +
  'identifies the leak by its allocation site (the fingerprint, kl1:…) so that it is the same alert on every boot.';

const ACCEPT_TEXT =
  'If the leak is expected, or not this change’s to fix, accept it into the baseline: run `kleak-gate baseline update ' +
  'REPORT... --baseline baselines/<target>.json --accept-new` on the same capture and commit the baseline with the change, ' +
  'so reviewers see the decision. A false positive (for example an RCU-deferred free) is waived instead, with a reason, ' +
  'in .kleak-gate.yml (waivers:).';

const ACCEPT_MD = [
  'If the leak is expected, or not this change’s to fix, accept it into the baseline on the same capture and commit the',
  'baseline with the change, so reviewers see the decision:',
  '',
  '```sh',
  'npx kleak-gate baseline update REPORT... --baseline baselines/<target>.json --accept-new',
  '```',
  '',
  'A false positive (for example an RCU-deferred free) is waived instead, with a reason, in `.kleak-gate.yml` (`waivers:`).',
].join('\n');

const NAME_IT =
  'Give the /proc/kallsyms copy taken as root before rmmod (kallsyms input), or better a capture directory written ' +
  'by kleak-gate-capture.sh on the board (capture input): its snapshots are stamped with the time of each load, so ' +
  'frames of a module loaded more than once are named from the right one.';

const READ_IT =
  'Capture the report again in full: read /sys/kernel/debug/kmemleak into a file on the board (a capture directory ' +
  'records how many objects it held), rather than copying it from a serial console where other output interleaves.';

const FIX =
  'Follow the backtrace from the allocation outwards: the first frame in this repository is where the object was ' +
  'allocated. Find the path on which it is not freed (an error path, a remove/rmmod path, a reference that is dropped).';

export const SARIF_RULES: readonly SarifRule[] = [
  {
    id: 'kmemleak/new',
    name: 'NewKmemleakLeak',
    level: 'error',
    short: 'A memory leak that the baseline does not contain.',
    full:
      'kmemleak found an unreferenced object allocated at this site on the board, and the committed kleak-gate baseline ' +
      'does not accept a leak from this allocation site: the change under test leaks memory, or exposes a leak.',
    helpText: `${ABOUT}\n\nA new leak fails the check.\n\nHow to fix: ${FIX}\n\nHow to accept: ${ACCEPT_TEXT}`,
    helpMarkdown: [
      '# New kmemleak leak',
      '',
      ABOUT,
      '',
      'A **new** leak fails the check.',
      '',
      '## How to fix',
      '',
      FIX,
      '',
      '## How to accept',
      '',
      ACCEPT_MD,
    ].join('\n'),
  },
  {
    id: 'kmemleak/grown',
    name: 'GrownKmemleakLeak',
    level: 'error',
    short: 'A known memory leak that now leaks more objects than the baseline accepts.',
    full:
      'The baseline accepts a leak from this allocation site, but this run leaked more objects there than the baseline ' +
      'allows (more than the grown factor of .kleak-gate.yml times the accepted count): the leak got worse.',
    helpText: `${ABOUT}\n\nA grown leak fails the check.\n\nHow to fix: ${FIX}\n\nHow to accept the new count: ${ACCEPT_TEXT}`,
    helpMarkdown: [
      '# Grown kmemleak leak',
      '',
      ABOUT,
      '',
      'A **grown** leak fails the check: the site was known, the number of leaked objects went up.',
      '',
      '## How to fix',
      '',
      FIX,
      '',
      '## How to accept the new count',
      '',
      ACCEPT_MD,
    ].join('\n'),
  },
  {
    id: 'kmemleak/known',
    name: 'KnownKmemleakLeak',
    level: 'note',
    short: 'A memory leak accepted in the baseline.',
    full:
      'kmemleak found unreferenced objects allocated at this site, and the committed baseline accepts this leak: it does ' +
      'not fail the check, and it is listed so the debt stays visible.',
    helpText: `${ABOUT}\n\nA known leak does not fail the check. When it is fixed, the next run reports it fixed and the baseline entry can be removed (kleak-gate baseline update, or the baseline pull request).\n\nHow to fix: ${FIX}`,
    helpMarkdown: [
      '# Known kmemleak leak',
      '',
      ABOUT,
      '',
      'A **known** leak does not fail the check. When it is fixed, the next run reports it *fixed* and the baseline entry can',
      'be removed (`kleak-gate baseline update`, or the baseline pull request).',
      '',
      '## How to fix',
      '',
      FIX,
    ].join('\n'),
  },
  {
    id: 'kmemleak/unidentified',
    name: 'UnidentifiedKmemleakLeak',
    level: 'error',
    short: 'A memory leak whose allocation site could not be named: it may be new.',
    full:
      'kmemleak found an unreferenced object, but frames that identify where it was allocated are bare addresses that ' +
      'kleak-gate could not name (a removed module with no kallsyms snapshot of it, or snapshots that disagree). Its ' +
      'fingerprint is not its allocation site, so it is never matched with the baseline: it fails the check, and while it ' +
      'is there no baseline entry is reported fixed or removed.',
    helpText: `${ABOUT}\n\nAn unidentified leak fails the check and cannot be accepted into the baseline.\n\nHow to fix: name its frames. ${NAME_IT}`,
    helpMarkdown: [
      '# Unidentified kmemleak leak',
      '',
      ABOUT,
      '',
      'An **unidentified** leak fails the check and cannot be accepted into the baseline.',
      '',
      '## How to fix',
      '',
      NAME_IT,
    ].join('\n'),
  },
  {
    id: 'kmemleak/unreadable',
    name: 'UnreadableKmemleakRecord',
    level: 'error',
    short: 'A kmemleak record that could not be read in full (cut, garbled, interrupted).',
    full:
      'A record of the kmemleak report could not be read in full: cut at the end of the file, cut mid-line, a line of ' +
      'unknown form or a console line inside its backtrace. It has no fingerprint: it is never matched with the baseline, ' +
      'it fails the check, and while it is there no baseline entry is reported fixed or removed.',
    helpText: `An unreadable record fails the check (it is only judged at all with allow-unreadable). How to fix: ${READ_IT}`,
    helpMarkdown: ['# Unreadable kmemleak record', '', 'An **unreadable** record fails the check.', '', '## How to fix', '', READ_IT].join(
      '\n',
    ),
  },
];
