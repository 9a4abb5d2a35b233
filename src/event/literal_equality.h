// A string compared with a literal, inline. The rule stages test strings against literals
// (`needs == "complement"`, a timex type `== "DATE"`) millions of times per megabyte of news;
// the standard library's operator (C++17) calls std::string::compare and strlen for each. These
// non-template overloads are preferred over it wherever they are visible (namespace
// annalist::event): a compare of two views, the literal's length known where it is written.
#pragma once
#include <string>
#include <string_view>

namespace annalist::event {

inline bool operator==(const std::string& a, const char* b) { return std::string_view(a) == std::string_view(b); }
inline bool operator==(const char* a, const std::string& b) { return std::string_view(b) == std::string_view(a); }
inline bool operator!=(const std::string& a, const char* b) { return !(a == b); }
inline bool operator!=(const char* a, const std::string& b) { return !(b == a); }

}  // namespace annalist::event
