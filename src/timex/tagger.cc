// Tagger facade: tokenize, recognise left to right (phase one), then anchor and resolve (phase two).
#include "timex/tagger.h"

#include <cstdint>
#include <cstdlib>
#include <cstring>

#include "base/utf8.h"
#include "timex/anchoring.h"
#include "timex/matcher.h"
#include "timex/rule_set.h"
#include "timex/value_builder.h"

namespace annalist::timex {

Tagger::Tagger(std::unique_ptr<RuleSet> rules) : rules_(std::move(rules)) {}
Tagger::Tagger(Tagger&&) noexcept = default;
Tagger& Tagger::operator=(Tagger&&) noexcept = default;
Tagger::~Tagger() = default;

Tagger Tagger::load(const std::string& lang_dir) {
  return Tagger(std::make_unique<RuleSet>(RuleSet::load(lang_dir)));
}

const RuleSet& Tagger::rules() const { return *rules_; }

namespace {

// Code points of UTF-8 text, eight bytes at a time: every byte but a continuation byte
// (10xxxxxx) starts one.
std::size_t code_points(std::string_view s) {
  std::size_t n = 0, i = 0;
  constexpr std::uint64_t kHigh = 0x8080808080808080ULL;
  for (; i + 8 <= s.size(); i += 8) {
    std::uint64_t w;
    std::memcpy(&w, s.data() + i, 8);
    std::uint64_t cont = (w & ~(w << 1) & kHigh) >> 7;  // 1 in each continuation byte
    n += 8 - static_cast<std::size_t>((cont * 0x0101010101010101ULL) >> 56);
  }
  for (; i < s.size(); ++i) n += (static_cast<unsigned char>(s[i]) & 0xC0) != 0x80;
  return n;
}

Explanation::Step step_of(const RuleSet& rs, const TokenBuffer& tb, std::string_view text, const RuleMatch& m,
                          const char* outcome, const std::string& rendered) {
  const Rule& rule = rs.rules[m.rule];
  Explanation::Step s;
  s.rule = rule.name;
  s.where = rule.file + ":" + std::to_string(rule.line);
  s.byte_begin = tb.tokens[m.begin].begin;
  s.byte_end = tb.tokens[m.end - 1].end;
  s.outcome = outcome;
  s.rendered = rendered;
  for (std::size_t c = 0; c < rule.capture_names.size() && c < kMaxCaptures; ++c) {
    const CaptureSpan& span = m.captures[c];
    if (span.begin < 0 || span.end <= span.begin) continue;
    std::size_t b = tb.tokens[span.begin].begin, e = tb.tokens[span.end - 1].end;
    s.captures.push_back({rule.capture_names[c], std::string(text.substr(b, e - b)), span.value ? *span.value : ""});
  }
  return s;
}

}  // namespace

std::vector<Timex> Tagger::tag(std::string_view text, const Dct& dct, std::vector<Explanation>* explain) const {
  const RuleSet& rs = *rules_;
  thread_local TokenBuffer tb;
  tokenize(text, tb, &rs.vocab, rs.start_flags.data());

  const std::size_t first_explanation = explain ? explain->size() : 0;
  thread_local std::vector<Draft> drafts;
  drafts.clear();
  thread_local std::vector<RuleMatch> cands;
  Matcher matcher(rs, tb, text);
  ValueBuilder builder(rs, tb, text, matcher);
  // Code points are counted from the previous timex rather than through a base::CodePointIndex
  // of the whole text (two offset tables, 16 bytes per byte of text): timexes come in order.
  std::size_t cp = 0, cp_byte = 0;
  const int n = static_cast<int>(tb.tokens.size());
  const bool word_rules = !rs.rules_on_word.empty(), any_rules = !rs.rules_on_any.empty();
  const Token* tokens = tb.tokens.data();
  // Without rules that start on any word, only the tokens the tokenizer listed can start a match.
  const bool every_token = word_rules || any_rules;
  std::size_t si = 0;
  // Lines are counted as the scan goes: a paragraph of news is a line of text.
  int line = 0;
  std::size_t line_start = 0;
  for (int i = 0; i < n;) {
    if (!every_token) {
      while (si < tb.starts.size() && tb.starts[si] < i) ++si;
      if (si == tb.starts.size()) break;
      i = tb.starts[si];
    }
    const Token& t = tokens[i];
    const Token* next = i + 1 < n ? &tokens[i + 1] : nullptr;
    bool candidate = (t.id >= 0 && rs.may_start(t, next)) ||
                     (t.kind == TokenKind::kNumber && fits_any(rs.number_starts, t)) ||
                     (t.kind == TokenKind::kWord && word_rules) || any_rules;
    if (!candidate) { ++i; continue; }
    matcher.all_at(i, cands);
    bool done = false;
    Explanation ex;
    for (const RuleMatch& m : cands) {
      const Rule& rule = rs.rules[m.rule];
      if (std::string_view(rule.type) == "SKIP") {
        if (explain) {
          ex.steps.push_back(step_of(rs, tb, text, m, "skip", ""));
          explain->push_back(std::move(ex));
        }
        i = m.end;
        done = true;
        break;
      }
      // Built in its place: moving a draft moves seven short strings, each a copy of its bytes.
      Draft& d = drafts.emplace_back();
      if (!builder.build(m, d)) {
        drafts.pop_back();
        if (explain) ex.steps.push_back(step_of(rs, tb, text, m, "no valid value", builder.rendered()));
        continue;
      }
      for (; line_start < tb.line_starts.size() && tb.line_starts[line_start] <= m.begin; ++line_start) ++line;
      d.paragraph = line;
      d.opens_sentence = builder.opens_sentence(m.begin);
      Timex& tx = d.timex;
      std::size_t b = tb.tokens[m.begin].begin, e = tb.tokens[m.end - 1].end;
      tx.byte_begin = b;
      tx.byte_end = e;
      tx.text.assign(text.data() + b, e - b);
      if (tb.ascii) {
        tx.begin = b;
        tx.end = e;
      } else {
        cp += code_points(text.substr(cp_byte, b - cp_byte));
        cp_byte = b;
        tx.begin = cp;
        tx.end = cp + code_points(tx.text);
      }
      tx.rule = rule.name;
      if (explain) {
        ex.steps.push_back(step_of(rs, tb, text, m, "used", builder.rendered()));
        ex.timex = static_cast<int>(drafts.size() - 1);
        explain->push_back(std::move(ex));
      }
      i = m.end;
      done = true;
      break;
    }
    if (!done) {
      // Matches whose values were all invalid ("Feb. 30") are part of the story too.
      if (explain && !ex.steps.empty()) explain->push_back(std::move(ex));
      ++i;
    }
  }
  // Lines after the last timex are counted too: a text of one line has no lede.
  for (; line_start < tb.line_starts.size() && line < 2; ++line_start) ++line;
  const int lines = line + 1;
  if (!explain) return anchor_drafts(drafts, dct, lines, rs.anchoring);
  std::vector<int> kept;
  std::vector<Timex> out = anchor_drafts(drafts, dct, lines, rs.anchoring, &kept);
  for (std::size_t k = first_explanation; k < explain->size(); ++k) {
    Explanation& e = (*explain)[k];
    if (e.timex < 0) continue;
    e.timex = kept[e.timex];
    if (e.timex < 0) e.steps.back().outcome = "no valid value";
  }
  return out;
}

}  // namespace annalist::timex
