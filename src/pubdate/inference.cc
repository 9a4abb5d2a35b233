// Evidence for the publication date, each a set of possible days; the interval is the hull of
// their intersection, reported only when both of its ends are bounded.
#include "pubdate/inference.h"

#include <algorithm>
#include <cctype>

#include "calendar/timex_value.h"
#include "doc/sentences.h"
#include "event/lexicon.h"
#include "event/tokens.h"

namespace annalist::pubdate {
namespace {

using date::days;
using date::sys_days;
using date::year;

const Day kMin = sys_days{year{1} / 1 / 1};
const Day kMax = sys_days{year{9999} / 12 / 31};
// Tokens after "anniversary" within which a dated event of the dictionary must begin.
constexpr std::size_t kEventReach = 8;

// Possible publication days: sorted, disjoint intervals.
using DaySet = std::vector<DayInterval>;

DaySet intersect(const DaySet& a, const DaySet& b) {
  DaySet out;
  for (const auto& x : a)
    for (const auto& y : b)
      if (x.overlaps(y)) out.push_back({std::max(x.first, y.first), std::min(x.last, y.last)});
  std::sort(out.begin(), out.end());
  return out;
}

struct Constraint {
  DaySet days;
  std::string why;
};

std::string iso(Day d) { return calendar::format_iso_day(d); }

std::string quote(std::string_view s) { return "'" + std::string(s) + "'"; }

// Explicit dates precise enough to bound a day: a day to a year (not decades, not ranges).
std::optional<calendar::ValueWindow> dated_window(const Timex& t) {
  if (t.anchor != "absolute" || (t.type != "DATE" && t.type != "TIME")) return std::nullopt;
  auto w = calendar::window_of_value(t.value);
  if (!w || w->granularity == Granularity::kRange || coarseness(w->granularity) > coarseness(Granularity::kYear))
    return std::nullopt;
  return w;
}

bool in_list(const std::vector<std::vector<std::string>>& list, std::string_view word) {
  for (const auto& phrase : list)
    if (phrase.size() == 1 && phrase[0] == word) return true;
  return false;
}

// Whether the phrase `ph` (normalised tokens) occurs at token `k`.
bool starts_at(const std::vector<event::Token>& toks, std::size_t k, const std::vector<std::string>& ph) {
  if (ph.empty() || k + ph.size() > toks.size()) return false;
  for (std::size_t j = 0; j < ph.size(); ++j)
    if (toks[k + j].norm != ph[j]) return false;
  return true;
}

// "20th", "5th", or a number word of the list.
int ordinal_value(const event::Token& t, const std::map<std::string, int>* words) {
  const std::string s(t.norm);
  std::size_t d = 0;
  while (d < s.size() && std::isdigit(static_cast<unsigned char>(s[d]))) ++d;
  if (d > 0 && d <= 3) {
    std::string suffix = s.substr(d);
    if (suffix == "st" || suffix == "nd" || suffix == "rd" || suffix == "th") return std::atoi(s.substr(0, d).c_str());
    return 0;
  }
  if (words)
    if (auto it = words->find(s); it != words->end()) return it->second;
  return 0;
}

// The word before byte `at`, in lower case ("" at the start).
std::string word_before(std::string_view text, std::size_t at) {
  std::size_t e = at;
  while (e > 0 && (text[e - 1] == ' ' || text[e - 1] == '\n' || text[e - 1] == '\t')) --e;
  std::size_t b = e;
  while (b > 0 && std::isalpha(static_cast<unsigned char>(text[b - 1]))) --b;
  std::string w(text.substr(b, e - b));
  for (char& c : w) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return w;
}

// An actor phrase of a sentence: token span and what it names.
struct ActorSpan {
  std::size_t begin, end;
  event::ActorKind kind;
  int index;
};

// Longest actor phrases from left to right.
std::vector<ActorSpan> actor_spans(const event::Lexicon& lex, const std::vector<event::Token>& toks) {
  std::vector<ActorSpan> out;
  auto ids = lex.vocabulary.ids(toks);
  std::vector<event::PhraseMatch> matches;
  for (std::size_t p = 0; p < toks.size();) {
    matches.clear();
    lex.actor_phrases.match_at(toks, ids, p, matches);
    const event::PhraseMatch* best = nullptr;
    for (const auto& m : matches)
      if (!best || m.end > best->end) best = &m;
    if (!best) { ++p; continue; }
    const event::ActorEntry& e = lex.actor_entries[best->value];
    out.push_back({p, best->end, e.kind, e.index});
    p = best->end;
  }
  return out;
}

// A person named with an office: "Russian Prime Minister Vladimir Putin", "Russia's Prime
// Minister ...", "President of Russia Dmitry Medvedev", "Vladimir Putin, the Russian prime
// minister"; `begin`/`end` are its tokens.
struct OfficeMention {
  int person, title;
  std::string country;  // empty when the text does not say
  std::size_t begin, end;
};

bool names_country(const ActorSpan& c) {
  return c.kind == event::ActorKind::kCountry || c.kind == event::ActorKind::kDemonym;
}

std::vector<OfficeMention> office_mentions(const event::Lexicon& lex, const std::vector<event::Token>& toks,
                                           const std::vector<ActorSpan>& spans,
                                           const std::vector<std::vector<std::string>>& not_now) {
  std::vector<OfficeMention> out;
  auto usable = [&](const ActorSpan& t) {
    if (t.kind != event::ActorKind::kTitle) return false;
    const event::Title& tt = lex.titles[t.index];
    return !tt.generic && !tt.person_word && tt.id != "leader";
  };
  auto word = [&](std::size_t k, const char* w) { return k < toks.size() && toks[k].norm == w; };
  // "former", "then-" right before token `k`: not the office at the time of writing.
  auto not_now_before = [&](std::size_t k) {
    while (k > 0 && toks[k - 1].norm == "-") --k;
    return k > 0 && in_list(not_now, toks[k - 1].norm);
  };
  for (std::size_t j = 0; j < spans.size(); ++j) {
    const ActorSpan& person = spans[j];
    if (person.kind != event::ActorKind::kPerson) continue;
    // Title before the name.
    if (j >= 1 && usable(spans[j - 1]) && spans[j - 1].end == person.begin) {
      const ActorSpan& title = spans[j - 1];
      OfficeMention m{person.index, title.index, "", title.begin, person.end};
      if (j >= 2 && names_country(spans[j - 2]) &&
          (spans[j - 2].end == title.begin || (spans[j - 2].end + 1 == title.begin && word(spans[j - 2].end, "'s")))) {
        m.country = lex.countries[spans[j - 2].index].name;
        m.begin = spans[j - 2].begin;
      }
      if (!not_now_before(m.begin)) out.push_back(m);
      continue;
    }
    // "President of Russia Dmitry Medvedev", "President of the People's Republic of China Xi Jinping".
    if (j >= 2 && usable(spans[j - 2]) && names_country(spans[j - 1]) && spans[j - 1].end == person.begin) {
      const ActorSpan& title = spans[j - 2];
      std::size_t k = title.end;
      if (word(k, "of")) ++k;
      if (word(k, "the")) ++k;
      if (k == spans[j - 1].begin && k > title.end && !not_now_before(title.begin))
        out.push_back({person.index, title.index, lex.countries[spans[j - 1].index].name, title.begin, person.end});
      continue;
    }
    // "Vladimir Putin, the Russian prime minister" / ", China's vice president" / ", the president of Russia".
    std::size_t k = person.end;
    if (!word(k, ",")) continue;
    ++k;
    if (word(k, "the")) ++k;
    std::size_t n = j + 1;
    OfficeMention m{person.index, -1, "", person.begin, 0};
    if (n < spans.size() && names_country(spans[n]) && spans[n].begin == k) {
      m.country = lex.countries[spans[n].index].name;
      k = spans[n].end;
      if (word(k, "'s")) ++k;
      ++n;
    }
    if (n < spans.size() && usable(spans[n]) && spans[n].begin == k && !not_now_before(k)) {
      m.title = spans[n].index;
      m.end = spans[n].end;
      std::size_t c = spans[n].end;
      if (m.country.empty() && word(c, "of") && n + 1 < spans.size() && names_country(spans[n + 1]) &&
          (spans[n + 1].begin == c + 1 || (word(c + 1, "the") && spans[n + 1].begin == c + 2))) {
        m.country = lex.countries[spans[n + 1].index].name;
        m.end = spans[n + 1].end;
      }
      out.push_back(m);
    }
  }
  return out;
}

}  // namespace

Inferrer::Inferrer(EvidenceRules rules, const event::Lexicon& lexicon) : rules_(std::move(rules)), lexicon_(lexicon) {}

std::optional<Inference> Inferrer::infer(std::string_view text, const std::vector<Timex>& timexes) const {
  std::vector<Constraint> constraints;
  auto add = [&](DaySet days, std::string why) {
    for (const auto& c : constraints)
      if (c.why == why) return;
    constraints.push_back({std::move(days), std::move(why)});
  };

  const EvidenceKind* office = rules_.kind("office");
  const EvidenceKind* anniversary = rules_.kind("anniversary");
  static const std::vector<std::vector<std::string>> kNone;
  const auto& not_now = office && office->words.count("not-now") ? office->words.at("not-now") : kNone;
  const auto& anniversary_words =
      anniversary && anniversary->words.count("anniversary") ? anniversary->words.at("anniversary") : kNone;
  const auto& future_words =
      anniversary && anniversary->words.count("future") ? anniversary->words.at("future") : kNone;
  const std::map<std::string, int>* ordinals =
      anniversary && anniversary->numbers.count("ordinal") ? &anniversary->numbers.at("ordinal") : nullptr;

  std::vector<const Timex*> anniversary_bases;
  for (const auto& s : doc::split_sentences(text)) {
    // Explicit dates of the sentence; a sentence that dates its own story may name people by the
    // offices they held then ("In 2009, Premier Wen Jiabao visited Moscow").
    std::vector<const Timex*> dated;
    for (const Timex& t : timexes)
      if (t.byte_begin >= s.byte_begin && t.byte_end <= s.byte_end && dated_window(t)) dated.push_back(&t);
    auto toks = event::tokenize(text, s.byte_begin, s.byte_end);

    if (office && dated.empty()) {
      for (const OfficeMention& m : office_mentions(lexicon_, toks, actor_spans(lexicon_, toks), not_now)) {
        const event::Title& tt = lexicon_.titles[m.title];
        const event::Person& p = lexicon_.people[m.person];
        DaySet terms;
        std::string list;
        for (const auto& o : p.offices) {
          if (o.role != tt.id || (!m.country.empty() && o.country != m.country)) continue;
          Day last = o.to ? *o.to - days{1} : kMax;
          terms.push_back({o.from, last});
          list += (list.empty() ? "" : ", ") + iso(o.from) + ".." + (o.to ? iso(last) : std::string());
        }
        if (terms.empty()) continue;  // the dictionary does not know this office of theirs
        std::sort(terms.begin(), terms.end());
        std::string phrase(text.substr(toks[m.begin].byte_begin, toks[m.end - 1].byte_end - toks[m.begin].byte_begin));
        add(terms, quote(phrase) + ": " + p.name + " held that office " + list);
      }
    }

    if (anniversary && !anniversary_words.empty()) {
      for (std::size_t i = 0; i + 1 < toks.size(); ++i) {
        // The anniversary word first: it is rare, and the number's look-up is not.
        if (!in_list(anniversary_words, toks[i + 1].norm)) continue;
        int n = ordinal_value(toks[i], ordinals);
        if (n <= 0) continue;
        // The event: the first explicit date after "anniversary" in the sentence, or a dated event
        // of the dictionary named there ("the Treaty of Good-Neighbourliness"), whichever comes first.
        const Timex* base = nullptr;
        for (const Timex* t : dated)
          if (t->byte_begin >= toks[i + 1].byte_end && (!base || t->byte_begin < base->byte_begin)) base = t;
        std::size_t base_tok = toks.size(), base_end = toks.size();
        if (base)
          for (std::size_t k = i + 2; k < toks.size(); ++k)
            if (toks[k].byte_begin >= base->byte_begin) { base_tok = k; break; }
        const DatedEvent* known = nullptr;
        // The event is named right after "anniversary of": within a few tokens.
        for (std::size_t k = i + 2; k < base_tok && k < i + 2 + kEventReach && !known; ++k)
          for (const auto& ev : anniversary->events) {
            for (const auto& ph : ev.phrases)
              if (starts_at(toks, k, ph)) {
                known = &ev;
                base_tok = k;
                base_end = k + ph.size();
                break;
              }
            if (known) break;
          }
        if (!base && !known) continue;
        Day event_day = known ? *calendar::parse_iso_day(known->day) : dated_window(*base)->interval.first;
        if (!known) anniversary_bases.push_back(base);
        int y = int(date::year_month_day{event_day}.year()) + n;
        Day first = sys_days{year{y} / 1 / 1}, last = sys_days{year{y} / 12 / 31};
        std::size_t phrase_end = known ? toks[base_end - 1].byte_end : base->byte_end;
        std::string phrase(text.substr(toks[i].byte_begin, phrase_end - toks[i].byte_begin));
        if (known) phrase += " (" + known->day + ")";
        // "will mark", "ahead of the 20th anniversary": it has not come yet.
        bool ahead = !known && base->tense == "future";
        for (std::size_t k = 0; k < i && !ahead; ++k) ahead = in_list(future_words, toks[k].norm);
        if (ahead)
          add({{kMin, last}}, quote(phrase) + " is still to come: on or before " + iso(last));
        else
          add({{first, last}}, quote(phrase) + " falls in " + std::to_string(y));
      }
    }
  }

  // A day named at the head of the text, in no tense ("Telephone conversation with ...\n14 June
  // 2006"): the day the text is dated; it is published then or within the days the data allow.
  if (const EvidenceKind* header = rules_.kind("header"); header && header->numbers.count("limit")) {
    const auto& limit = header->numbers.at("limit");
    int max_lines = limit.count("lines") ? limit.at("lines") : 0, within = limit.count("days") ? limit.at("days") : 0;
    int max_after = limit.count("words-after") ? limit.at("words-after") : 0;
    for (const Timex& t : timexes) {
      auto w = dated_window(t);
      if (!w || w->granularity != Granularity::kDay) continue;
      int line = 0;
      for (std::size_t b = text.find_first_not_of(" \t\r\n"); b < t.byte_begin && b != std::string_view::npos; ++b)
        line += text[b] == '\n' && b + 1 < t.byte_begin && text[b + 1] != '\n';
      // A date line, not a sentence: the date ends its line but for a few words (a time, a place).
      std::size_t eol = text.find('\n', t.byte_end);
      std::string_view rest = text.substr(t.byte_end, (eol == std::string_view::npos ? text.size() : eol) - t.byte_end);
      int words_after = 0;
      for (std::size_t i = 0; i < rest.size(); ++i)
        words_after += std::isalpha(static_cast<unsigned char>(rest[i])) && (i == 0 || !std::isalpha(static_cast<unsigned char>(rest[i - 1])));
      if (line < max_lines && t.tense.empty() && words_after <= max_after)
        add({{w->interval.first, w->interval.first + days{within}}},
            quote(t.text) + " dates the text at its head: published that day or within " + std::to_string(within) +
                " days");
      break;  // only the first day of the text
    }
  }

  // Dates reported in the past tense, and dates announced for the future (not the date of an
  // anniversary's event: "will mark the 20th anniversary of the 2001 treaty" announces 2021).
  const bool past = rules_.kind("reported-past"), future = rules_.kind("announced-future");
  const EvidenceKind* past_kind = rules_.kind("reported-past");
  const auto& bounds = past_kind && past_kind->words.count("bound") ? past_kind->words.at("bound") : kNone;
  for (const Timex& t : timexes) {
    auto w = dated_window(t);
    if (!w || std::find(anniversary_bases.begin(), anniversary_bases.end(), &t) != anniversary_bases.end()) continue;
    // A day or a month named without a future tense is a time that has come ("talks on 3 May",
    // "the March 2023 summit"), unless it bounds a span ("by June 2025", "until 3 May").
    bool named = t.tense.empty() && coarseness(w->granularity) <= coarseness(Granularity::kMonth) &&
                 !in_list(bounds, word_before(text, t.byte_begin));
    if (past && (t.tense == "past" || named))
      add({{w->interval.first, kMax}}, quote(t.text) + (named ? " is named as a time that has come" : " is reported in the past tense") +
                                           ": on or after " + iso(w->interval.first));
    else if (future && t.tense == "future")
      add({{kMin, w->interval.last}}, quote(t.text) + " is announced for the future: on or before " + iso(w->interval.last));
  }


  if (constraints.empty()) return std::nullopt;
  DaySet possible{{kMin, kMax}};
  for (const auto& c : constraints) possible = intersect(possible, c.days);
  if (possible.empty()) return std::nullopt;  // the evidence contradicts itself: say nothing
  Inference inf;
  inf.interval = {possible.front().first, possible.back().last};
  if (inf.interval.first == kMin || inf.interval.last == kMax) return std::nullopt;
  // The evidence that sets each end (it allows that day but not the one beyond), then the rest.
  auto allows = [](const DaySet& d, Day day) {
    for (const auto& x : d)
      if (x.contains(day)) return true;
    return false;
  };
  std::vector<bool> used(constraints.size(), false);
  auto setting = [&](Day end, Day beyond, int also) {
    for (std::size_t i = 0; i < constraints.size(); ++i)
      if ((!used[i] || static_cast<int>(i) == also) && allows(constraints[i].days, end) &&
          !allows(constraints[i].days, beyond)) {
        used[i] = true;
        return static_cast<int>(i);
      }
    return -1;
  };
  int e = setting(inf.interval.first, inf.interval.first - days{1}, -1);
  int l = setting(inf.interval.last, inf.interval.last + days{1}, e);
  if (e >= 0) inf.why.push_back("earliest " + iso(inf.interval.first) + ": " + constraints[e].why);
  if (l >= 0) inf.why.push_back("latest " + iso(inf.interval.last) + ": " + constraints[l].why);
  for (std::size_t i = 0; i < constraints.size(); ++i)
    if (!used[i]) inf.why.push_back(constraints[i].why);
  return inf;
}

}  // namespace annalist::pubdate
