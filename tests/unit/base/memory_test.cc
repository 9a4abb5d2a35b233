#include "base/memory.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <cstdlib>
#include <cstring>

#if defined(__linux__) && defined(__GLIBC__)
#include <unistd.h>
#endif

namespace annalist::base {
namespace {

#if defined(__linux__) && defined(__GLIBC__)
TEST(Memory, HeapGrowsOnLargePagesAndServesLargeBlocks) {
  constexpr std::size_t kMb = std::size_t{1} << 20;
  // 16 MB grown at once: at least the 12 MB of whole 2 MB pages inside it are advised.
  std::size_t advised = reserve_heap_on_huge_pages(16 * kMb);
  EXPECT_GE(advised, 12 * kMb);
  EXPECT_LE(advised, 16 * kMb);
  EXPECT_EQ(advised % (2 * kMb), 0u);
  // A block of a few MB then comes from that heap (below the program break), not from a mapping
  // of its own whose pages would be fresh at every allocation; it is usable memory.
  auto* p = static_cast<char*>(std::malloc(3 * kMb));
  ASSERT_NE(p, nullptr);
  EXPECT_LT(reinterpret_cast<std::uintptr_t>(p), reinterpret_cast<std::uintptr_t>(sbrk(0)));
  std::memset(p, 7, 3 * kMb);
  EXPECT_EQ(p[3 * kMb - 1], 7);
  std::free(p);
}
#endif

}  // namespace
}  // namespace annalist::base
