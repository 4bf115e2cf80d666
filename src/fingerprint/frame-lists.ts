import { memoize } from './memo.js';

// The frames a fingerprint leaves out. Globs on the WHOLE normalized name
// (`*` = any run of characters): never substrings, so that `sget_userns` is
// not taken for a "get_user" helper as syzkaller's substring list does.
//
// ALLOCATOR: the allocation machinery above the code that asked for memory.
// Leading allocator frames are dropped; they change between kernel versions
// (kmalloc_trace in 6.1, __kmalloc_cache_noprof in 6.13) while the caller
// does not.
export const ALLOCATOR_GLOBS = [
  // kmemleak itself (pre-4.x traces start in it)
  'create_object',
  '__create_object',
  'kmemleak_alloc*',
  'kmemleak_vmalloc',
  'kmemleak_percpu_alloc',
  // slab
  'kmalloc*',
  'kzalloc*',
  'kcalloc*',
  'krealloc*',
  'kvmalloc*',
  'kvzalloc*',
  'kvcalloc*',
  'kvrealloc*',
  '__kmalloc*',
  '__kvmalloc*',
  '__do_kmalloc*',
  '___kmalloc*',
  'kmem_cache_alloc*',
  'kmem_cache_zalloc',
  '__kmem_cache_alloc*',
  'slab_alloc*',
  '__slab_alloc*',
  '___slab_alloc*',
  'slab_post_alloc_hook',
  'kmalloc_trace*',
  'kmalloc_order*',
  'kmalloc_large*',
  'kmemdup*',
  'kstrdup*',
  'kstrndup',
  'kmemdup_nul',
  'kasprintf',
  'kvasprintf*',
  'devm_kmalloc',
  'devm_kzalloc',
  'devm_kcalloc',
  // vmalloc
  'vmalloc*',
  'vzalloc*',
  '__vmalloc*',
  'vmalloc_node*',
  'vzalloc_node',
  '__vmalloc_node*',
  '__vmalloc_area_node',
  // pages, percpu, mempools, skbs
  'alloc_pages*',
  '__alloc_pages*',
  'alloc_page*',
  '__get_free_pages',
  'get_zeroed_page',
  'pcpu_alloc*',
  '__alloc_percpu*',
  'alloc_percpu*',
  'pcpu_mem_zalloc',
  'mempool_alloc*',
  '__alloc_skb',
  'alloc_skb*',
  '__netdev_alloc_skb',
  'dev_alloc_skb',
  'kmalloc_reserve',
  'krealloc_array',
  // v6.10+ allocation profiling wrappers
  '*_noprof',
];

// TAIL: generic frames at the bottom of every trace of their kind.
export const TAIL_GLOBS = [
  'kthread',
  'ret_from_fork',
  'ret_from_fork_asm',
  'kernel_thread_helper',
  'kernel_init',
  'kernel_init_freeable',
  'worker_thread',
  'process_one_work',
  'process_scheduled_works',
  'do_syscall_64',
  'do_syscall_x64',
  'do_syscall_32_irqs_on',
  'do_fast_syscall_32',
  'do_int80_syscall_32',
  '__do_fast_syscall_32',
  'entry_SYSCALL_64*',
  'entry_SYSENTER_32',
  'entry_INT80_32',
  'entry_SYSCALL_compat*',
  'system_call_fastpath',
  'system_call',
  'tracesys',
  'sysenter_do_call',
  'syscall_call',
  'el0_svc*',
  'el0t_64_sync*',
  'el0_sync*',
  'invoke_syscall',
  'do_el0_svc',
  'ret_fast_syscall',
  'vector_swi',
  'start_thread',
];

function globToRegExp(glob: string): RegExp {
  const body = glob.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*');
  return new RegExp(`^${body}$`);
}

const ALLOCATOR = ALLOCATOR_GLOBS.map(globToRegExp);
const TAIL = TAIL_GLOBS.map(globToRegExp);

export const isAllocatorFrame: (normalizedName: string) => boolean = memoize((n) => ALLOCATOR.some((r) => r.test(n)));

export const isTailFrame: (normalizedName: string) => boolean = memoize((n) => TAIL.some((r) => r.test(n)));
