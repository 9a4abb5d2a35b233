// Loader of data/timex/<lang>/: lexicons, macro patterns and rule blocks, with exact error positions.
#include "timex/rule_set.h"

#include <algorithm>
#include <atomic>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

#include "base/hash.h"
#include "base/strings.h"

namespace annalist::timex {
namespace fs = std::filesystem;

RuleError::RuleError(const std::string& file, std::size_t line, std::size_t col, const std::string& reason,
                     std::string_view source_line)
    : InputError(file, line, reason), col_(col) {
  message_ = file + ":" + std::to_string(line) + ":" + std::to_string(col) + ": " + reason;
  if (!source_line.empty()) {
    message_ += "\n" + std::string(source_line) + "\n";
    message_ += std::string(col > 0 ? col - 1 : 0, ' ') + "^";
  }
}

std::uint64_t Vocabulary::hash(std::string_view s) { return base::word_hash(s); }

void Vocabulary::place(std::uint64_t h, std::int32_t id) {
  std::size_t mask = slots_.size() - 1;
  std::size_t i = h & mask;
  while (slots_[i].id >= 0) i = (i + 1) & mask;
  slots_[i] = {static_cast<std::uint32_t>(h >> 32), id};
}

// Buckets of four slots with at most one key in four slots on average: a seed that lets every
// key into its bucket is found within a few tries (about one in three succeeds at this load);
// when 64 seeds fail, the table doubles. Deterministic: the same vocabulary gives the same table.
void Vocabulary::seal() {
  std::size_t buckets = 16;
  while (buckets * kWays < 4 * strings_.size()) buckets *= 2;
  for (;; buckets *= 2) {
    fp_mask_ = buckets - 1;
    for (std::uint64_t seed = 0; seed < 64; ++seed) {
      fp_seed_ = seed * 0xD6E8FEB86659FD93ULL;
      if (fill_buckets()) return;
    }
  }
}

bool Vocabulary::fill_buckets() {
  fp_keys_.assign(fp_mask_ + 1, Fingerprints{});
  fp_ids_.assign((fp_mask_ + 1) * kWays, -1);
  for (std::size_t id = 0; id < strings_.size(); ++id) {
    const std::string& key = strings_[id];
    if (key.empty()) continue;
    std::string padded = key + std::string(8, '\0');
    std::uint64_t head, tail;
    std::memcpy(&head, padded.data(), 8);
    std::memcpy(&tail, padded.data() + (key.size() > 8 ? key.size() : 8) - 8, 8);
    std::uint64_t f = key.size() <= 8 ? head : long_fingerprint(head, tail, key.size());
    if (f == 0) continue;  // the key "\0" (no rule has one)
    std::size_t b = fp_bucket(f) * kWays, s = 0;
    std::uint64_t* keys = fp_keys_[b / kWays].keys;
    while (s < kWays && keys[s] != 0 && keys[s] != f) ++s;
    if (s == kWays) return false;
    if (keys[s] == f) continue;  // two long keys with one fingerprint: the first wins, the other is never found
    keys[s] = f;
    fp_ids_[b + s] = static_cast<std::int32_t>(id);
  }
  return true;
}

void Vocabulary::rehash(std::size_t n) {
  slots_.assign(n, Slot{});
  for (std::size_t id = 0; id < strings_.size(); ++id) place(hash(strings_[id]), static_cast<std::int32_t>(id));
}

int Vocabulary::intern(std::string_view key) {
  if (int id = sketch_.empty() || key.empty() ? -1 : find(key); id >= 0) return id;
  strings_.emplace_back(key);
  max_len_ = std::max(max_len_, key.size());
  if (sketch_.empty()) sketch_.assign(1024, 0);
  if (!key.empty()) sketch_[sketch(key) >> 6] |= std::uint64_t(1) << (sketch(key) & 63);
  // Keep the table at most half full; rebuild it only when it grows.
  std::size_t n = slots_.size() < 64 ? 64 : slots_.size();
  while (n < 2 * strings_.size()) n *= 2;
  if (n != slots_.size()) rehash(n);
  else place(hash(key), static_cast<std::int32_t>(strings_.size() - 1));
  return static_cast<int>(strings_.size() - 1);
}

int Vocabulary::find_slow(std::string_view key) const {
  if (slots_.empty()) return -1;
  std::size_t mask = slots_.size() - 1;
  std::uint64_t h = hash(key);
  auto tag = static_cast<std::uint32_t>(h >> 32);
  for (std::size_t i = h & mask;; i = (i + 1) & mask) {
    const Slot& s = slots_[i];
    if (s.id < 0) return -1;
    if (s.tag == tag && strings_[s.id] == key) return s.id;
  }
}

namespace {

struct Macro {
  std::string text;
  std::string file;
  std::size_t line, col;
  std::string source;
};

// The lines of a file (without their '\n' or "\r\n"), read in one piece: a string per line was
// a tenth of the work of loading the rules. Not movable: the lines point into `text`.
struct FileLines {
  std::string text;
  std::vector<std::string_view> lines;
  explicit FileLines(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    if (!in) throw InputError(p.string(), 0, "cannot read file");
    std::ostringstream all;
    all << in.rdbuf();
    text = std::move(all).str();
    std::string_view rest = text;
    while (!rest.empty()) {
      std::size_t nl = rest.find('\n');
      std::string_view l = rest.substr(0, nl);
      if (!l.empty() && l.back() == '\r') l.remove_suffix(1);
      lines.push_back(l);
      rest.remove_prefix(nl == std::string_view::npos ? rest.size() : nl + 1);
    }
  }
  FileLines(const FileLines&) = delete;
  FileLines& operator=(const FileLines&) = delete;
};

std::vector<fs::path> files_with(const fs::path& dir, const std::string& ext) {
  std::vector<fs::path> out;
  if (!fs::is_directory(dir)) return out;
  for (auto& e : fs::directory_iterator(dir))
    if (e.is_regular_file() && e.path().extension() == ext) out.push_back(e.path());
  std::sort(out.begin(), out.end());
  return out;
}

bool is_name_char(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '.' || c == '-';
}

std::string suggest(const std::string& name, const std::vector<std::string>& known) {
  std::string best;
  std::size_t bd = 3;
  for (auto& k : known) {
    std::size_t d = base::edit_distance(name, k);
    if (d < bd) { bd = d; best = k; }
  }
  return best;
}

TemplatePart literal_part(const std::string& text) {
  TemplatePart p;
  p.text = text;
  return p;
}

class Loader {
 public:
  explicit Loader(RuleSet& rs) : rs_(rs) {}

  void load_lexicon(const fs::path& p, bool needs_value) {
    std::string name = p.stem().string();
    std::string file = p.string();
    if (rs_.lexicon_index.count(name)) throw RuleError(file, 1, 1, "duplicate lexicon '" + name + "'");
    Lexicon lex;
    lex.name = name;
    FileLines file_lines(p);
    const auto& lines = file_lines.lines;
    for (std::size_t ln = 0; ln < lines.size(); ++ln) {
      std::string_view l = lines[ln];
      std::string_view t = base::trim(l);
      if (t.empty() || t[0] == '#') continue;
      std::string_view surface = l, value;
      if (auto tab = l.find('\t'); tab != std::string_view::npos) {
        surface = l.substr(0, tab);
        value = base::trim(l.substr(tab + 1));
      } else if (needs_value) {
        throw RuleError(file, ln + 1, l.size() + 1, "expected 'surface<TAB>value'", l);
      }
      surface = base::trim(surface);
      if (surface.size() >= 2 && surface[0] == '*') {
        std::string suffix = base::to_lower_ascii(surface.substr(1));
        lex.values.push_back(value.empty() ? std::string(surface) : std::string(value));
        lex.suffixes.emplace_back(suffix, static_cast<int>(lex.values.size() - 1));
        continue;
      }
      bool exact = surface.size() >= 2 && surface.front() == '"' && surface.back() == '"';
      if (exact) surface = surface.substr(1, surface.size() - 2);
      TokenBuffer& tb = tb_;
      tokenize(surface, tb);
      if (tb.tokens.empty()) throw RuleError(file, ln + 1, 1, "empty entry", l);
      int node = 0;
      std::string joined;
      for (auto& tok : tb.tokens) {
        int id = rs_.vocab.intern(tb.key(tok));
        joined += tb.key(tok);
        int ex = -1;
        if (exact) {
          lex.exact.emplace_back(surface.substr(tok.begin, tok.end - tok.begin));
          ex = static_cast<int>(lex.exact.size() - 1);
        }
        int child = -1;
        for (auto& e : lex.nodes[node].edges)
          if (e.id == id && (e.exact < 0 ? ex < 0 : ex >= 0 && lex.exact[e.exact] == lex.exact[ex])) child = e.child;
        if (child < 0) {
          lex.nodes.push_back({});
          child = static_cast<int>(lex.nodes.size() - 1);
          lex.nodes[node].edges.push_back({id, ex, child});
        }
        node = child;
      }
      std::string v = value.empty() ? joined : std::string(value);
      if (lex.nodes[node].value >= 0 && lex.values[lex.nodes[node].value] != v)
        throw RuleError(file, ln + 1, 1, "entry '" + std::string(surface) + "' already has value '" +
                                             lex.values[lex.nodes[node].value] + "'", l);
      lex.values.push_back(v);
      lex.nodes[node].value = static_cast<int>(lex.values.size() - 1);
      lex.by_surface.emplace(joined, v);
    }
    rs_.lexicon_index[name] = static_cast<int>(rs_.lexicons.size());
    rs_.lexicons.push_back(std::move(lex));
  }

  void load_rules(const fs::path& p) {
    file_ = p.string();
    FileLines file_lines(p);
    const auto& lines = file_lines.lines;
    Rule* cur = nullptr;
    for (std::size_t ln = 0; ln < lines.size(); ++ln) {
      line_ = ln + 1;
      src_ = lines[ln];
      std::string_view l = src_;
      std::size_t indent = 0;
      while (indent < l.size() && (l[indent] == ' ' || l[indent] == '\t')) ++indent;
      std::string_view body = base::trim(l);
      if (body.empty() || body[0] == '#') continue;
      std::size_t sp = body.find_first_of(" \t");
      const std::string_view key = body.substr(0, sp);
      std::size_t arg_col = indent + 1;
      std::string_view arg;
      if (sp != std::string_view::npos) {
        std::size_t a = sp;
        while (a < body.size() && (body[a] == ' ' || body[a] == '\t')) ++a;
        arg = body.substr(a);
        arg_col = indent + a + 1;
      }
      if (key == "rule") {
        finish(cur);
        std::string name(arg);
        if (name.empty() || !std::all_of(name.begin(), name.end(), is_name_char))
          fail(arg_col, "bad rule name '" + name + "'");
        if (auto it = rule_names_.find(name); it != rule_names_.end())
          fail(arg_col, "duplicate rule name '" + name + "' (first defined at " + it->second + ")");
        rule_names_[name] = file_ + ":" + std::to_string(line_);
        rs_.rules.push_back({});
        cur = &rs_.rules.back();
        cur->name = name;
        cur->file = file_;
        cur->line = line_;
        continue;
      }
      if (key == "define") {
        std::size_t eq = arg.find('=');
        if (eq == std::string_view::npos) fail(arg_col, "expected 'define NAME = PATTERN'");
        std::string name(base::trim(arg.substr(0, eq)));
        if (name.empty() || !std::all_of(name.begin(), name.end(), is_name_char))
          fail(arg_col, "bad pattern name '" + name + "'");
        if (macros_.count(name)) fail(arg_col, "duplicate pattern '$" + name + "'");
        std::size_t off = eq + 1;
        while (off < arg.size() && arg[off] == ' ') ++off;
        macros_[name] = {std::string(arg.substr(off)), file_, line_, arg_col + off, std::string(src_)};
        continue;
      }
      if (key == "tense") {
        auto parts = base::split(std::string(arg), ' ');
        if (parts.size() != 2) fail(arg_col, "expected 'tense future|past|boundary @lexicon' or 'tense window N'");
        if (parts[0] == "window") {
          rs_.tense_window = std::atoi(parts[1].c_str());
          continue;
        }
        if (parts[1].empty() || parts[1][0] != '@') fail(arg_col, "expected a lexicon reference '@name'");
        int lex = lexicon_ref(parts[1].substr(1), arg_col + parts[0].size() + 1);
        if (parts[0] == "future") rs_.future_cue = lex;
        else if (parts[0] == "past") rs_.past_cue = lex;
        else if (parts[0] == "boundary") rs_.boundary = lex;
        else fail(arg_col, "unknown tense cue '" + parts[0] + "'");
        continue;
      }
      if (key == "anchoring") {
        parse_anchoring(arg, arg_col);
        continue;
      }
      if (!cur) fail(indent + 1, "'" + std::string(key) + "' outside a rule block");
      if (key == "match") {
        if (!cur->pattern.empty()) fail(indent + 1, "second 'match' in rule '" + cur->name + "'");
        col_base_ = arg_col;
        text_ = arg;
        pos_ = 0;
        caps_ = &cur->capture_names;
        cur->pattern = parse_seq(0);
        if (pos_ < text_.size()) fail(col_base_ + pos_, std::string("unexpected '") + text_[pos_] + "'");
        if (cur->pattern.empty()) fail(arg_col, "empty pattern");
      } else if (key == "type") {
        std::string t(arg);
        if (t != "DATE" && t != "TIME" && t != "DURATION" && t != "SET" && t != "SKIP")
          fail(arg_col, "unknown type '" + t + "' (DATE, TIME, DURATION, SET or SKIP)");
        cur->type = t;
      } else if (key == "value") {
        cur->value = parse_template(arg, arg_col, *cur);
      } else if (key == "mod") {
        cur->mod = parse_template(arg, arg_col, *cur);
      } else if (key == "narrative") {
        if (arg == "skip") cur->sets_narrative = false;
        else if (arg != "keep") fail(arg_col, "expected 'narrative keep' or 'narrative skip'");
      } else if (key == "priority") {
        cur->priority = std::atoi(std::string(arg).c_str());
      } else if (key == "example" || key == "reject") {
        RuleExample ex;
        ex.file = file_;
        ex.line = line_;
        if (arg.size() < 2 || arg[0] != '"') fail(arg_col, "expected a quoted string");
        std::size_t close = arg.find('"', 1);
        if (close == std::string_view::npos) fail(arg_col, "unterminated string");
        ex.text = std::string(arg.substr(1, close - 1));
        std::string_view rest = base::trim(arg.substr(close + 1));
        if (key == "example") {
          if (!base::starts_with(rest, "=>")) fail(arg_col + close + 2, "expected '=> VALUE'");
          rest = base::trim(rest.substr(2));
          auto at = rest.find('@');
          ex.value = std::string(base::trim(rest.substr(0, at)));
          if (at != std::string_view::npos) ex.dct = std::string(base::trim(rest.substr(at + 1)));
          if (ex.value.empty()) fail(arg_col + close + 2, "missing value after '=>'");
          cur->examples.push_back(ex);
        } else {
          if (!rest.empty()) fail(arg_col + close + 2, "unexpected text after reject string");
          cur->rejects.push_back(ex);
        }
      } else {
        fail(indent + 1, "unknown field '" + std::string(key) + "'");
      }
    }
    finish(cur);
  }

 private:
  // "anchoring distance 365": one parameter of the anchoring policy (docs/rules.md).
  void parse_anchoring(std::string_view arg, std::size_t col) {
    auto parts = base::split(std::string(arg), ' ');
    if (parts.size() != 2) fail(col, "expected 'anchoring PARAMETER VALUE'");
    char* end = nullptr;
    double v = std::strtod(parts[1].c_str(), &end);
    if (parts[1].empty() || *end || v < 0) fail(col + parts[0].size() + 1, "expected a number, got '" + parts[1] + "'");
    AnchorPolicy& p = rs_.anchoring;
    if (parts[0] == "distance") p.distance_days = static_cast<int>(v);
    else if (parts[0] == "history-min") p.history_min = static_cast<int>(v);
    else if (parts[0] == "history-share") p.history_share = v;
    else if (parts[0] == "lede") p.lede_lines = static_cast<int>(v);
    else if (parts[0] == "aside") p.aside_days = static_cast<int>(v);
    else fail(col, "unknown anchoring parameter '" + parts[0] + "' (distance, history-min, history-share, lede, aside)");
  }

  [[noreturn]] void fail(std::size_t col, const std::string& reason) {
    throw RuleError(file_, line_, col, reason, src_);
  }

  void finish(Rule* r) {
    if (!r) return;
    auto fail_rule = [&](const std::string& why) { throw RuleError(r->file, r->line, 1, why); };
    if (r->pattern.empty()) fail_rule("rule '" + r->name + "' has no 'match'");
    if (r->type.empty()) fail_rule("rule '" + r->name + "' has no 'type'");
    if (r->type != "SKIP" && r->value.empty()) fail_rule("rule '" + r->name + "' has no 'value'");
    if (r->type != "SKIP" && r->examples.empty()) fail_rule("rule '" + r->name + "' has no 'example'");
  }

  int lexicon_ref(const std::string& name, std::size_t col) {
    auto it = rs_.lexicon_index.find(name);
    if (it != rs_.lexicon_index.end()) return it->second;
    std::vector<std::string> known;
    for (auto& l : rs_.lexicons) known.push_back(l.name);
    std::string s = suggest(name, known);
    fail(col, "unknown pattern '@" + name + "'" + (s.empty() ? "" : " (did you mean '@" + s + "'?)"));
  }

  static bool special(char c) {
    return c == '(' || c == ')' || c == '{' || c == '}' || c == '|' || c == '?' || c == '"' || c == ' ' || c == '\t';
  }

  void skip_ws() {
    while (pos_ < text_.size() && (text_[pos_] == ' ' || text_[pos_] == '\t')) ++pos_;
  }

  std::string read_name() {
    std::size_t s = pos_;
    while (pos_ < text_.size() && (std::isalnum(static_cast<unsigned char>(text_[pos_])) || text_[pos_] == '_')) ++pos_;
    return std::string(text_.substr(s, pos_ - s));
  }

  static PatternNode group_of(std::vector<PatternNode> nodes) {
    if (nodes.size() == 1) return std::move(nodes[0]);
    PatternNode g;
    g.kind = PatternNode::kGroup;
    g.alternatives.push_back(std::move(nodes));
    return g;
  }

  std::vector<PatternNode> parse_seq(int depth) {
    std::vector<PatternNode> seq;
    for (;;) {
      skip_ws();
      if (pos_ >= text_.size()) return seq;
      char c = text_[pos_];
      if (c == ')' || c == '|' || c == '}') return seq;
      if (c == '?') fail(col_base_ + pos_, "'?' without an element before it");
      auto nodes = parse_element(depth);
      std::size_t after = pos_;
      skip_ws();
      if (pos_ < text_.size() && text_[pos_] != '?') pos_ = after;
      if (pos_ < text_.size() && text_[pos_] == '?') {
        ++pos_;
        PatternNode g = group_of(std::move(nodes));
        g.optional = true;
        nodes.clear();
        nodes.push_back(std::move(g));
      }
      for (auto& n : nodes) seq.push_back(std::move(n));
    }
  }

  std::vector<PatternNode> parse_element(int depth) {
    std::size_t start = pos_;
    char c = text_[pos_];
    std::vector<PatternNode> out;
    if ((c == '!' || c == '&') && pos_ + 1 < text_.size() && text_[pos_ + 1] != ' ') {
      ++pos_;
      out = parse_element(depth);
      if (out.size() != 1 || out[0].kind == PatternNode::kGroup || out[0].optional || out[0].capture >= 0 ||
          out[0].zero_width())
        fail(col_base_ + start, std::string("'") + c + "' applies to one word, lexicon or token class");
      (c == '!' ? out[0].negated : out[0].peek) = true;
      return out;
    }
    if (c == '(') {
      ++pos_;
      PatternNode g;
      g.kind = PatternNode::kGroup;
      for (;;) {
        g.alternatives.push_back(parse_seq(depth + 1));
        if (g.alternatives.back().empty()) fail(col_base_ + pos_, "empty alternative");
        skip_ws();
        if (pos_ < text_.size() && text_[pos_] == '|') { ++pos_; continue; }
        if (pos_ < text_.size() && text_[pos_] == ')') { ++pos_; break; }
        fail(col_base_ + start, "unclosed '('");
      }
      out.push_back(std::move(g));
      return out;
    }
    if (c == '{') {
      ++pos_;
      std::string name = read_name();
      if (name.empty() || pos_ >= text_.size() || text_[pos_] != ':')
        fail(col_base_ + start, "expected '{name:element}'");
      ++pos_;
      skip_ws();
      if (pos_ >= text_.size()) fail(col_base_ + start, "unclosed '{'");
      auto inner = parse_element(depth);
      if (pos_ < text_.size() && text_[pos_] == '?') fail(col_base_ + pos_, "put '?' after the '}' of a capture");
      skip_ws();
      if (pos_ >= text_.size() || text_[pos_] != '}') fail(col_base_ + start, "unclosed '{'");
      ++pos_;
      PatternNode g = group_of(std::move(inner));
      auto it = std::find(caps_->begin(), caps_->end(), name);
      if (it == caps_->end() && caps_->size() >= 16) fail(col_base_ + start, "more than 16 captures in one rule");
      if (it == caps_->end()) {
        caps_->push_back(name);
        g.capture = static_cast<int>(caps_->size() - 1);
      } else {
        g.capture = static_cast<int>(it - caps_->begin());
      }
      out.push_back(std::move(g));
      return out;
    }
    if (c == '@') {
      ++pos_;
      std::string name = read_name();
      PatternNode n;
      n.kind = PatternNode::kLexicon;
      n.lexicon = lexicon_ref(name, col_base_ + start);
      out.push_back(std::move(n));
      return out;
    }
    if (c == '$') {
      ++pos_;
      std::string name = read_name();
      auto it = macros_.find(name);
      if (it == macros_.end()) {
        std::vector<std::string> known;
        for (auto& m : macros_) known.push_back(m.first);
        std::string s = suggest(name, known);
        fail(col_base_ + start, "unknown pattern '$" + name + "'" + (s.empty() ? "" : " (did you mean '$" + s + "'?)"));
      }
      if (depth > 16) fail(col_base_ + start, "pattern '$" + name + "' refers to itself");
      // Parse the macro's text in place, so that its captures belong to the referencing rule.
      auto saved_text = text_;
      auto saved_pos = pos_;
      auto saved_col = col_base_;
      text_ = it->second.text;
      pos_ = 0;
      col_base_ = it->second.col;
      auto seq = parse_seq(depth + 1);
      if (pos_ < text_.size()) fail(col_base_ + pos_, std::string("unexpected '") + text_[pos_] + "'");
      text_ = saved_text;
      pos_ = saved_pos;
      col_base_ = saved_col;
      PatternNode g;
      g.kind = PatternNode::kGroup;
      g.alternatives.push_back(std::move(seq));
      out.push_back(std::move(g));
      return out;
    }
    if (c == '#') {
      ++pos_;
      std::string name = read_name();
      PatternNode n;
      n.kind = PatternNode::kClass;
      if (name == "int") n.cls.kind = TokenClass::kInt;
      else if (name == "word") n.cls.kind = TokenClass::kWord;
      else if (name == "cap") n.cls.kind = TokenClass::kCap;
      else if (name == "any") n.cls.kind = TokenClass::kAny;
      else if (name.size() >= 2 && name[0] == 'd' && std::all_of(name.begin() + 1, name.end(), ::isdigit)) {
        n.cls.kind = TokenClass::kInt;
        n.cls.min_digits = n.cls.max_digits = static_cast<std::uint8_t>(std::atoi(name.c_str() + 1));
      } else {
        fail(col_base_ + start, "unknown token class '#" + name + "' (#int, #dN, #word, #cap, #any)");
      }
      if (pos_ < text_.size() && text_[pos_] == '[') {
        std::size_t close = text_.find(']', pos_);
        if (close == std::string_view::npos) fail(col_base_ + pos_, "unclosed '['");
        std::string range(text_.substr(pos_ + 1, close - pos_ - 1));
        auto dash = range.find('-');
        if (dash == std::string::npos || n.cls.kind != TokenClass::kInt)
          fail(col_base_ + pos_, "expected a number range '[MIN-MAX]' after a number class");
        n.cls.min_value = static_cast<std::uint32_t>(std::stoul(range.substr(0, dash)));
        n.cls.max_value = static_cast<std::uint32_t>(std::stoul(range.substr(dash + 1)));
        pos_ = close + 1;
      }
      out.push_back(std::move(n));
      return out;
    }
    bool quoted = c == '"';
    std::string_view chunk;
    if (quoted) {
      std::size_t close = text_.find('"', pos_ + 1);
      if (close == std::string_view::npos) fail(col_base_ + pos_, "unterminated string");
      chunk = text_.substr(pos_ + 1, close - pos_ - 1);
      pos_ = close + 1;
    } else {
      std::size_t s = pos_;
      while (pos_ < text_.size() && !special(text_[pos_])) ++pos_;
      chunk = text_.substr(s, pos_ - s);
    }
    TokenBuffer& tb = tb_;
    tokenize(chunk, tb);
    if (tb.tokens.empty()) fail(col_base_ + start, "empty literal");
    for (auto& t : tb.tokens) {
      PatternNode n;
      n.kind = PatternNode::kLiteral;
      n.id = rs_.vocab.intern(tb.key(t));
      if (quoted) n.exact = std::string(chunk.substr(t.begin, t.end - t.begin));
      out.push_back(std::move(n));
    }
    return out;
  }

  Template parse_template(std::string_view s, std::size_t col, const Rule& r) {
    Template t;
    std::size_t i = 0;
    std::string lit;
    while (i < s.size()) {
      if (s[i] != '{') { lit += s[i++]; continue; }
      std::size_t close = s.find('}', i);
      if (close == std::string_view::npos) fail(col + i, "unclosed '{'");
      if (!lit.empty()) { t.parts.push_back(literal_part(lit)); lit.clear(); }
      std::string_view ref = s.substr(i + 1, close - i - 1);
      TemplatePart p;
      if (auto q = ref.find('?'); q != std::string_view::npos) {
        p.fallback = std::string(ref.substr(q + 1));
        ref = ref.substr(0, q);
      }
      if (auto bar = ref.find('|'); bar != std::string_view::npos) {
        p.lexicon = lexicon_ref(std::string(ref.substr(bar + 1)), col + i);
        ref = ref.substr(0, bar);
      }
      if (auto colon = ref.find(':'); colon != std::string_view::npos) {
        int n = std::atoi(std::string(ref.substr(colon + 1)).c_str());
        if (n >= 0) p.pad = n; else p.drop = -n;
        ref = ref.substr(0, colon);
      }
      auto it = std::find(r.capture_names.begin(), r.capture_names.end(), std::string(ref));
      if (it == r.capture_names.end())
        fail(col + i, "unknown capture '" + std::string(ref) + "' in rule '" + r.name + "'" +
                          (r.pattern.empty() ? " (put 'match' before 'value' and 'mod')" : ""));
      p.capture = static_cast<int>(it - r.capture_names.begin());
      t.parts.push_back(std::move(p));
      i = close + 1;
    }
    if (!lit.empty()) t.parts.push_back(literal_part(lit));
    return t;
  }

  RuleSet& rs_;
  std::string file_;
  std::size_t line_ = 0;
  std::string_view src_;  ///< the line being read, in the FileLines of load_rules
  std::string_view text_;
  TokenBuffer tb_;  ///< reused by every literal and lexicon entry
  std::size_t pos_ = 0, col_base_ = 1;
  std::vector<std::string>* caps_ = nullptr;
  std::map<std::string, Macro> macros_;
  std::map<std::string, std::string> rule_names_;
};

// A set of vocabulary ids as bits: the prefilter is worked out for every rule at load time, by
// merging such sets many times over, which a tree of nodes made a large share of start-up.
// Iterates in increasing order, as a std::set<int> would.
class IdBits {
 public:
  void insert(int id) {
    std::size_t k = static_cast<std::size_t>(id) >> 6;
    if (k >= w_.size()) w_.resize(k + 1, 0);
    w_[k] |= std::uint64_t(1) << (id & 63);
  }
  void insert_all(const IdBits& o) {
    if (o.w_.size() > w_.size()) w_.resize(o.w_.size(), 0);
    for (std::size_t k = 0; k < o.w_.size(); ++k) w_[k] |= o.w_[k];
  }
  bool empty() const {
    for (std::uint64_t x : w_)
      if (x) return false;
    return true;
  }
  std::size_t size() const {
    std::size_t n = 0;
    for (std::uint64_t x : w_) n += static_cast<std::size_t>(__builtin_popcountll(x));
    return n;
  }
  class iterator {
   public:
    iterator(const std::vector<std::uint64_t>* w, int id) : w_(w), id_(id) { seek(); }
    int operator*() const { return id_; }
    iterator& operator++() { ++id_; seek(); return *this; }
    bool operator!=(const iterator& o) const { return id_ != o.id_; }

   private:
    void seek() {  // to the first set bit at or after id_, or to the end
      int end = static_cast<int>(w_->size() * 64);
      while (id_ < end) {
        std::uint64_t x = (*w_)[static_cast<std::size_t>(id_) >> 6] >> (id_ & 63);
        if (x) { id_ += __builtin_ctzll(x); return; }
        id_ = (id_ | 63) + 1;
      }
      id_ = end;
    }
    const std::vector<std::uint64_t>* w_;
    int id_;
  };
  iterator begin() const { return iterator(&w_, 0); }
  iterator end() const { return iterator(&w_, static_cast<int>(w_.size() * 64)); }

 private:
  std::vector<std::uint64_t> w_;
};

struct FirstSet {
  IdBits ids;
  bool number = false, word = false, any = false;
  std::vector<TokenClass> ints;  ///< the #int classes behind `number`
};

void add_int(std::vector<TokenClass>& ints, const TokenClass& c) {
  for (const auto& x : ints)
    if (x.min_digits == c.min_digits && x.max_digits == c.max_digits && x.min_value == c.min_value &&
        x.max_value == c.max_value)
      return;
  ints.push_back(c);
}

bool first_of(const RuleSet& rs, const std::vector<PatternNode>& seq, std::size_t from, FirstSet& fs);

// Adds the first tokens of one node; returns whether the node can match nothing.
bool first_of_node(const RuleSet& rs, const PatternNode& n, FirstSet& fs) {
  if (n.zero_width()) return true;
  bool nullable = n.optional;
  switch (n.kind) {
    case PatternNode::kLiteral: fs.ids.insert(n.id); break;
    case PatternNode::kLexicon:
      for (auto& e : rs.lexicons[n.lexicon].nodes[0].edges) fs.ids.insert(e.id);
      if (!rs.lexicons[n.lexicon].suffixes.empty()) fs.word = true;
      break;
    case PatternNode::kClass:
      if (n.cls.kind == TokenClass::kInt) fs.number = true, add_int(fs.ints, n.cls);
      else if (n.cls.kind == TokenClass::kAny) fs.any = true;
      else fs.word = true;
      break;
    case PatternNode::kGroup:
      for (auto& alt : n.alternatives)
        if (first_of(rs, alt, 0, fs)) nullable = true;
      break;
  }
  return nullable;
}

bool first_of(const RuleSet& rs, const std::vector<PatternNode>& seq, std::size_t from, FirstSet& fs) {
  for (std::size_t i = from; i < seq.size(); ++i)
    if (!first_of_node(rs, seq[i], fs)) return false;
  return true;
}

// Abstract view of a pattern for the prefilter: its first tokens, the tokens that can come
// second, and the tokens that alone are a whole match.
struct Info {
  FirstSet first, second, single;
  bool nullable = false;
};

void merge(FirstSet& a, const FirstSet& b) {
  a.ids.insert_all(b.ids);
  a.number |= b.number;
  a.word |= b.word;
  a.any |= b.any;
  for (const auto& c : b.ints) add_int(a.ints, c);
}

bool empty(const FirstSet& f) { return f.ids.empty() && !f.number && !f.word && !f.any; }

Info seq_info(const RuleSet& rs, const std::vector<PatternNode>& seq);

Info node_info(const RuleSet& rs, const PatternNode& n) {
  Info r;
  if (n.zero_width()) {
    r.nullable = true;
    return r;
  }
  switch (n.kind) {
    case PatternNode::kLiteral:
    case PatternNode::kClass:
      first_of_node(rs, n, r.first);
      r.single = r.first;
      break;
    case PatternNode::kLexicon: {
      const Lexicon& lex = rs.lexicons[n.lexicon];
      first_of_node(rs, n, r.first);
      if (!lex.suffixes.empty()) r.single.word = true;
      for (const auto& e : lex.nodes[0].edges) {
        const auto& child = lex.nodes[e.child];
        if (child.value >= 0) r.single.ids.insert(e.id);
        for (const auto& e2 : child.edges) r.second.ids.insert(e2.id);
      }
      break;
    }
    case PatternNode::kGroup:
      for (const auto& alt : n.alternatives) {
        Info a = seq_info(rs, alt);
        merge(r.first, a.first);
        merge(r.second, a.second);
        merge(r.single, a.single);
        r.nullable |= a.nullable;
      }
      break;
  }
  r.nullable |= n.optional;
  return r;
}

Info seq_info(const RuleSet& rs, const std::vector<PatternNode>& seq) {
  Info r;
  bool prefix_nullable = true;
  for (std::size_t i = 0; i < seq.size() && prefix_nullable; ++i) {
    Info ni = node_info(rs, seq[i]);
    merge(r.first, ni.first);
    merge(r.second, ni.second);
    if (!empty(ni.single)) {
      FirstSet rest;
      bool rest_nullable = first_of(rs, seq, i + 1, rest);
      merge(r.second, rest);
      if (rest_nullable) merge(r.single, ni.single);
    }
    prefix_nullable = ni.nullable;
  }
  r.nullable = prefix_nullable;
  return r;
}

RuleSet::TokenSet token_set(const FirstSet& f, std::size_t vocab) {
  RuleSet::TokenSet t;
  t.number = f.number;
  t.ints = f.ints;
  t.word = f.word;
  t.any = f.any;
  t.ids.assign((vocab + 63) / 64, 0);
  for (int id : f.ids) t.ids[id >> 6] |= std::uint64_t(1) << (id & 63);
  return t;
}

// Marks the groups of plain literals (see PatternNode::literal_ids), at any depth.
void mark_literal_groups(std::vector<PatternNode>& seq) {
  for (auto& n : seq) {
    if (n.kind != PatternNode::kGroup) continue;
    bool plain = !n.zero_width();
    for (auto& alt : n.alternatives) {
      mark_literal_groups(alt);
      plain = plain && alt.size() == 1 && alt[0].kind == PatternNode::kLiteral && !alt[0].optional &&
              !alt[0].zero_width() && alt[0].capture < 0 && alt[0].exact.empty() && alt[0].id >= 0;
    }
    n.literal_ids.clear();
    if (!plain) continue;
    for (auto& alt : n.alternatives) n.literal_ids.push_back(alt[0].id);
    std::sort(n.literal_ids.begin(), n.literal_ids.end());
  }
}

// What can begin a pattern or a part of one, in the terms of PatternNode::Guard.
struct GuardSet {
  PatternNode::Guard g;    // ids and classes (g.on unused here)
  bool nullable = false;   // can match nothing
  bool any = false;        // can begin with any token
  void add(const GuardSet& o) {
    g.ids[0] |= o.g.ids[0];
    g.ids[1] |= o.g.ids[1];
    g.number |= o.g.number;
    g.word |= o.g.word;
    any |= o.any;
  }
  void add_id(int id) { g.ids[(id >> 6) & 1] |= std::uint64_t(1) << (id & 63); }
};

// Sets the guard of every node of `seq` (PatternNode::Guard), at any depth, from the last node
// back, and returns what can begin the whole sequence.
GuardSet set_guards(const RuleSet& rs, std::vector<PatternNode>& seq) {
  GuardSet rest;
  rest.nullable = true;
  for (std::size_t i = seq.size(); i-- > 0;) {
    PatternNode& n = seq[i];
    GuardSet here;  // what can begin this node
    here.nullable = n.optional || n.zero_width();
    if (!n.zero_width()) {
      switch (n.kind) {
        case PatternNode::kLiteral: here.add_id(n.id); break;
        case PatternNode::kLexicon:
          for (const auto& e : rs.lexicons[n.lexicon].nodes[0].edges) here.add_id(e.id);
          if (!rs.lexicons[n.lexicon].suffixes.empty()) here.g.word = true;
          break;
        case PatternNode::kClass:
          if (n.cls.kind == TokenClass::kInt) here.g.number = true;
          else if (n.cls.kind == TokenClass::kAny) here.any = true;
          else here.g.word = true;
          break;
        case PatternNode::kGroup: break;
      }
    }
    for (auto& alt : n.alternatives) {
      GuardSet a = set_guards(rs, alt);
      if (n.zero_width()) continue;  // its alternatives are guarded, the node consumes nothing
      here.add(a);
      here.nullable |= a.nullable;
    }
    if (here.nullable) here.add(rest);
    here.nullable = here.nullable && rest.nullable;
    rest = here;
    n.guard = PatternNode::Guard{};
    if (rest.nullable || rest.any) continue;
    n.guard = rest.g;
    n.guard.on = true;
  }
  return rest;
}

// Most tokens a match of `seq` can span (patterns have no repetition, so this is finite).
int lexicon_depth(const Lexicon& lex) {
  std::vector<int> depth(lex.nodes.size(), 0);
  int best = 0;
  for (std::size_t n = 0; n < lex.nodes.size(); ++n)  // children are always added after parents
    for (const auto& e : lex.nodes[n].edges) {
      depth[e.child] = depth[n] + 1;
      best = std::max(best, depth[e.child]);
    }
  return best;
}

int max_span(const RuleSet& rs, const std::vector<PatternNode>& seq) {
  int total = 0;
  for (const auto& n : seq) {
    if (n.zero_width()) continue;
    switch (n.kind) {
      case PatternNode::kLiteral:
      case PatternNode::kClass: total += 1; break;
      case PatternNode::kLexicon: {
        const Lexicon& lex = rs.lexicons[n.lexicon];
        total += std::max(lexicon_depth(lex), lex.suffixes.empty() ? 0 : 1);
        break;
      }
      case PatternNode::kGroup: {
        int m = 0;
        for (const auto& alt : n.alternatives) m = std::max(m, max_span(rs, alt));
        total += m;
        break;
      }
    }
  }
  return total;
}

// The two most selective elements every match of `seq` contains (see RuleSet::AnchorTest). The
// first element is left out when it is mandatory: the first-token index already requires it.
RuleSet::AnchorTest anchor_of(const RuleSet& rs, const std::vector<PatternNode>& seq, std::size_t vocab) {
  std::vector<std::pair<std::size_t, FirstSet>> found;  // (set size, set), in pattern order
  for (std::size_t i = 0; i < seq.size(); ++i) {
    const PatternNode& n = seq[i];
    if (n.optional || n.zero_width()) continue;
    if (i == 0) continue;
    FirstSet fs;
    if (first_of_node(rs, n, fs)) continue;  // can match nothing
    if (fs.number || fs.word || fs.any || fs.ids.empty()) continue;
    found.emplace_back(fs.ids.size(), std::move(fs));
  }
  // Smallest sets first; among equal ones the later element (further from the first token).
  std::stable_sort(found.begin(), found.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  RuleSet::AnchorTest best;
  auto bits = [&](const FirstSet& fs) {
    std::vector<std::uint64_t> b((vocab + 63) / 64, 0);
    for (int id : fs.ids) b[id >> 6] |= std::uint64_t(1) << (id & 63);
    return b;
  };
  if (!found.empty()) best.ids = bits(found[0].second);
  if (found.size() > 1) {
    best.ids2 = bits(found[1].second);
    if (best.ids2 == best.ids) best.ids2.clear();
  }
  if (!best.ids.empty()) best.span = max_span(rs, seq);
  return best;
}

}  // namespace

void RuleSet::index() {
  static std::atomic<std::uint64_t> indexed{0};
  serial = ++indexed;
  vocab.seal();
  for (auto& rule : rules) {
    mark_literal_groups(rule.pattern);
    set_guards(*this, rule.pattern);
  }
  for (auto& lex : lexicons) {
    for (auto& node : lex.nodes)
      std::stable_sort(node.edges.begin(), node.edges.end(),
                       [](const Lexicon::Edge& a, const Lexicon::Edge& b) { return a.id < b.id; });
    lex.starts.assign(vocab.size(), 0);
    lex.alone.assign(vocab.size(), 0);
    const auto& root = lex.nodes[0].edges;
    for (std::size_t k = 0; k < root.size(); ++k) {
      const auto id = static_cast<std::size_t>(root[k].id);
      // Edges of one id are sorted stably: the first is the one child() tries first.
      const bool first_of_id = k == 0 || root[k - 1].id != root[k].id;
      if (first_of_id && root[k].exact < 0 && lex.nodes[root[k].child].value >= 0) lex.alone[id] = 1;
      lex.starts[id] = 1;
    }
  }
  rules_by_id.assign(vocab.size(), {});
  rules_on_number.clear();
  rules_on_word.clear();
  rules_on_any.clear();
  first_ints.clear();
  number_starts.clear();
  second_token.clear();
  // Only the ids that start a rule get sets (sized when their first rule comes): a bitset over the
  // vocabulary for every id was most of the work of indexing. The others are never read.
  second_token_by_id.assign(vocab.size(), SecondToken{});
  for (std::size_t r = 0; r < rules.size(); ++r) {
    FirstSet fs;
    if (first_of(*this, rules[r].pattern, 0, fs))
      throw RuleError(rules[r].file, rules[r].line, 1, "pattern of rule '" + rules[r].name + "' can match nothing");
    int ri = static_cast<int>(r);
    Info info = seq_info(*this, rules[r].pattern);
    SecondToken st;
    st.single = token_set(info.single, vocab.size());
    st.second = token_set(info.second, vocab.size());
    second_token.push_back(std::move(st));
    for (int id : fs.ids) {
      rules_by_id[id].push_back(ri);
      if (rules_by_id[id].size() == 1) {
        second_token_by_id[id].single = token_set(FirstSet{}, vocab.size());
        second_token_by_id[id].second = token_set(FirstSet{}, vocab.size());
      }
      second_token_by_id[id].single.add(second_token.back().single);
      second_token_by_id[id].second.add(second_token.back().second);
    }
    first_ints.push_back(fs.ints);
    for (const auto& c : fs.ints) add_int(number_starts, c);
    if (fs.any) rules_on_any.push_back(ri);
    else {
      if (fs.number) rules_on_number.push_back(ri);
      if (fs.word) rules_on_word.push_back(ri);
    }
  }
  for (int b = 0; b < 8; ++b) {
    rules_on_digits[b].clear();
    const int lo = b == 7 ? 255 : b, hi = b == 7 ? 255 : b == 6 ? 254 : b;  // digits of the bucket
    for (int ri : rules_on_number)
      for (const auto& c : first_ints[static_cast<std::size_t>(ri)])
        if (c.min_digits <= hi && c.max_digits >= lo) {
          rules_on_digits[b].push_back(ri);
          break;
        }
  }
  anchors.clear();
  for (const auto& rule : rules) anchors.push_back(anchor_of(*this, rule.pattern, vocab.size()));
  anchor_bit.assign(rules.size(), -1);
  anchor_bit2.assign(rules.size(), -1);
  anchor_mask.assign(vocab.size(), AnchorMask{});
  max_anchor_span = 0;
  std::vector<const std::vector<std::uint64_t>*> sets;
  // Bit of an anchor set (shared by the rules that have the same set), -1 when all are taken.
  auto bit_of = [&](const std::vector<std::uint64_t>& ids) {
    for (std::size_t k = 0; k < sets.size(); ++k)
      if (*sets[k] == ids) return static_cast<int>(k);
    if (sets.size() == AnchorMask::kBits) return -1;
    int b = static_cast<int>(sets.size());
    sets.push_back(&ids);
    for (std::size_t id = 0; id < vocab.size(); ++id)
      if (ids[id >> 6] >> (id & 63) & 1) anchor_mask[id].set(b);
    return b;
  };
  for (std::size_t r = 0; r < rules.size(); ++r) {
    const AnchorTest& a = anchors[r];
    if (a.ids.empty()) continue;
    anchor_bit[r] = bit_of(a.ids);
    if (anchor_bit[r] < 0) continue;  // no bit left: this rule goes without the test
    if (!a.ids2.empty()) anchor_bit2[r] = bit_of(a.ids2);
    max_anchor_span = std::max(max_anchor_span, a.span);
  }
  starts.assign(vocab.size(), 0);
  for (std::size_t id = 0; id < rules_by_id.size(); ++id) starts[id] = !rules_by_id[id].empty();
  // Flat form of second_token_by_id for may_start(). Whether a token alone is a whole match
  // depends on its key only (its kind, digits and value follow from the key), so it is computed
  // here once per id from the key tokenized alone.
  bit_words = (vocab.size() + 63) / 64;
  rule_flags.assign(rules.size(), 0);
  rule_bits.assign(rules.size() * 2 * bit_words, 0);
  for (std::size_t r = 0; r < rules.size(); ++r) {
    const SecondToken& st = second_token[r];
    std::uint8_t f = 0;
    if (st.single.any) f |= kSingleAny;
    if (st.single.word) f |= kSingleWord;
    if (st.single.number) f |= kSingleNumber;
    if (st.second.any) f |= kNextAny;
    if (st.second.word) f |= kNextWord;
    if (st.second.number) f |= kNextNumber;
    rule_flags[r] = f;
    for (std::size_t w = 0; w < bit_words; ++w) {
      rule_bits[(r * 2) * bit_words + w] = st.single.ids[w];
      rule_bits[(r * 2 + 1) * bit_words + w] = st.second.ids[w];
    }
  }
  start_flags.assign(vocab.size(), 0);
  second_bits.assign(vocab.size() * bit_words, 0);
  TokenBuffer tb;
  for (std::size_t id = 0; id < vocab.size(); ++id) {
    if (!starts[id]) continue;
    const SecondToken& st = second_token_by_id[id];
    std::uint8_t f = kStarts;
    tokenize(vocab.key(static_cast<int>(id)), tb);
    if (tb.tokens.size() != 1) {
      f |= kSingleSelf;  // cannot happen (a key is one token); stay on the safe side
    } else {
      Token t = tb.tokens[0];
      t.id = static_cast<int>(id);
      // has() reads only kind, digits, number and id; `capitalized` plays no part.
      if (st.single.has(t)) f |= kSingleSelf;
    }
    if (st.second.any) f |= kSecondAny;
    if (st.second.word) f |= kSecondWord;
    if (st.second.number) f |= kSecondNumber;
    for (std::size_t w = 0; w < bit_words; ++w) second_bits[id * bit_words + w] = st.second.ids[w];
    start_flags[id] = f;
  }
}

RuleSet RuleSet::load(const std::string& dir_s) {
  fs::path dir(dir_s);
  if (!fs::is_directory(dir)) throw InputError(dir_s, 0, "not a directory of timex rules");
  RuleSet rs;
  Loader loader(rs);
  for (auto& p : files_with(dir / "patterns", ".txt")) loader.load_lexicon(p, false);
  for (auto& p : files_with(dir / "norm", ".tsv")) loader.load_lexicon(p, true);
  auto rule_files = files_with(dir / "rules", ".rules");
  if (rule_files.empty()) throw InputError((dir / "rules").string(), 0, "no *.rules files");
  for (auto& p : rule_files) loader.load_rules(p);
  rs.index();
  return rs;
}

}  // namespace annalist::timex
