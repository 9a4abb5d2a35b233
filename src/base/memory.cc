// Heap on transparent huge pages (see memory.h).
#include "base/memory.h"

#include <cstdint>
#include <cstdlib>

#if defined(__linux__) && defined(__GLIBC__)
#include <malloc.h>
#include <sys/mman.h>
#include <unistd.h>
#endif

namespace annalist::base {

#if defined(__linux__) && defined(__GLIBC__) && defined(MADV_HUGEPAGE)
namespace {
void* volatile filler = nullptr;  // kept (and reachable): see below
}  // namespace

std::size_t reserve_heap_on_huge_pages(std::size_t bytes) {
  constexpr std::uintptr_t kHuge = std::uintptr_t{2} << 20, kHeader = 2 * sizeof(std::size_t);
  // Large blocks from the heap rather than an mmap each (fresh pages at every allocation), and no
  // trimming: the heap grows once, here, by `bytes`.
  if (!mallopt(M_MMAP_THRESHOLD, 32 << 20) || !mallopt(M_TRIM_THRESHOLD, 1 << 30)) return 0;
  // A block of `bytes` from the top of the heap: the heap grows by about that much. malloc writes
  // only the block's header and the header after it; a large page is only given to a range of
  // 2 MB none of whose pages were touched, so the range advised lies strictly between the two.
  void* volatile p = std::malloc(bytes);
  auto at = reinterpret_cast<std::uintptr_t>(p);
  auto heap_end = reinterpret_cast<std::uintptr_t>(sbrk(0));
  std::free(p);
  std::uintptr_t begin = (at + kHuge - 1) & ~(kHuge - 1), end = (at + bytes) & ~(kHuge - 1);
  if (!at || at + bytes > heap_end || end <= begin) return 0;  // not from the top of the heap
  if (madvise(reinterpret_cast<void*>(begin), end - begin, MADV_HUGEPAGE) != 0) return 0;
  // The free top below the first large page would be handed out first, on small pages: one block
  // that fills it is taken and never touched, so the next blocks start on the large page.
  if (begin - at > 2 * kHeader) filler = std::malloc(begin - at);
  return end - begin;
}
#else
std::size_t reserve_heap_on_huge_pages(std::size_t) { return 0; }
#endif

}  // namespace annalist::base
