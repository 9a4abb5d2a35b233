// Reader of evidence.rules: blocks, word lists, number words, examples; exact errors.
#include "pubdate/rules.h"

#include <fstream>
#include <set>
#include <sstream>

#include "base/errors.h"
#include "base/strings.h"
#include "calendar/timex_value.h"
#include "event/tokens.h"

namespace annalist::pubdate {
namespace {

const std::set<std::string> kKinds = {"header", "reported-past", "announced-future", "office", "anniversary"};

}  // namespace

EvidenceRules EvidenceRules::load(const std::string& dir) {
  std::string path = dir + "/evidence.rules";
  std::ifstream in(path, std::ios::binary);
  if (!in) throw InputError(path, 0, "cannot read the publication-date evidence rules");
  std::stringstream ss;
  ss << in.rdbuf();
  return parse(ss.str(), path);
}

EvidenceRules EvidenceRules::parse(const std::string& text, const std::string& file) {
  EvidenceRules rules;
  EvidenceKind* cur = nullptr;
  std::size_t ln = 0;
  std::istringstream lines(text);
  std::string raw;
  auto fail = [&](const std::string& why) { throw InputError(file, ln, why); };
  while (std::getline(lines, raw)) {
    ++ln;
    std::string_view l = base::trim(raw);
    if (l.empty() || l[0] == '#') continue;
    std::size_t sp = l.find(' ');
    std::string key(l.substr(0, sp));
    std::string_view arg = sp == std::string_view::npos ? std::string_view() : base::trim(l.substr(sp + 1));
    if (key == "evidence") {
      std::string name(arg);
      if (!kKinds.count(name))
        fail("unknown kind of evidence '" + name + "' (header, reported-past, announced-future, office, anniversary)");
      if (rules.kind(name)) fail("second block for evidence '" + name + "'");
      rules.kinds_.push_back({});
      cur = &rules.kinds_.back();
      cur->name = name;
      continue;
    }
    if (!cur) fail("'" + key + "' outside an evidence block");
    if (key == "words" || key == "number") {
      std::size_t sp2 = arg.find(' ');
      if (sp2 == std::string_view::npos) fail("expected '" + key + " <list> <entry> | ...'");
      std::string list(arg.substr(0, sp2));
      for (const std::string& entry : base::split(arg.substr(sp2 + 1), '|')) {
        std::string_view e = base::trim(entry);
        if (e.empty()) fail("empty entry in list '" + list + "'");
        if (key == "words") {
          cur->words[list].push_back(event::phrase_tokens(e));
          continue;
        }
        std::size_t last = e.rfind(' ');
        int value = last == std::string_view::npos ? 0 : std::atoi(std::string(e.substr(last + 1)).c_str());
        if (value <= 0) fail("expected '<word> <number>' in list '" + list + "', got '" + std::string(e) + "'");
        cur->numbers[list][std::string(base::trim(e.substr(0, last)))] = value;
      }
    } else if (key == "event") {
      std::size_t sp2 = arg.find(' ');
      if (sp2 == std::string_view::npos || !calendar::parse_iso_day(arg.substr(0, sp2)))
        fail("expected 'event YYYY-MM-DD <phrase> | ...'");
      DatedEvent ev;
      ev.day = std::string(arg.substr(0, sp2));
      for (const std::string& entry : base::split(arg.substr(sp2 + 1), '|')) {
        std::string_view e = base::trim(entry);
        if (e.empty()) fail("empty phrase for the event of " + ev.day);
        ev.phrases.push_back(event::phrase_tokens(e));
      }
      cur->events.push_back(std::move(ev));
    } else if (key == "example") {
      EvidenceExample ex;
      ex.file = file;
      ex.line = ln;
      std::size_t close = arg.size() >= 2 && arg[0] == '"' ? arg.find('"', 1) : std::string_view::npos;
      if (close == std::string_view::npos) fail("expected a quoted text after 'example'");
      ex.text = std::string(arg.substr(1, close - 1));
      for (std::size_t p; (p = ex.text.find("\\n")) != std::string::npos;) ex.text.replace(p, 2, "\n");  // line breaks
      std::string_view rest = base::trim(arg.substr(close + 1));
      if (!base::starts_with(rest, "=>")) fail("expected '=> FIRST..LAST' or '=> none'");
      rest = base::trim(rest.substr(2));
      if (rest != "none") {
        std::size_t dots = rest.find("..");
        if (dots == std::string_view::npos || !calendar::parse_iso_day(rest.substr(0, dots)) ||
            !calendar::parse_iso_day(rest.substr(dots + 2)))
          fail("expected '=> YYYY-MM-DD..YYYY-MM-DD' or '=> none', got '" + std::string(rest) + "'");
        ex.first = std::string(rest.substr(0, dots));
        ex.last = std::string(rest.substr(dots + 2));
      }
      cur->examples.push_back(std::move(ex));
    } else {
      fail("unknown field '" + key + "' (words, number, event, example)");
    }
  }
  return rules;
}

const EvidenceKind* EvidenceRules::kind(const std::string& name) const {
  for (const auto& k : kinds_)
    if (k.name == name) return &k;
  return nullptr;
}

}  // namespace annalist::pubdate
