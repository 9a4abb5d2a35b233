// Loader of the event lexicons: one block per entry, keyed lines, examples kept for the tests.
#include "event/lexicon.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include "base/errors.h"
#include "base/strings.h"
#include "base/utf8.h"
#include "calendar/timex_value.h"
#include "event/tokens.h"

namespace annalist::event {
namespace {

namespace fs = std::filesystem;

const std::map<std::string, std::vector<std::string>>& keys_of() {
  static const std::map<std::string, std::vector<std::string>> k = {
      {"trigger", {"type", "pos", "priority", "needs", "match", "example"}},
      {"cue", {"kind", "scope", "window", "applies", "match", "example"}},
      {"person", {"alias", "surname", "country", "office", "cameo", "example"}},
      {"country", {"alias", "demonym", "metonym", "capital", "leader", "code", "cameo", "example"}},
      {"organisation", {"alias", "demonym", "metonym", "capital", "leader", "country", "code", "cameo", "example"}},
      {"place", {"alias", "country", "example"}},
      {"title", {"match", "generic", "person-word", "example"}},
      {"role", {"agent"}},
      {"offices", {}},  // keys are role ids: `president Mwai Kibaki | 2002-12-30..2013-04-09`
  };
  return k;
}

const std::set<std::string>& cue_kinds() {
  static const std::set<std::string> k = {"planned", "cancelled", "denied", "negation", "earlier", "same-day", "closing",
                                          "aggregate", "group", "attribution", "location",
                                          "anaphor", "past-gathering", "infinitive", "speech", "generic", "perfect", "end", "anniversary", "first-person", "second-person", "first-plural", "third-person", "realis", "not-name", "passive",
                                          // grammar words (data/events/en/grammar.txt)
                                          "definite", "indefinite", "determiner", "possessive", "title-of", "recent",
                                          "first-plural-possessive", "plural-suffix", "address", "label-word",
                                          "coordinator", "contrast", "comitative", "reciprocal", "genitive",
                                          "agentive", "light-verb", "medium", "preposition", "setting",
                                          "date-preposition", "part-of-day", "time-bound", "stretch", "complementizer", "verb-context", "host", "formal-state", "institution-noun", "state-office", "voice", "words-source", "series-later", "series-first", "series-copula", "clause-bound", "prospective", "retrospective", "sequel", "present-gathering", "offset-after", "offset-before", "next-occasion", "gerund-link", "future-clause", "invite", "audience", "conditional", "range-joiner", "third-person-possessive", "portfolio", "subordinator", "press-contact", "capital-noun", "welcome-guest", "members-word", "outcome", "series-occasion",
                                          // name shapes for the merge (data/events/en/names.txt)
                                          "family-name-first", "institution-word", "name-particle",
                                          "video-call-word", "phone-call-word"};
  return k;
}

std::string closest(const std::string& word, const std::vector<std::string>& options) {
  std::string best;
  std::size_t best_d = 3;
  for (auto& o : options) {
    std::size_t d = base::edit_distance(word, o);
    if (d < best_d) { best_d = d; best = o; }
  }
  return best.empty() ? "" : " (did you mean '" + best + "'?)";
}

std::vector<std::string> alternatives(const std::string& value) {
  std::vector<std::string> out;
  for (auto& part : base::split(value, '|')) {
    auto t = std::string(base::trim(part));
    if (!t.empty()) out.push_back(t);
  }
  return out;
}

// "FROM..TO" with either side possibly empty; `what` names the field in errors.
struct Period {
  std::optional<Day> from, to;
};
std::optional<std::string> parse_period(const std::string& text, Period& out) {
  std::size_t dots = text.find("..");
  if (dots == std::string::npos) return "period needs 'FROM..TO', got '" + text + "'";
  std::string from_s = std::string(base::trim(text.substr(0, dots)));
  std::string to_s = std::string(base::trim(text.substr(dots + 2)));
  if (!from_s.empty() && !(out.from = calendar::parse_iso_day(from_s))) return "bad start date '" + from_s + "'";
  if (!to_s.empty() && !(out.to = calendar::parse_iso_day(to_s))) return "bad end date '" + to_s + "'";
  if (out.from && out.to && *out.to < *out.from) return std::string("period ends before it starts");
  return std::nullopt;
}

std::string holder_key(const std::string& country, const std::string& role) { return country + '\x1f' + role; }

// Tokens of a name, as tokenize() would give them. Most names are ASCII letters and single
// spaces, whose tokens are their lower-cased words; anything else goes through the tokenizer.
Phrase name_tokens(const std::string& name) {
  bool plain = !name.empty() && name.front() != ' ' && name.back() != ' ';
  for (std::size_t i = 0; plain && i < name.size(); ++i) {
    char c = name[i];
    plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c == ' ' && name[i - 1] != ' ');
  }
  if (!plain) return phrase_tokens(name);
  Phrase out;
  std::size_t start = 0;
  for (std::size_t i = 0; i <= name.size(); ++i)
    if (i == name.size() || name[i] == ' ') {
      std::string w = name.substr(start, i - start);
      for (char& c : w)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
      out.push_back(std::move(w));
      start = i + 1;
    }
  return out;
}

// "Edgars Rinkēvičs" as English news also writes it: Latin letters without their diacritics
// (Latin-1, Latin Extended-A, the Romanian comma letters). Empty when nothing changes.
std::string ascii_spelling(const std::string& name) {
  static const char kLatin1[] = "AAAAAAACEEEEIIIIDNOOOOO\0OUUUUY\0\0aaaaaaaceeeeiiiidnooooo\0ouuuuy\0y";
  static const char kExtendedA[] =
      "AaAaAaCcCcCcCcDdDdEeEeEeEeEeGgGgGgGgHhHhIiIiIiIiIiIiJjKkkLlLlLlLlLlNnNnNnnNnOoOoOoOoRrRrRrSsSsSsSsTtTtTtUuUuUuUuUuUuWwYyYZzZzZzs";
  std::string out;
  bool changed = false;
  for (std::size_t i = 0; i < name.size();) {
    std::size_t start = i;
    char32_t c = base::decode_utf8(name, i);
    char a = 0;
    if (c >= 0xC0 && c <= 0xFF) a = kLatin1[c - 0xC0];
    else if (c >= 0x100 && c <= 0x17F) a = kExtendedA[c - 0x100];
    else if (c == 0x218 || c == 0x21A) a = c == 0x218 ? 'S' : 'T';
    else if (c == 0x219 || c == 0x21B) a = c == 0x219 ? 's' : 't';
    if (a) {
      out += a;
      changed = true;
    } else {
      out.append(name, start, i - start);
    }
  }
  return changed ? out : std::string();
}

// Every phrase of every rule into `index`; a match's value indexes `refs`.
template <class Rule>
void index_rules(const std::vector<Rule>& rules, Vocabulary& vocabulary, PhraseIndex& index, std::vector<RulePhrase>& refs) {
  index = PhraseIndex();
  refs.clear();
  for (std::size_t r = 0; r < rules.size(); ++r)
    for (std::size_t k = 0; k < rules[r].phrases.size(); ++k) {
      index.add(vocabulary, rules[r].phrases[k], static_cast<std::uint32_t>(refs.size()));
      refs.push_back({static_cast<int>(r), static_cast<int>(k)});
    }
}

}  // namespace

int Lexicon::country_index(const std::string& name) const {
  auto it = country_by_name_.find(name);
  return it == country_by_name_.end() ? -1 : it->second;
}

bool Lexicon::is_organisation(const std::string& name) const {
  const int ci = country_index(name);
  return ci >= 0 && countries[ci].organisation;
}

bool Lexicon::is_state(const std::string& name) const {
  const int ci = country_index(name);
  return ci >= 0 && !countries[ci].organisation;
}

namespace {

// "foreign ministry" -> "Foreign Ministry", "ministry of foreign affairs" -> "Ministry of Foreign Affairs".
std::string office_display(const Phrase& office) {
  std::string out;
  for (auto& w : office) {
    if (w.empty()) continue;
    if (!out.empty() && w[0] != '\'') out += ' ';
    std::string word = w;
    if (word != "of" && word != "for" && word != "the" && word != "and" && word[0] >= 'a' && word[0] <= 'z') word[0] = static_cast<char>(word[0] - 'a' + 'A');
    out += word;
  }
  return out;
}

}  // namespace

std::string Lexicon::state_office(const std::string& state, const Phrase& office) const {
  int ci = country_index(state);
  if (ci < 0 || countries[ci].organisation || countries[ci].demonyms.empty()) return "";
  std::string name = countries[ci].demonyms.front() + " " + office_display(office);
  // An institution the dictionaries list under that name ("Ukrainian presidential office" is Bankova).
  if (auto it = office_aliases_.find(base::to_lower_ascii(name)); it != office_aliases_.end()) return it->second;
  return country_index(name) >= 0 ? name : "";
}

// Every state with a demonym has the offices of the `state-office` cues as institutions of its own,
// named "<demonym> <office>" ("South Korean Presidential Office"): they speak for the state (its
// codes, its government's CAMEO code) and are never a second party beside it. No phrase names them:
// the participant stage builds the name from a state and the office noun it reads.
void Lexicon::add_state_offices() {
  office_aliases_.clear();
  for (auto& c : countries)
    if (c.organisation && !c.home.empty())
      for (auto& a : c.aliases) office_aliases_.emplace(base::to_lower_ascii(a), c.name);
  std::vector<std::string> offices;
  for (auto& c : cues)
    if (c.kind == "state-office")
      for (auto& ph : c.phrases) offices.push_back(office_display(ph));
  const std::size_t states = countries.size();
  for (std::size_t i = 0; i < states; ++i) {
    if (countries[i].organisation || countries[i].demonyms.empty()) continue;
    const std::string home = countries[i].name, demonym = countries[i].demonyms.front(), code = countries[i].code;
    const std::string cameo = (countries[i].cameo.empty() ? code : countries[i].cameo) + "GOV";
    for (auto& o : offices) {
      Country inst;
      inst.name = demonym + " " + o;
      if (country_by_name_.count(inst.name)) continue;
      inst.organisation = true;
      inst.home = home;
      inst.code = code;
      inst.cameo = cameo;
      country_by_name_.emplace(inst.name, static_cast<int>(countries.size()));
      countries.push_back(std::move(inst));
    }
  }
}

int Lexicon::state_by_code(const std::string& code) const {
  auto it = state_by_code_.find(code);
  return it == state_by_code_.end() ? -1 : it->second;
}

int Lexicon::person_index(const std::string& name) const {
  auto it = person_by_name_.find(name);
  return it == person_by_name_.end() ? -1 : it->second;
}

int Lexicon::place_index(const std::string& name) const {
  auto it = place_by_name_.find(name);
  return it == place_by_name_.end() ? -1 : it->second;
}

const std::vector<int>& Lexicon::office_holders(const std::string& country, const std::string& role) const {
  static const std::vector<int> none;
  auto it = holders_.find(holder_key(country, role));
  return it == holders_.end() ? none : it->second;
}

int Lexicon::office_holder(const std::string& country, const std::string& role, Day day) const {
  for (int p : office_holders(country, role))
    for (auto& o : people[p].offices)
      if (o.country == country && o.role == role && o.holds(day)) return p;
  return -1;
}

const std::set<std::string>& Lexicon::one_word_cues(const std::string& kind) const {
  static const std::set<std::string> none;
  auto it = cue_words_.find(kind);
  return it == cue_words_.end() ? none : it->second;
}

const std::vector<std::string>& Lexicon::one_word_cue_list(const std::string& kind) const {
  static const std::vector<std::string> none;
  auto it = cue_word_lists_.find(kind);
  return it == cue_word_lists_.end() ? none : it->second;
}

const std::vector<bool>& Lexicon::one_word_cue_ids(const std::string& kind) const {
  static const std::vector<bool> none;
  auto it = cue_word_ids_.find(kind);
  return it == cue_word_ids_.end() ? none : it->second;
}

const std::string& Lexicon::role_agent(const std::string& role) const {
  static const std::string gov = "GOV";
  auto it = agents_.find(role);
  return it == agents_.end() ? gov : it->second;
}

int Lexicon::title_index(const std::string& id) const {
  for (std::size_t i = 0; i < titles.size(); ++i)
    if (titles[i].id == id) return static_cast<int>(i);
  return -1;
}

void Lexicon::parse(const std::string& text, const std::string& file) {
  std::size_t line_no = 0;
  std::string head;  // kind of the current block
  std::string offices_country;  // of the current `offices` block
  auto fail = [&](const std::string& reason) { throw InputError(file, line_no, reason); };
  for (std::size_t at = 0; at < text.size();) {
    std::size_t nl = text.find('\n', at);
    std::string_view raw(text.data() + at, (nl == std::string::npos ? text.size() : nl) - at);
    at = nl == std::string::npos ? text.size() : nl + 1;
    ++line_no;
    if (!raw.empty() && raw.back() == '\r') raw.remove_suffix(1);
    std::string_view line = base::trim(raw);
    if (line.empty() || line[0] == '#') continue;
    std::size_t sp = line.find_first_of(" \t");
    std::string key(line.substr(0, sp));
    std::string value = sp == std::string_view::npos ? "" : std::string(base::trim(line.substr(sp)));
    bool indented = raw[0] == ' ' || raw[0] == '\t';
    if (!indented) {
      if (!keys_of().count(key)) {
        std::vector<std::string> heads;
        for (auto& [k, v] : keys_of()) heads.push_back(k);
        fail("unknown entry '" + key + "'" + closest(key, heads) + " (fields of an entry are indented)");
      }
      if (value.empty()) fail("'" + key + "' needs a name");
      std::string id_key = key + " " + value;
      auto [first, fresh] = ids_.emplace(std::move(id_key), file + ":" + std::to_string(line_no));
      if (!fresh) fail("duplicate " + key + " '" + value + "' (first at " + first->second + ")");
      head = key;
      if (key == "trigger") triggers.push_back({value, EventType::kMeeting, true, 0, "", {}});
      else if (key == "cue") cues.push_back({value, "", "before", 4, "any", {}});
      else if (key == "person") people.push_back({value, {}, {}, "", "", {}});
      else if (key == "country" || key == "organisation") {
        Country c;
        c.name = value;
        c.organisation = key == "organisation";
        countries.push_back(c);
      } else if (key == "place") places.push_back({value, {}, ""});
      else if (key == "title") titles.push_back({value, {}, false, false});
      else if (key == "role") roles.push_back({value});
      else if (key == "offices") offices_country = value;
      continue;
    }
    if (head.empty())
      fail("'" + key + "' outside a block (a block starts with trigger, cue, person, country, organisation, place, title, role or offices)");
    if (head == "offices") {
      // `ROLE NAME | FROM..TO`; NAME "-" marks a period without a holder (an office abolished).
      auto parts = alternatives(value);
      if (parts.size() != 2) fail("an offices line needs 'ROLE NAME | FROM..TO' (TO may be empty)");
      Period period;
      if (auto err = parse_period(parts[1], period)) fail("office " + *err);
      if (!period.from) fail("office period needs a start date");
      holder_lines_.push_back({offices_country, key, parts[0], file, line_no, {offices_country, key, *period.from, period.to}});
      continue;
    }
    const auto& allowed = keys_of().at(head);
    if (std::find(allowed.begin(), allowed.end(), key) == allowed.end())
      fail("unknown key '" + key + "' in a " + head + " block" + closest(key, allowed));
    if (value.empty()) fail("'" + key + "' needs a value");
    if (key == "example") {
      const std::string& entry_id = head == "trigger" ? triggers.back().id
                                    : head == "cue"    ? cues.back().id
                                    : head == "person" ? people.back().name
                                    : head == "place"  ? places.back().name
                                    : head == "title"  ? titles.back().id
                                    : head == "role"   ? roles.back().id
                                                       : countries.back().name;
      LexiconExample ex;
      ex.file = file;
      ex.line = line_no;
      ex.rule = entry_id;
      std::string body = value;
      if (body[0] == '@') {
        std::size_t e = body.find(' ');
        auto d = calendar::parse_iso_day(body.substr(1, e == std::string::npos ? std::string::npos : e - 1));
        if (!d) fail("bad example date '" + body.substr(0, e) + "' (expected @YYYY-MM-DD)");
        ex.dct = d;
        body = e == std::string::npos ? "" : std::string(base::trim(body.substr(e)));
      }
      std::size_t arrow = body.rfind("=>");
      if (arrow == std::string::npos) fail("example without '=>' (write: example SENTENCE => key=value; ...)");
      ex.text = std::string(base::trim(body.substr(0, arrow)));
      // "\n" in an example stands for a line break (examples of paragraph-level cues).
      for (std::size_t at; (at = ex.text.find("\\n")) != std::string::npos;) ex.text.replace(at, 2, "\n");
      for (auto& part : base::split(body.substr(arrow + 2), ';')) {
        auto kv = std::string(base::trim(part));
        if (kv.empty()) continue;
        std::size_t eq = kv.find('=');
        std::string k = std::string(base::trim(kv.substr(0, eq)));
        std::string v = eq == std::string::npos ? "" : std::string(base::trim(kv.substr(eq + 1)));
        static const std::vector<std::string> ekeys = {"type", "status", "participants", "location", "rule", "none", "date"};
        if (std::find(ekeys.begin(), ekeys.end(), k) == ekeys.end())
          fail("unknown expectation '" + k + "'" + closest(k, ekeys));
        ex.expect[k] = v;
      }
      if (ex.text.empty()) fail("example without a sentence");
      examples.push_back(ex);
      continue;
    }
    if (head == "trigger") {
      auto& t = triggers.back();
      if (key == "type") {
        auto ty = parse_event_type(value);
        if (!ty) fail("unknown event type '" + value + "'" + closest(value, {"meeting", "call", "visit", "summit", "statement", "agreement"}));
        t.type = *ty;
      } else if (key == "pos") {
        if (value != "verb" && value != "noun") fail("pos must be 'verb' or 'noun', not '" + value + "'");
        t.verb = value == "verb";
      } else if (key == "priority") {
        try { t.priority = std::stoi(value); } catch (...) { fail("priority must be an integer"); }
      } else if (key == "needs") {
        if (value != "complement" && value != "person-object")
          fail("needs must be 'complement' or 'person-object', not '" + value + "'");
        t.needs = value;
      } else if (key == "match") {
        for (auto& a : alternatives(value)) t.phrases.push_back(phrase_tokens(a));
      }
    } else if (head == "cue") {
      auto& c = cues.back();
      if (key == "kind") {
        if (!cue_kinds().count(value))
          fail("unknown cue kind '" + value + "'" + closest(value, std::vector<std::string>(cue_kinds().begin(), cue_kinds().end())));
        c.kind = value;
      } else if (key == "scope") {
        if (value != "before" && value != "after" && value != "sentence")
          fail("scope must be before, after or sentence, not '" + value + "'");
        c.scope = value;
      } else if (key == "window") {
        try { c.window = std::stoi(value); } catch (...) { fail("window must be an integer"); }
      } else if (key == "applies") {
        if (value != "verb" && value != "noun" && value != "any" && value != "gathering" && value != "statement")
          fail("applies must be verb, noun, any, gathering or statement, not '" + value + "'");
        c.applies = value;
      } else if (key == "match") {
        for (auto& a : alternatives(value)) c.phrases.push_back(phrase_tokens(a));
      }
    } else if (head == "person") {
      auto& p = people.back();
      if (key == "alias") for (auto& a : alternatives(value)) p.aliases.push_back(a);
      else if (key == "surname") p.surname = value;
      else if (key == "country") p.country = value;
      else if (key == "office") {
        auto parts = alternatives(value);
        if (parts.size() != 3) fail("office needs 'COUNTRY | ROLE | FROM..TO' (TO may be empty)");
        std::size_t dots = parts[2].find("..");
        if (dots == std::string::npos) fail("office period needs 'FROM..TO', got '" + parts[2] + "'");
        auto from = calendar::parse_iso_day(parts[2].substr(0, dots));
        if (!from) fail("bad office start date '" + parts[2].substr(0, dots) + "'");
        std::optional<Day> to;
        std::string to_s = parts[2].substr(dots + 2);
        if (!to_s.empty()) {
          to = calendar::parse_iso_day(to_s);
          if (!to) fail("bad office end date '" + to_s + "'");
          if (*to < *from) fail("office ends before it starts");
        }
        p.offices.push_back({parts[0], parts[1], *from, to});
        if (p.country.empty()) p.country = parts[0];
      } else if (key == "cameo") {
        auto parts = alternatives(value);
        if (parts.empty() || parts.size() > 2) fail("cameo needs 'CODE' or 'CODE | FROM..TO'");
        CameoCode c{parts[0], std::nullopt, std::nullopt};
        if (parts.size() == 2) {
          Period period;
          if (auto err = parse_period(parts[1], period)) fail("cameo " + *err);
          c.from = period.from;
          c.to = period.to;
        }
        p.cameo.push_back(c);
      }
    } else if (head == "country" || head == "organisation") {
      auto& c = countries.back();
      if (key == "alias") for (auto& a : alternatives(value)) c.aliases.push_back(a);
      else if (key == "demonym") for (auto& a : alternatives(value)) c.demonyms.push_back(a);
      else if (key == "metonym") for (auto& a : alternatives(value)) c.metonyms.push_back(a);
      else if (key == "capital") c.capital = value;
      else if (key == "leader") for (auto& a : alternatives(value)) c.leader_roles.push_back(a);
      else if (key == "country") c.home = value;
      else if (key == "code") c.code = value;
      else if (key == "cameo") c.cameo = value;
    } else if (head == "place") {
      auto& p = places.back();
      if (key == "alias") for (auto& a : alternatives(value)) p.aliases.push_back(a);
      else if (key == "country") p.country = value;
    } else if (head == "title") {
      auto& t = titles.back();
      if (key == "match") for (auto& a : alternatives(value)) t.phrases.push_back(phrase_tokens(a));
      else if (key == "generic") t.generic = value == "yes";
      else if (key == "person-word") t.person_word = value == "yes";
    } else if (head == "role") {
      if (key == "agent") roles.back().agent = value;
    }
  }
  // Entries that cannot work are load errors, named by the line of their block.
  for (auto& t : triggers)
    if (t.phrases.empty()) throw InputError(file, 0, "trigger '" + t.id + "' has no 'match' line");
  for (auto& c : cues) {
    if (c.kind.empty()) throw InputError(file, 0, "cue '" + c.id + "' has no 'kind' line");
    if (c.phrases.empty()) throw InputError(file, 0, "cue '" + c.id + "' has no 'match' line");
  }
}

void Lexicon::finish() {
  country_by_name_.clear();
  state_by_code_.clear();
  for (std::size_t i = 0; i < countries.size(); ++i) {
    country_by_name_.emplace(countries[i].name, static_cast<int>(i));
    if (!countries[i].organisation && !countries[i].code.empty()) state_by_code_.emplace(countries[i].code, static_cast<int>(i));
  }
  // A capital is a place of its country unless places.txt says more about it.
  {
    std::set<std::string> known;
    for (auto& p : places) known.insert(p.name);
    for (auto& c : countries)
      if (!c.capital.empty() && known.insert(c.capital).second) places.push_back({c.capital, {}, c.name});
  }
  for (auto& c : countries)
    if (!c.home.empty() && country_index(c.home) < 0)
      throw InputError("actors", 0, "organisation '" + c.name + "': unknown country '" + c.home + "'");
  place_by_name_.clear();
  for (std::size_t i = 0; i < places.size(); ++i) {
    const Place& p = places[i];
    if (!p.country.empty() && country_index(p.country) < 0)
      throw InputError("actors", 0, "place '" + p.name + "': unknown country '" + p.country + "'");
    place_by_name_[p.name] = static_cast<int>(i);  // the last of one name, as a scan would find
  }
  agents_.clear();
  for (auto& r : roles) agents_[r.id] = r.agent;
  // Holders named in `offices` tables join the person of that name or alias, or become one.
  {
    std::unordered_map<std::string, int> by_name;
    for (std::size_t i = 0; i < people.size(); ++i) {
      by_name.emplace(people[i].name, static_cast<int>(i));
      for (auto& a : people[i].aliases) by_name.emplace(a, static_cast<int>(i));
    }
    tabled_offices.clear();
    vacancies.clear();
    std::set<std::pair<std::string, std::string>> tabled;
    for (auto& h : holder_lines_) {
      if (title_index(h.role) < 0 && !agents_.count(h.role))
        throw InputError(h.file, h.line, "unknown role '" + h.role + "' (a role needs a title in titles.txt or a role block)");
      if (country_index(h.country) < 0) throw InputError(h.file, h.line, "unknown country '" + h.country + "'");
      if (tabled.insert({h.country, h.role}).second) tabled_offices.push_back({h.country, h.role});
      if (h.name == "-") {  // no holder: the office was vacant or did not exist
        vacancies.push_back(h.office);
        continue;
      }
      auto it = by_name.find(h.name);
      if (it == by_name.end()) {
        it = by_name.emplace(h.name, static_cast<int>(people.size())).first;
        people.push_back({h.name, {}, {}, h.country, "", {}});
      }
      Person& holder = people[it->second];
      holder.offices.push_back(h.office);
      // A person whose entry names no state is of the state whose office they hold.
      if (holder.country.empty() && !countries[country_index(h.country)].organisation) holder.country = h.country;
    }
    holder_lines_.clear();
  }
  person_by_name_.clear();
  holders_.clear();
  for (std::size_t i = 0; i < people.size(); ++i) {
    person_by_name_.emplace(people[i].name, static_cast<int>(i));
    for (auto& o : people[i].offices) {
      if (country_index(o.country) < 0)
        throw InputError("actors", 0, "person '" + people[i].name + "': unknown country '" + o.country + "' in office");
      auto& v = holders_[holder_key(o.country, o.role)];
      if (v.empty() || v.back() != static_cast<int>(i)) v.push_back(static_cast<int>(i));
    }
  }
  std::vector<ActorEntry> entries;
  entries.reserve(3 * people.size() + 8 * countries.size() + 2 * places.size());
  auto add = [&](const std::string& phrase, ActorKind kind, int index) {
    Phrase p = name_tokens(phrase);
    if (!p.empty()) entries.push_back({std::move(p), kind, index});
  };
  for (std::size_t i = 0; i < people.size(); ++i) {
    int ix = static_cast<int>(i);
    Phrase name = name_tokens(people[i].name);
    std::size_t words = name.size();
    std::string last = words ? name.back() : std::string();
    if (words) entries.push_back({std::move(name), ActorKind::kPerson, ix});
    for (auto& a : people[i].aliases) add(a, ActorKind::kPerson, ix);
    std::string ascii = ascii_spelling(people[i].name);
    if (!ascii.empty() && std::find(people[i].aliases.begin(), people[i].aliases.end(), ascii) == people[i].aliases.end())
      add(ascii, ActorKind::kPerson, ix);
    // The surname alone is a weak alias: it names the person only after a full mention.
    if (!people[i].surname.empty()) add(people[i].surname, ActorKind::kSurname, ix);
    else if (words > 1) entries.push_back({{last}, ActorKind::kSurname, ix});
  }
  for (std::size_t i = 0; i < countries.size(); ++i) {
    int ix = static_cast<int>(i);
    add(countries[i].name, ActorKind::kCountry, ix);
    add("the " + countries[i].name, ActorKind::kCountry, ix);
    for (auto& a : countries[i].aliases) add(a, ActorKind::kCountry, ix);
    for (auto& a : countries[i].demonyms) add(a, ActorKind::kDemonym, ix);
    for (auto& a : countries[i].metonyms) add(a, ActorKind::kMetonym, ix);
  }
  for (std::size_t i = 0; i < places.size(); ++i) {
    add(places[i].name, ActorKind::kPlace, static_cast<int>(i));
    for (auto& a : places[i].aliases) add(a, ActorKind::kPlace, static_cast<int>(i));
  }
  for (std::size_t i = 0; i < titles.size(); ++i)
    for (auto& p : titles[i].phrases) entries.push_back({p, ActorKind::kTitle, static_cast<int>(i)});
  // Longest phrase first, then file order: the order in which a span's readings are weighed.
  std::stable_sort(entries.begin(), entries.end(),
                   [](const ActorEntry& a, const ActorEntry& b) { return a.phrase.size() > b.phrase.size(); });
  vocabulary = Vocabulary();
  actor_phrases = PhraseIndex();
  for (std::size_t v = 0; v < entries.size(); ++v) {
    actor_phrases.add(vocabulary, entries[v].phrase, static_cast<std::uint32_t>(v), entries[v].kind == ActorKind::kTitle);
  }
  actor_entries = std::move(entries);
  index_rules(triggers, vocabulary, trigger_phrases, trigger_refs);
  index_rules(cues, vocabulary, cue_phrases, cue_refs);
  cue_words_.clear();
  cue_word_lists_.clear();
  cue_word_ids_.clear();
  for (auto& c : cues)
    for (auto& ph : c.phrases)
      if (ph.size() == 1) {
        cue_words_[c.kind].insert(ph[0]);
        cue_word_lists_[c.kind].push_back(ph[0]);
        const Vocabulary::Id id = vocabulary.intern(ph[0]);  // a wildcard too: the table must know every word
        auto& table = cue_word_ids_[c.kind];
        if (table.size() <= id) table.resize(id + 1, false);
        table[id] = true;
      }
  add_state_offices();
  title_heads_.clear();
  for (auto& t : titles)
    for (auto& ph : t.phrases)
      if (!ph.empty()) title_heads_.insert(ph.back());
  office_holder_surnames_.clear();
  for (std::size_t i = 0; i < people.size(); ++i) {
    const Person& p = people[i];
    if (p.offices.empty()) continue;
    auto toks = phrase_tokens(p.surname.empty() ? p.name : p.surname);
    if (toks.empty() || (p.surname.empty() && toks.size() < 2) || (!p.surname.empty() && toks.size() != 1)) continue;
    office_holder_surnames_.emplace(toks.back(), static_cast<int>(i));
  }
}

Lexicon Lexicon::load(const std::string& data_dir) {
  Lexicon lex;
  std::vector<fs::path> files;
  for (auto sub : {"events/en", "actors"}) {
    fs::path dir = fs::path(data_dir) / sub;
    if (!fs::is_directory(dir)) throw InputError(dir.string(), 0, "lexicon folder not found");
    for (auto& e : fs::directory_iterator(dir))
      if (e.is_regular_file() && e.path().extension().string() == ".txt") files.push_back(e.path());
  }
  std::sort(files.begin(), files.end());
  for (auto& f : files) {
    std::ifstream in(f, std::ios::binary);
    if (!in) throw InputError(f.string(), 0, "cannot read");
    std::stringstream ss;
    ss << in.rdbuf();
    lex.parse(ss.str(), f.string());
  }
  lex.finish();
  return lex;
}

}  // namespace annalist::event
