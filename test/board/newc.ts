// A cpio "newc" archive writer: the initramfs format the kernel unpacks.
// Written here rather than shelling out to cpio so that the /dev/console node
// (which the kernel needs to give /init a console; devtmpfs is not mounted in
// an initramfs) can be added without root, and the archive is reproducible.

export type CpioEntry =
  | { kind: 'dir'; name: string }
  | { kind: 'file'; name: string; data: Buffer; executable?: boolean }
  | { kind: 'symlink'; name: string; target: string }
  | { kind: 'chardev'; name: string; major: number; minor: number; mode: number };

const S_IFDIR = 0o040000;
const S_IFREG = 0o100000;
const S_IFLNK = 0o120000;
const S_IFCHR = 0o020000;

function pad4(n: number): number {
  return (4 - (n % 4)) % 4;
}

function header(ino: number, mode: number, size: number, name: string, rdev: [number, number] = [0, 0]): Buffer {
  const fields = [ino, mode, 0, 0, 1, 0, size, 0, 0, rdev[0], rdev[1], Buffer.byteLength(name) + 1, 0];
  const text = '070701' + fields.map((f) => f.toString(16).padStart(8, '0')).join('');
  const head = Buffer.concat([Buffer.from(text, 'latin1'), Buffer.from(name + '\0', 'latin1')]);
  return Buffer.concat([head, Buffer.alloc(pad4(head.length))]);
}

export function newcArchive(entries: CpioEntry[]): Buffer {
  const parts: Buffer[] = [];
  entries.forEach((e, i) => {
    const ino = i + 1;
    let data: Buffer = Buffer.alloc(0);
    let mode: number;
    let rdev: [number, number] = [0, 0];
    switch (e.kind) {
      case 'dir':
        mode = S_IFDIR | 0o755;
        break;
      case 'file':
        mode = S_IFREG | (e.executable ? 0o755 : 0o644);
        data = e.data;
        break;
      case 'symlink':
        mode = S_IFLNK | 0o777;
        data = Buffer.from(e.target, 'latin1');
        break;
      case 'chardev':
        mode = S_IFCHR | e.mode;
        rdev = [e.major, e.minor];
        break;
    }
    parts.push(header(ino, mode, data.length, e.name, rdev), data, Buffer.alloc(pad4(data.length)));
  });
  parts.push(header(0, 0, 0, 'TRAILER!!!'));
  return Buffer.concat(parts);
}
