// Phase one of tagging: value templates rendered, relative values parsed, tense cues read.
#include "timex/value_builder.h"

#include <cctype>
#include <cstdlib>

#include "calendar/timex_value.h"

namespace annalist::timex {
namespace {

using calendar::Direction;
using calendar::RelUnit;
using calendar::SubKind;

bool parse_int(std::string_view s, int& out) {
  if (s.empty()) return false;
  bool neg = false;
  std::size_t i = 0;
  while (i < s.size() && (s[i] == '-' || s[i] == '+')) {
    if (s[i] == '-') neg = !neg;
    ++i;
  }
  if (i == s.size()) return false;
  long v = 0;
  for (; i < s.size(); ++i) {
    if (!std::isdigit(static_cast<unsigned char>(s[i]))) return false;
    v = v * 10 + (s[i] - '0');
    if (v > 100000) return false;
  }
  out = static_cast<int>(neg ? -v : v);
  return true;
}

bool all_digits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s)
    if (!std::isdigit(static_cast<unsigned char>(c))) return false;
  return true;
}

// A literal value that looks like a calendar date must name a real one ("2023-02-30" does not).
bool valid_literal(std::string_view v) {
  if (v.size() >= 10 && all_digits(v.substr(0, 4)) && v[4] == '-' && all_digits(v.substr(5, 2)) && v[7] == '-' &&
      all_digits(v.substr(8, 2)))
    return calendar::parse_iso_day(v.substr(0, 10)).has_value();
  if (v.size() == 7 && all_digits(v.substr(0, 4)) && v[4] == '-' && all_digits(v.substr(5, 2))) {
    int m = (v[5] - '0') * 10 + (v[6] - '0');
    return m >= 1 && m <= 12;
  }
  return !v.empty();
}

}  // namespace

std::optional<RelSpec> parse_rel(std::string_view args, std::string* error) {
  RelSpec spec;
  auto& v = spec.value;
  bool unit_set = false;
  auto fail = [&](const std::string& why) -> std::optional<RelSpec> {
    if (error) *error = why;
    return std::nullopt;
  };
  std::size_t i = 0;
  while (i < args.size()) {
    while (i < args.size() && args[i] == ' ') ++i;
    if (i >= args.size()) break;
    std::size_t e = args.find(' ', i);
    if (e == std::string_view::npos) e = args.size();
    std::string_view kv = args.substr(i, e - i);
    i = e;
    auto eq = kv.find('=');
    if (eq == std::string_view::npos) return fail("expected key=value, got '" + std::string(kv) + "'");
    std::string_view k = kv.substr(0, eq), val = kv.substr(eq + 1);
    int n = 0;
    if (k == "unit") {
      auto u = calendar::parse_rel_unit(val);
      if (!u) return fail("unknown unit '" + std::string(val) + "'");
      v.unit = *u;
      unit_set = true;
    } else if (k == "shift") {
      if (val.find('X') != std::string_view::npos) v.shift_known = false;
      else if (!parse_int(val, v.shift)) return fail("bad shift '" + std::string(val) + "'");
    } else if (k == "month") {
      if (!parse_int(val, n) || n < 1 || n > 12) return fail("bad month '" + std::string(val) + "'");
      v.sub_kind = SubKind::kMonth, v.sub = n;
    } else if (k == "mday") {
      if (!parse_int(val, n) || n < 1 || n > 31) return fail("bad mday '" + std::string(val) + "'");
      v.mday = n;
    } else if (k == "wday") {
      if (!parse_int(val, n) || n < 0 || n > 7) return fail("bad wday '" + std::string(val) + "'");
      v.wday = n;
    } else if (k == "nth") {
      if (!parse_int(val, n) || n < -1 || n > 5 || n == 0) return fail("bad nth '" + std::string(val) + "'");
      v.nth = n;
    } else if (k == "days") {
      if (!parse_int(val, n) || n < -31 || n > 31) return fail("bad days '" + std::string(val) + "'");
      v.days = n;
    } else if (k == "gran") {
      if (val == "narrative") {
        spec.gran_narrative = true;
      } else {
        auto u = calendar::parse_rel_unit(val);
        if (!u) return fail("bad gran '" + std::string(val) + "'");
        v.out = calendar::granularity_of(*u);
      }
    } else if (k == "quarter") {
      if (!parse_int(val, n) || n < 1 || n > 4) return fail("bad quarter '" + std::string(val) + "'");
      v.sub_kind = SubKind::kQuarter, v.sub = n;
    } else if (k == "half") {
      if (!parse_int(val, n) || n < 1 || n > 2) return fail("bad half '" + std::string(val) + "'");
      v.sub_kind = SubKind::kHalf, v.sub = n;
    } else if (k == "season") {
      static const char* const codes[] = {"SP", "SU", "FA", "WI"};
      int s = -1;
      for (int j = 0; j < 4; ++j)
        if (val == codes[j]) s = j;
      if (s < 0) return fail("bad season '" + std::string(val) + "'");
      v.sub_kind = SubKind::kSeason, v.sub = s;
    } else if (k == "weekday") {
      if (!parse_int(val, n) || n < 1 || n > 7) return fail("bad weekday '" + std::string(val) + "'");
      v.sub_kind = SubKind::kWeekday, v.sub = n;
    } else if (k == "dir") {
      if (val == "past") v.dir = Direction::kPast;
      else if (val == "future") v.dir = Direction::kFuture;
      else if (val == "before") v.dir = Direction::kBefore;
      else if (val == "after") v.dir = Direction::kAfter;
      else if (val == "tense") spec.tense = true, v.dir = Direction::kPast;
      else if (val == "tense-near") spec.tense = true, spec.tense_default = v.dir = Direction::kNearest;
      else if (val == "cue-near")
        spec.tense = spec.adjacent = true, spec.tense_default = v.dir = Direction::kNearest;
      else if (val == "near") v.dir = Direction::kNearest;
      else if (val == "none") v.dir = Direction::kNone;
      else return fail("bad dir '" + std::string(val) + "'");
    } else if (k == "time") {
      v.set_time(val);
    } else if (k == "anchor") {
      if (val == "narrative") spec.narrative = true;
      else if (val == "context") spec.context = true;
      else if (val != "dct") return fail("bad anchor '" + std::string(val) + "'");
    } else {
      return fail("unknown key '" + std::string(k) + "'");
    }
  }
  if (!unit_set) {
    switch (v.sub_kind) {
      case SubKind::kWeekday: v.unit = RelUnit::kWeek; break;
      case SubKind::kNone: return fail("missing unit=");
      default: v.unit = RelUnit::kYear; break;
    }
  }
  return spec;
}

bool ValueBuilder::render(const Template& t, const RuleMatch& m, std::string& out) const {
  out.clear();
  for (const auto& p : t.parts) {
    if (p.capture < 0) { out += p.text; continue; }
    const CaptureSpan& c = m.captures[p.capture];
    std::string s;
    if (c.begin < 0) {
      s = p.fallback;
    } else if (c.value) {
      s = *c.value;
    } else {
      for (int k = c.begin; k < c.end; ++k) s += tb_.key(tb_.tokens[k]);
    }
    if (c.begin >= 0 && p.lexicon >= 0) {
      const auto& map = rs_.lexicons[p.lexicon].by_surface;
      auto it = map.find(s);
      if (it == map.end()) return false;
      s = it->second;
    }
    if (p.drop > 0) {
      if (static_cast<int>(s.size()) <= p.drop) return false;
      s.resize(s.size() - p.drop);
    }
    while (static_cast<int>(s.size()) < p.pad) s.insert(s.begin(), '0');
    out += s;
  }
  return true;
}

Direction ValueBuilder::tense_before(int begin, Direction otherwise, int window) const {
  int lo = std::max(0, begin - window);
  for (int k = begin - 1; k >= lo; --k) {
    if (tb_.tokens[k + 1].newlines_before >= 2) break;
    if (matcher_.lexicon_at(rs_.boundary, k)) break;
    if (matcher_.lexicon_at(rs_.future_cue, k)) {
      // A past cue that begins before the future one and takes it in governs it ("had been
      // scheduled to", "had been due to": a plan of the past, now over).
      if (rs_.past_cue >= 0)
        for (int j = k - 1; j >= lo && j >= k - 3; --j)
          if (matcher_.lexicon_match(rs_.past_cue, j) > k - j) return Direction::kPast;
      return Direction::kFuture;
    }
    if (matcher_.lexicon_at(rs_.past_cue, k)) {
      // A future cue right before the past one governs it ("will be named", "to be published"):
      // the past form is then a participle, not the tense of the sentence.
      if (rs_.future_cue >= 0)
        for (int j = k - 1; j >= lo && j >= k - 3; --j)
          if (matcher_.lexicon_match(rs_.future_cue, j) == k - j) return Direction::kFuture;
      return Direction::kPast;
    }
  }
  return otherwise;
}

bool ValueBuilder::opens_sentence(int begin) const {
  for (int k = begin - 1, seen = 0; ; --k, ++seen) {
    if (k < 0 || tb_.tokens[k + 1].newlines_before > 0) return true;
    if (matcher_.lexicon_at(rs_.boundary, k)) return true;
    if (seen == 2) return false;
  }
}

bool ValueBuilder::build(const RuleMatch& m, Draft& d) {
  const Rule& rule = rs_.rules[m.rule];
  Timex& tx = d.timex;
  tx.type = rule.type;
  d.sets_narrative = rule.sets_narrative;
  if (!render(rule.mod, m, tx.mod)) tx.mod.clear();
  if (!render(rule.value, m, scratch_)) return false;
  std::string_view v = scratch_;
  if (v.size() >= 3 && v.substr(0, 3) == "rel" && (v.size() == 3 || v[3] == ' ')) {
    auto spec = parse_rel(v.substr(3));
    if (!spec) return false;
    d.relative = true;
    d.rel = *spec;
    // The tense is read here, where the words are; the anchoring step decides what it means.
    d.cue = tense_before(m.begin, Direction::kNone, rs_.tense_window);
    // dir=cue-near reads only the word right before ("the year ended Sept. 30").
    Direction cue = spec->adjacent ? tense_before(m.begin, Direction::kNone, 1) : d.cue;
    if (spec->tense) d.rel.value.dir = cue == Direction::kNone ? spec->tense_default : cue;
  } else {
    if (!valid_literal(v)) return false;
    d.relative = false;
    tx.value = std::string(v);
    tx.anchor = "absolute";
    d.cue = tense_before(m.begin, Direction::kNone, rs_.tense_window);
  }
  tx.tense = d.cue == Direction::kPast ? "past" : d.cue == Direction::kFuture ? "future" : "";
  return true;
}

}  // namespace annalist::timex
