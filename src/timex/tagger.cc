// Tagger facade: tokenize, match rules left to right, build values, resolve them (DCT or narrative).
#include "timex/tagger.h"

#include <cstdlib>

#include "base/utf8.h"
#include "calendar/resolve.h"
#include "calendar/timex_value.h"
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

std::vector<Timex> Tagger::tag(std::string_view text, std::optional<Day> dct) const {
  const RuleSet& rs = *rules_;
  thread_local TokenBuffer tb;
  tokenize(text, tb);
  for (auto& t : tb.tokens) t.id = rs.vocab.find(tb.key(t));

  std::vector<Timex> out;
  thread_local std::vector<RuleMatch> cands;
  Matcher matcher(rs, tb, text);
  ValueBuilder builder(rs, tb, text, matcher);
  std::size_t cp = 0, cp_byte = 0;  // code points counted incrementally: timexes come in order
  const int n = static_cast<int>(tb.tokens.size());
  for (int i = 0; i < n;) {
    const Token& t = tb.tokens[i];
    const Token* next = i + 1 < n ? &tb.tokens[i + 1] : nullptr;
    bool candidate = (t.id >= 0 && !rs.rules_by_id[t.id].empty() && rs.second_token_by_id[t.id].allows(t, next)) ||
                     (t.kind == TokenKind::kNumber && !rs.rules_on_number.empty()) ||
                     (t.kind == TokenKind::kWord && !rs.rules_on_word.empty()) || !rs.rules_on_any.empty();
    if (!candidate) { ++i; continue; }
    matcher.all_at(i, cands);
    bool done = false;
    for (const RuleMatch& m : cands) {
      const Rule& rule = rs.rules[m.rule];
      if (rule.type == "SKIP") { i = m.end; done = true; break; }
      Timex tx;
      if (!builder.build(m, dct, tx)) continue;
      std::size_t b = tb.tokens[m.begin].begin, e = tb.tokens[m.end - 1].end;
      tx.byte_begin = b;
      tx.byte_end = e;
      tx.text = std::string(text.substr(b, e - b));
      cp += base::count_code_points(text.substr(cp_byte, b - cp_byte));
      cp_byte = b;
      tx.begin = cp;
      tx.end = cp + base::count_code_points(tx.text);
      tx.rule = rule.name;
      builder.note(tx, rule);
      out.push_back(std::move(tx));
      i = m.end;
      done = true;
      break;
    }
    if (!done) ++i;
  }
  return out;
}

}  // namespace annalist::timex
