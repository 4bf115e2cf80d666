// /sys/module/<m>/notes/.note.gnu.build-id as the board script saves it: the
// raw ELF note in hex (namesz, descsz, type as 32-bit little-endian words,
// then "GNU\0", then the id). The id is what ties a frame to the very .ko
// that ran, for the "never a wrong line" check of source resolution.

const NT_GNU_BUILD_ID = 3;

/** The build id as lower-case hex, or an explanation of why there is none. */
export function buildIdFromNoteHex(hexText: string): { buildId: string } | { problem: string } {
  const hex = hexText.replace(/\s+/g, '').toLowerCase();
  if (!/^([0-9a-f]{2})*$/.test(hex)) return { problem: 'not a hex dump' };
  const bytes = Buffer.from(hex, 'hex');
  if (bytes.length < 12) return { problem: `note too short (${bytes.length} bytes)` };
  const namesz = bytes.readUInt32LE(0);
  const descsz = bytes.readUInt32LE(4);
  const type = bytes.readUInt32LE(8);
  const descAt = 12 + Math.ceil(namesz / 4) * 4;
  const name = bytes.subarray(12, 12 + namesz).toString('latin1');
  if (type !== NT_GNU_BUILD_ID || name !== 'GNU\0') {
    return { problem: `not a GNU build-id note (type ${type}, name ${JSON.stringify(name)})` };
  }
  if (descsz === 0 || descAt + descsz > bytes.length) {
    return { problem: `build id of ${descsz} bytes does not fit in a ${bytes.length}-byte note` };
  }
  return { buildId: bytes.subarray(descAt, descAt + descsz).toString('hex') };
}
