// Output of the kernel's scripts/faddr2line, as engineers paste it between
// the frames they looked up:
//   nicLoadNvramCfg+0x1a/0x90:
//   nicLoadNvramCfg at drivers/net/wireless/demo_wlan/nic/nic.c:38
//   do_trace_initcall_finish at init/main.c:1255
//   (inlined by) do_one_initcall at init/main.c:1272
// These lines annotate the frame above them; they are not frames, and the
// backtrace goes on after them.

const QUERY = /^\S+\+0x[0-9a-fA-F]+(?:\/0x[0-9a-fA-F]+)?:$/;
const PLACE = /^(?:\(inlined by\) )?[^\s()]+ at \S+:(?:\d+|\?)(?: \(discriminator \d+\))?$/;

/** True for a line that faddr2line printed (the text trimmed). */
export function isFaddr2lineLine(text: string): boolean {
  return QUERY.test(text) || PLACE.test(text);
}
