// Process memory: a heap of large pages for the commands that stream many documents.
#pragma once
#include <cstddef>

namespace annalist::base {

/// Grows the heap by `bytes` at once and asks the kernel to back the new part with transparent
/// huge pages (Linux with THP "always" or "madvise"; elsewhere it only grows the heap). A command
/// that then touches a few MB of fresh memory (rule tables, read and output buffers) takes a few
/// faults of 2 MB instead of hundreds of 4 KB, each of which costs 10 to 30 µs on a virtual
/// machine. Blocks below 32 MB come from that heap too (not from mmap of their own), and the heap
/// is not given back while the process runs. Returns the bytes advised (0 when none were).
std::size_t reserve_heap_on_huge_pages(std::size_t bytes);

}  // namespace annalist::base
