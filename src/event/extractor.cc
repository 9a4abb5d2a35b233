// Event mention extraction: the stages run in order over each sentence, then over the document.
//
//   read (tokens, cues, actor spans, timexes) -> triggers -> status -> dating -> actors ->
//   location -> participants -> coreference -> mention; after the last sentence, the document pass.
#include "event/extractor.h"

#include <algorithm>
#include <set>

#include "base/strings.h"
#include "calendar/timex_value.h"
#include "base/utf8.h"
#include "doc/sentences.h"
#include "event/actors.h"
#include "event/coreference.h"
#include "event/cues.h"
#include "event/dating.h"
#include "event/document_pass.h"
#include "event/lexicon.h"
#include "event/location.h"
#include "event/participant_codes.h"
#include "event/participants.h"
#include "event/phrase_lookup.h"
#include "event/reader.h"
#include "event/status.h"
#include "event/triggers.h"

namespace annalist::event {
namespace {

// "Joint Statement from X and Y", "Joint Declaration of X and Y" opening the document: the text is
// theirs, its "we" they.
bool names_the_texts_authors(const Sentence& s, const TriggerHit& th) {
  const TriggerRule& r = *th.rule;
  return s.index <= 1 && (th.b == 0 || (th.b == 1 && s.cue_at(0, "determiner"))) && !r.verb &&
         (r.type == EventType::kStatement || r.type == EventType::kAgreement) && th.e < s.toks.size() &&
         (s.cue_at(th.e, "agentive") || s.cue_at(th.e, "words-source") || s.cue_at(th.e, "genitive"));
}

class DocumentExtraction {
 public:
  DocumentExtraction(const Lexicon& lex, const Document& doc, const std::vector<Timex>& timexes)
      : lex_(lex),
        doc_(doc),
        timexes_(timexes),
        timexes_in_order_(timexes_in_byte_order(timexes)),
        cpi_(doc.text),
        resolver_(lex, mem_) {}

  std::vector<Mention> run();

 private:
  void sentence(const Sentence& s);
  bool first_of_series(const Sentence& s, std::optional<Day> dct);
  void implied_first_of_series();
  std::optional<Mention> next_occasion(const Sentence& s, std::size_t expression, const Mention& m,
                                       const std::vector<Actor>& actors, std::optional<Day> dct) const;
  std::optional<Mention> cancellation_announcement(const Sentence& s, const Mention& m, const std::vector<Actor>& actors,
                                                   std::optional<Day> dct) const;
  void count_series(const Sentence& s, const std::vector<TriggerHit>& triggers);
  void borrow_parties(const Sentence& s, const TriggerHit& th, const std::vector<Actor>& actors,
                      const std::optional<Parties>& sentence_report, Parties& parties) const;
  const Mention* lone_gathering_named_again(const Sentence& s, const TriggerHit& th, const Mention& m,
                                            const Parties& parties) const;
  std::optional<Mention> meeting_of_agreement(const Mention& m, const LocationReading& loc) const;
  bool date_by_other_reports(const Sentence& s, const TriggerHit& th, std::size_t expression,
                             const std::optional<Mention>& main_report, std::size_t own_offset,
                             const EventTime& statement_time, bool present, Mention& m) const;
  // A line such as "Related" or "Similar Posts" ends the article; what follows are other stories.
  bool ends_article(const Sentence& s) const;

  const Lexicon& lex_;
  const Document& doc_;
  const std::vector<Timex>& timexes_;
  bool timexes_in_order_;  // read_actors looks only at those of the sentence
  base::CodePointIndex cpi_;
  DocumentMemory mem_;
  ActorResolver resolver_;
};

bool DocumentExtraction::ends_article(const Sentence& s) const {
  for (auto& c : s.cues) {
    if (c.rule->kind != "end") continue;
    std::size_t e = c.e;
    while (e < s.toks.size() && !s.toks[e].word) ++e;
    if (c.b == 0 && e == s.toks.size()) return true;
  }
  return false;
}

std::vector<Mention> DocumentExtraction::run() {
  auto sents = doc::split_sentences(doc_.text);
  // Transcripts: who speaks in this document, so that "you" has someone to name; and the states
  // the document names, for "the Prime Minister".
  std::vector<int> labels(sents.size(), -1);
  // Words are read once; actors again below. The sentences of the documents before lend their
  // buffers (read_words reads each anew); the vector never shrinks, so that a short document
  // does not free the buffers a longer one after it would allocate again. Only the first
  // sents.size() are this document's.
  thread_local std::vector<Sentence> read;
  if (read.size() < sents.size()) read.resize(sents.size());
  for (std::size_t i = 0; i < sents.size(); ++i) {
    Sentence& s = read[i];
    read_words(lex_, doc_, static_cast<int>(i), sents[i].byte_begin, sents[i].byte_end, s);
    read_actors(lex_, cpi_, {}, mem_.seen, s);
    labels[i] = speaker_label(s);
    if (labels[i] >= 0) mem_.dialogue.insert(labels[i]);
    for (auto& sp : s.spans) {
      if (sp.country >= 0 && !lex_.countries[sp.country].organisation) {
        mem_.countries.insert(sp.country);
        if (sp.place < 0) mem_.named_states.insert(sp.country);  // "Tirana" is a place first
      }
      if (sp.place >= 0 && lex_.country_index(lex_.places[sp.place].country) >= 0)
        mem_.countries.insert(lex_.country_index(lex_.places[sp.place].country));
    }
  }
  mem_.home_state = home_state(lex_, read, doc_.text, timexes_, sents.size());
  for (std::size_t i = 0; i < sents.size() && !mem_.ended; ++i) {
    if (labels[i] >= 0) mem_.speaker = labels[i];
    // A line break between two sentences starts a paragraph.
    if (i > 0 && doc_.text.find('\n', sents[i - 1].byte_end) < sents[i].byte_begin) ++mem_.paragraph;
    Sentence& s = read[i];
    read_actors(lex_, cpi_, timexes_, mem_.seen, s, timexes_in_order_);
    if (s.toks.empty()) continue;
    if (ends_article(s)) {
      mem_.ended = true;
      break;
    }
    sentence(s);
  }
  implied_first_of_series();  // a series counted in the last sentence
  fold_document(lex_, mem_);
  std::vector<Mention> result;
  for (auto& rep : mem_.reports)
    if (!rep.dropped) result.push_back(std::move(rep.mention));
  // A person in no dictionary, introduced with a state ("Indian National Security Adviser Ajit
  // Doval"), is of that state: the codes the dictionaries cannot give.
  for (auto& m : result)
    for (auto& name : m.participants) {
      auto it = mem_.unknown_countries.find(name);
      if (it == mem_.unknown_countries.end() || lex_.person_index(name) >= 0 || lex_.country_index(name) >= 0) continue;
      ParticipantCode state = participant_code(lex_, it->second, std::nullopt);
      if (state.country.empty()) continue;
      state.name = name;
      m.codes.push_back(state);
    }
  return result;
}

// "... is the second known call between X and Y. The first was last December": the first of the
// series is a gathering of the kind counted, of the parties of its last report, on that date.
bool DocumentExtraction::first_of_series(const Sentence& s, std::optional<Day> dct) {
  if (mem_.counted.sentence < 0 || mem_.counted.sentence + 1 != static_cast<int>(s.index)) return false;
  const CueHit* first = nullptr;
  for (auto& c : s.cues)
    if (c.rule->kind == "series-first" && c.b == 0) first = &c;
  if (!first || !s.cue_at(first->e, "series-copula")) return false;
  std::size_t expression = kNone;
  for (std::size_t i = 0; i < s.timexes.size() && expression == kNone; ++i)
    if (s.timexes[i].timex->type == "DATE" && s.timexes[i].b > first->e && s.words(first->e, s.timexes[i].b) <= 3)
      expression = i;
  if (expression == kNone) return false;
  const Report* last = nullptr;
  for (std::size_t g : mem_.gatherings)
    if (!mem_.reports[g].dropped && mem_.reports[g].mention.type == mem_.counted.type) last = &mem_.reports[g];
  if (!last || last->mention.participants.size() < 2) return false;
  Mention m = last->mention;
  m.time = time_of_expression(s, expression, dct);
  if (!m.time.dated() || !m.time.interval || (dct && m.time.interval->last >= *dct)) return false;  // the first lies behind
  m.sentence = s.index;
  m.begin = cpi_.to_code_point(s.byte_begin);
  m.end = cpi_.to_code_point(s.byte_end);
  m.quote = base::collapse_whitespace(std::string_view(doc_.text).substr(s.byte_begin, s.byte_end - s.byte_begin));
  m.trigger = s.text(first->b, first->e);
  m.rule = kFirstOfSeriesRule;
  m.status = EventStatus::kOccurred;
  m.status_why = "the first of the series of '" + last->mention.trigger + "'";
  m.time.why = "'" + m.time.timex_text + "': the first of the series (sentence " + std::to_string(mem_.counted.sentence) + ")";
  m.codes.clear();
  m.location.clear();  // the place of the later occasion is not the first's
  mem_.gatherings.push_back(mem_.reports.size());
  mem_.reports.push_back({std::move(m), false, {}, false, false});
  mem_.counted.implied = false;
  return true;
}

// "... was the second time the two ministers met in Geneva": a first occasion of the series is
// implied. It is a gathering of the kind counted, of the parties of its last report; the text gives
// it no date (undated, it joins only another report of that first occasion).
void DocumentExtraction::implied_first_of_series() {
  if (!mem_.counted.implied) return;
  mem_.counted.implied = false;
  const Report* last = nullptr;
  for (std::size_t g : mem_.gatherings)
    if (!mem_.reports[g].dropped && mem_.reports[g].mention.type == mem_.counted.type &&
        mem_.reports[g].mention.rule != kFirstOfSeriesRule && mem_.reports[g].mention.status == EventStatus::kOccurred)
      last = &mem_.reports[g];
  if (!last || last->mention.participants.size() < 2) return;
  Mention m = last->mention;
  m.sentence = mem_.counted.sentence;
  m.begin = cpi_.to_code_point(mem_.counted.byte_begin);
  m.end = cpi_.to_code_point(mem_.counted.byte_end);
  m.quote = base::collapse_whitespace(
      std::string_view(doc_.text).substr(mem_.counted.byte_begin, mem_.counted.byte_end - mem_.counted.byte_begin));
  m.trigger = mem_.counted.ordinal;
  m.rule = kFirstOfSeriesRule;
  m.status = EventStatus::kOccurred;
  m.status_why = "the first of the series of '" + last->mention.trigger + "', implied by '" + mem_.counted.ordinal + "'";
  m.time = EventTime{};
  m.time.basis = DateBasis::kUnknown;
  m.time.why = "the first of a series the text counts: no date of its own";
  m.codes.clear();
  m.location.clear();
  mem_.gatherings.push_back(mem_.reports.size());
  mem_.reports.push_back({std::move(m), false, {}, false, false});
}

// "first in Lima on May 3 and then at a Chile-OAS council in Santiago on May 9": the occasion after a
// "next-occasion" cue that follows the report's date, with its own date and place, and the parties
// named before that date (two, or a body; otherwise the report's own).
std::optional<Mention> DocumentExtraction::next_occasion(const Sentence& s, std::size_t expression, const Mention& m,
                                                         const std::vector<Actor>& actors,
                                                         std::optional<Day> dct) const {
  for (std::size_t k = s.timexes[expression].e; k < s.toks.size(); ++k) {
    if (s.breaks(k)) return std::nullopt;
    if (!s.cue_at(k, "next-occasion")) continue;
    for (std::size_t j = 0; j < s.timexes.size(); ++j) {
      const auto& x = s.timexes[j];
      if (x.b <= k || x.b - k > 14 || x.timex->type != "DATE") continue;
      for (std::size_t q = k; q < x.b; ++q)
        if (s.breaks(q)) return std::nullopt;
      Mention other = m;
      other.time = time_of_expression(s, j, dct);
      if (!other.time.dated()) return std::nullopt;
      std::vector<std::string> parties;
      bool body = false;
      other.location.clear();
      std::vector<std::pair<std::size_t, std::size_t>> places;  // "in Brussels": where, not who
      for (auto& sp : s.spans)
        if (sp.place >= 0 && sp.b > k && sp.e <= x.b && sp.b > 0 && s.cue_at(sp.b - 1, "location")) {
          other.location = lex_.places[sp.place].name;
          places.push_back({sp.b, sp.e});
        }
      for (auto& a : actors) {
        if (a.b <= k || a.e > x.b) continue;
        if (std::any_of(places.begin(), places.end(), [&](auto& pl) { return a.b >= pl.first && a.b < pl.second; })) continue;
        if (!a.person && lex_.is_organisation(a.name)) body = true;
        parties.push_back(a.name);
      }
      if (parties.size() >= 2 || (body && !parties.empty())) {
        std::sort(parties.begin(), parties.end());
        other.participants = parties;
      }
      return other;
    }
    return std::nullopt;
  }
  return std::nullopt;
}

// "..., but was called off Friday by X", "X on Tuesday cancelled his visit": a cancellation with a
// time of its own and a named person who made it is that person's announcement on that day. The
// time must stand by the act (between verb and agent, right after the agent, or between subject and
// verb): "X cancelled his visit to Lima on Tuesday" dates the visit, not the act.
std::optional<Mention> DocumentExtraction::cancellation_announcement(const Sentence& s, const Mention& m,
                                                                     const std::vector<Actor>& actors,
                                                                     std::optional<Day> dct) const {
  // The expression starting at k, or after a "on"/"in" at k.
  auto timex_at = [&](std::size_t k) {
    for (std::size_t j = 0; j < s.timexes.size(); ++j)
      if (s.timexes[j].timex->type == "DATE" &&
          (s.timexes[j].b == k || (s.timexes[j].b == k + 1 && s.cue_at(k, "date-preposition"))))
        return j;
    return kNone;
  };
  auto person_at = [&](std::size_t b, std::size_t e) -> const Actor* {
    for (auto& a : actors)
      if (a.person && (b == kNone || a.b == b) && (e == kNone || a.e == e)) return &a;
    return nullptr;
  };
  for (auto& c : s.cues) {
    if (c.rule->kind != "cancelled") continue;
    const Actor* who = nullptr;
    std::size_t expression = kNone;
    std::size_t k = c.e;
    if (std::size_t j = k < s.toks.size() ? timex_at(k) : kNone; j != kNone) {
      expression = j;
      k = s.timexes[j].e;
    }
    if (k + 1 < s.toks.size() && s.cue_at(k, "agentive")) {  // passive: "... by X"
      who = person_at(k + 1, kNone);
      if (who && expression == kNone && who->e < s.toks.size()) expression = timex_at(who->e);
    } else {  // active: "X on Tuesday cancelled"
      expression = kNone;
      for (std::size_t j = 0; j < s.timexes.size(); ++j)
        if (s.timexes[j].e == c.b && s.timexes[j].timex->type == "DATE") {
          std::size_t b = s.timexes[j].b;
          who = person_at(kNone, b);
          if (!who && b > 0 && s.cue_at(b - 1, "date-preposition")) who = person_at(kNone, b - 1);
          if (who) expression = j;
        }
    }
    if (!who || expression == kNone) continue;
    Mention said = m;
    said.type = EventType::kStatement;
    said.rule = c.rule->id;
    said.trigger = s.text(c.b, c.e);
    said.status = EventStatus::kOccurred;
    said.status_why = "announced the cancellation ('" + said.trigger + "')";
    said.participants = {who->name};
    said.codes.clear();
    said.location.clear();
    said.time = time_of_expression(s, expression, dct);
    if (!said.time.dated() || (dct && said.time.interval->last > *dct)) continue;  // an act still ahead is no news of it
    said.time.why = "'" + said.time.timex_text + "': the time of the cancellation ('" + said.trigger + "')";
    return said;
  }
  return std::nullopt;
}

// "the second call between X and Y", "their third meeting this year": a gathering counted in a series.
// "the second time the two ministers met in Geneva": the sentence's own report is the later occasion.
void DocumentExtraction::count_series(const Sentence& s, const std::vector<TriggerHit>& triggers) {
  for (auto& c : s.cues)
    if (c.rule->kind == "series-later")
      for (auto& th : triggers) {
        if (!is_gathering(th.rule->type) || c.e > th.b) continue;
        if (s.words(c.e, th.b) <= 2) {
          mem_.counted = {static_cast<int>(s.index), th.rule->type};
        } else if (th.rule->verb && s.cue_at(c.e, "series-occasion") && s.words(c.e, th.b) <= 5) {
          if (s.unbroken(c.e, th.b))
            mem_.counted = {static_cast<int>(s.index), th.rule->type, true, s.byte_begin, s.byte_end,
                            s.text(c.b, c.e + 1)};
        }
      }
}

// The parties of a gathering whose own phrase names no one, from the report or the people of the
// sentence that prepare or follow it.
void DocumentExtraction::borrow_parties(const Sentence& s, const TriggerHit& th, const std::vector<Actor>& actors,
                                        const std::optional<Parties>& sentence_report, Parties& parties) const {
  // A gathering the report prepares has the report's parties unless its own phrase names others.
  if ((th.prospective || th.retrospective) && parties.np_empty && sentence_report)
    parties = Parties{sentence_report->persons, sentence_report->countries, false};
  // "A and B have settled their quarrel over ..., clearing the way for a summit on Friday": with no
  // report of their own, the people the sentence opens with prepare the gathering, and attend it.
  else if (is_gathering(th.rule->type) && !th.rule->verb && parties.np_empty && !sentence_report && has_prospective_cue(s, th)) {
    Parties subject;
    for (auto& a : opening_subject(s, actors))
      if (a.person) subject.persons.push_back(a.name);
    if (subject.persons.size() >= 2) parties = subject;
  }
  // "The talks were held after the bloc's three-day summit closed": the people of the
  // sentence's gathering (or of the one it refers to) attended the body's summit before it.
  if (th.retrospective && !parties.np_empty && parties.persons.empty() &&
      std::all_of(parties.countries.begin(), parties.countries.end(), [&](const std::string& c) { return lex_.is_organisation(c); })) {
    const std::vector<std::string> attendees =
        sentence_report ? sentence_report->persons : (mem_.group.size() >= 2 ? mem_.group : std::vector<std::string>{});
    for (auto& a : attendees)
      if (lex_.country_index(a) < 0) parties.persons.push_back(a);
  }
}

// "Also taking part in the forum will be Y and Z": a definite reference, within two sentences, to
// the gathering of a lone attendee held back before.
const Mention* DocumentExtraction::lone_gathering_named_again(const Sentence& s, const TriggerHit& th, const Mention& m,
                                                              const Parties& parties) const {
  if (mem_.lone.sentence >= 0 && s.index - mem_.lone.sentence <= 2 && is_gathering(th.rule->type) && !th.rule->verb &&
      parties.np_empty && has_cue(s, "anaphor", th) && m.type == mem_.lone.mention.type &&
      m.status == mem_.lone.mention.status &&
      !parties.persons.empty())  // other people, not a topic ("the forum will discuss trade with China")
    return &mem_.lone.mention;
  return nullptr;
}

// "talks agreed to by X and Y in Ufa last month", "X and Y signed the accord in Lima on Monday": two
// people who agree in a place on a date of the text met there then.
std::optional<Mention> DocumentExtraction::meeting_of_agreement(const Mention& m, const LocationReading& loc) const {
  if (m.type != EventType::kAgreement || m.status != EventStatus::kOccurred || !own_date(m.time) || loc.b == kNone ||
      loc.names_gathering || m.participants.size() != 2 ||
      std::any_of(m.participants.begin(), m.participants.end(), [&](const std::string& p) { return lex_.country_index(p) >= 0; }))
    return std::nullopt;
  Mention meeting = m;
  meeting.type = EventType::kMeeting;
  meeting.status_why = "the agreement of '" + m.trigger + "', made in person";
  return meeting;
}

// The time a report takes from the other reports of its sentence and from its place in the text:
// a duration from the main report ("two weeks after X returned"), the words before another
// speaker's ("90 minutes after Y had questioned"), an offset across a clause, the transcript's
// gathering, what a report follows. Returns whether the time was read across an offset.
bool DocumentExtraction::date_by_other_reports(const Sentence& s, const TriggerHit& th, std::size_t expression,
                                               const std::optional<Mention>& main_report, std::size_t own_offset,
                                               const EventTime& statement_time, bool present, Mention& m) const {
  const std::optional<Day> dct = doc_.dct.day;
  bool across_offset = false;
  // "two weeks after X returned from a visit": the report's day moved by the duration.
  if (th.offset != kNone && main_report && main_report->time.dated() && main_report->status == EventStatus::kOccurred) {
    const Timex& d = *s.timexes[th.offset].timex;
    if (auto shifted = shift_by_duration(main_report->time, d.value, th.offset_before)) {
      m.time = *shifted;
      m.time.timex_text = d.text;
      m.time.why = "'" + d.text + (th.offset_before ? "' before" : "' after") + " '" + main_report->trigger + "' (" +
                   main_report->time.value + ")";
      if (m.status == EventStatus::kPlanned && !th.offset_before) m.status = EventStatus::kOccurred;
    }
  }
  // "X said, 90 minutes after Y had questioned ...": hours or minutes before X's words, their day.
  if (own_offset != kNone && statement_time.dated() && statement_time.granularity == Granularity::kDay) {
    const std::string& d = s.timexes[own_offset].timex->value;
    if (base::starts_with(d, "PT") && (d.back() == 'H' || d.back() == 'M')) {
      m.time = statement_time;
      m.time.why = "'" + s.timexes[own_offset].timex->text + "' before the words of sentence " +
                   std::to_string(s.index) + " (" + statement_time.value + ")";
    }
  }
  // "The first was last May, weeks before X and Y announced ...": the clause after the offset
  // word is dated from the expression before it.
  if (expression == kNone && th.offset == kNone && !own_date(m.time))
    if (auto across = time_across_offset(s, th, dct)) {
      m.time = *across;
      across_offset = true;
    }
  if (present && expression == kNone && dct)
    m.time = publication_day(*dct, "the gathering of the transcript: on the publication date");
  // Without a time of its own, what follows the report happened on its day.
  if (th.sequel && expression == kNone && main_report && main_report->status == m.status && main_report->time.dated()) {
    m.time = main_report->time;
    m.time.why = "no time of its own: the day of the report it follows ('" + main_report->trigger + "')";
  }
  return across_offset;
}

void DocumentExtraction::sentence(const Sentence& s) {
  const std::optional<Day> dct = doc_.dct.day;
  PhraseLookup lookup(lex_, s.toks, s.ids);
  auto triggers = find_triggers(lookup, s);
  auto base_actors = resolver_.resolve(s, dct);
  ChosenTriggers chosen = choose_triggers(s, triggers, base_actors);
  if (mem_.counted.sentence >= 0 && !first_of_series(s, dct) && mem_.counted.sentence + 1 == static_cast<int>(s.index))
    implied_first_of_series();
  count_series(s, triggers);
  if (chosen.chosen.empty()) {  // most sentences report nothing
    remember_sentence(lex_, s, base_actors, false, mem_);
    if (!s.timexes.empty()) remember_clock_time(s, dct, mem_);
    return;
  }
  ParticipantScene scene = participant_scene(lex_, s, resolver_, mem_, triggers);
  const bool group_cue = scene.group_pos != kNone;
  const std::size_t cp_begin = cpi_.to_code_point(s.byte_begin), cp_end = cpi_.to_code_point(s.byte_end);
  std::string quote;  // the sentence as quoted; made for the first report kept (most triggers give none)
  bool had_statement = false;
  std::vector<std::string> statement_speakers;  // of the sentence's first statement
  EventTime statement_time;                     // its time
  std::set<EventType> types_done;
  std::set<std::string> named;  // people named in the sentence
  for (auto& a : base_actors)
    if (a.person) named.insert(a.name);

  std::optional<Parties> sentence_report;  // the parties of the sentence's gathering report
  bool gathering_reported = false;
  const TriggerHit* plan = nullptr;  // the sentence's last planned report
  // The sentence's main gathering report (the first chosen), for a gathering that follows it.
  std::optional<Mention> main_report;
  std::vector<std::string> main_subject;  // its parties named before its trigger
  for (auto& th : chosen.chosen) {
    const TriggerRule& r = *th.rule;
    const bool gathering = is_gathering(r.type);
    // "X said ... Y's press conference earlier in the day", "X said, 90 minutes after Y had
    // questioned ...": words of another speaker named in the trigger's own phrase are a second statement.
    const auto own = had_statement ? speaks_in_own_phrase(s, th, base_actors) : std::nullopt;
    const bool own_speaker = own.has_value();
    if (!gathering && had_statement && r.type == EventType::kStatement && !own_speaker) continue;
    if (!gathering && types_done.count(r.type) && !own_speaker) continue;
    Mention m;
    m.doc_id = doc_.id;
    m.doc_hash = doc_.content_hash;
    m.doc_dct = dct;
    m.sentence = s.index;
    m.begin = cp_begin;
    m.end = cp_end;
    m.rule = r.id;
    m.type = r.type;
    m.trigger = s.text(th.b, th.e);
    StatusReading status = status_of(s, th, triggers);
    if (!gathering && status.status == EventStatus::kOccurred && plan && shares_plan(s, *plan, th))
      status = {EventStatus::kPlanned, "the plan of '" + s.text(plan->b, plan->e) + "'"};
    if (status.status == EventStatus::kPlanned && !th.embedded && !th.prospective && !th.retrospective) plan = &th;
    // "will hold talks with X, followed by a dinner with Y": what follows a plan is planned.
    if (th.sequel && main_report && main_report->status == EventStatus::kPlanned && status.status == EventStatus::kOccurred)
      status = {EventStatus::kPlanned, "follows the plan of '" + main_report->trigger + "'"};
    // "We prepared these talks for months": in a transcript, the gathering being held.
    bool present = false;  // the cue right before the trigger or inside it ("hold these talks")
    for (auto& c : s.cues)
      if (c.rule->kind == "present-gathering" && (c.e == th.b || (c.b > th.b && c.e < th.e))) present = gathering && mem_.speaker >= 0;
    if (present) status = {EventStatus::kOccurred, "the gathering of the transcript ('" + m.trigger + "')"};
    m.status = status.status;
    m.status_why = status.why;
    std::size_t expression = kNone;
    date_mention(s, th, chosen, dct, mem_, m, &expression, dct ? std::nullopt : doc_.dct.inferred);
    const bool across_offset =
        date_by_other_reports(s, th, expression, main_report, own ? own->offset : kNone, statement_time, present, m);
    // Participants, with titles resolved at the event date.
    std::optional<Day> when = m.time.interval ? std::optional<Day>(m.time.interval->last) : dct;
    auto actors = (when == dct) ? base_actors : resolver_.resolve(s, when);
    m.type = gathering_kind(lex_, s, th, actors);
    auto clause = clause_of(s, th);
    LocationReading loc = find_location(lex_, s, th, clause.first, clause.second);
    m.location = loc.name;
    auto parties = read_parties(scene, th, actors, when, loc, clause, m);
    if (!parties) continue;
    // The subject of the report attends what follows it.
    if (th.sequel)
      for (auto& name : main_subject)
        parties->add(lex_, name);
    borrow_parties(s, th, actors, sentence_report, *parties);
    // An earlier gathering the text does not date is background ("two days after the summit").
    if (th.retrospective && !m.time.dated()) continue;
    // "Also taking part in the forum will be Y and Z": a definite reference to the gathering of a
    // lone attendee named just before adds the others to that attendee.
    const Mention* lone = lone_gathering_named_again(s, th, m, *parties);
    if (!lone && refers_to_reported_gathering(s, th, parties->np_empty, m, mem_)) {
      types_done.insert(r.type);
      continue;
    }
    if (lone) {
      parties->persons.push_back(lone->participants.front());
      if (!m.time.dated() && lone->time.dated()) {
        m.time = lone->time;
        m.time.why = "the time of '" + lone->trigger + "' (sentence " + std::to_string(lone->sentence) + "), whose attendees it adds to";
      }
      mem_.lone.sentence = -1;
    }
    if (own_speaker && parties->persons == statement_speakers) continue;  // one speaker, one statement
    const bool voiced = parties->voiced;
    const bool own_words = parties->own_words;
    const std::vector<std::string> read_persons = parties->persons;
    const bool lone_candidate = gathering && m.type == EventType::kSummit && read_persons.size() == 1 && parties->countries.empty();
    m.participants = finish_parties(scene, th, std::move(*parties), actors, m);
    if (m.participants.empty()) {
      if (lone_candidate) {
        mem_.lone.sentence = static_cast<int>(s.index);
        mem_.lone.mention = m;
        mem_.lone.mention.participants = read_persons;
      }
      continue;
    }
    if (mem_.authors.empty() && mem_.speaker < 0 && names_the_texts_authors(s, th)) mem_.authors = m.participants;
    // Words without a date in a dated article are background ("Kurti stated that ..."): a
    // statement is an event when the text dates it or it is the article's news.
    if (r.type == EventType::kStatement && dct && !m.time.dated() && m.time.value.empty()) continue;
    if (repeats_reported_gathering(s, th, m, dct, mem_) || names_announced_gathering(lex_, s, th, m, mem_)) {
      types_done.insert(r.type);
      continue;
    }
    replace_headline(lex_, m, mem_);
    if (gathering && &th == &chosen.chosen.front()) {
      main_report = m;
      for (auto& a : base_actors)
        if (a.e <= th.b && std::find(m.participants.begin(), m.participants.end(), a.name) != m.participants.end() &&
            std::find(main_subject.begin(), main_subject.end(), a.name) == main_subject.end())
          main_subject.push_back(a.name);
    }
    if (gathering && !th.prospective && !th.retrospective) {
      Parties p;
      for (auto& name : m.participants) p.add(lex_, name);
      sentence_report = p;
    }
    if (gathering) {
      gathering_reported = true;
      mem_.gatherings.push_back(mem_.reports.size());
      ++mem_.gathering_sentences;
      if (m.participants.size() >= 2) mem_.group = m.participants;
    } else {
      if (r.type == EventType::kStatement && !had_statement) {
        statement_speakers = m.participants;
        statement_time = m.time;
        if (m.participants.size() == 1) mem_.last_speaker = m.participants[0];
      }
      had_statement = true;
    }
    types_done.insert(r.type);
    // The report's own date becomes the paragraph's narrative time for its status.
    if (m.time.dated() && (m.time.basis == DateBasis::kExplicit || m.time.basis == DateBasis::kRelative) &&
        !th.embedded && !th.prospective && !th.retrospective) {
      auto& n = m.status == EventStatus::kOccurred ? mem_.narrative_occurred : mem_.narrative_planned;
      if (m.status == EventStatus::kOccurred || m.status == EventStatus::kPlanned) n = {mem_.paragraph, s.index, m.time};
    }
    if (quote.empty())
      quote = base::collapse_whitespace(std::string_view(doc_.text).substr(s.byte_begin, s.byte_end - s.byte_begin));
    m.quote = quote;
    std::vector<Mention> others;  // "held talks twice -- in November 2014 and April 2015": one report per date
    if (gathering && expression != kNone)
      for (std::size_t j : coordinated_expressions(s, expression)) {
        Mention other = m;
        other.time = time_of_expression(s, j, dct);
        if (other.time.dated()) others.push_back(std::move(other));
      }
    if (gathering && expression != kNone && others.empty())
      if (auto other = next_occasion(s, expression, m, actors, dct)) others.push_back(std::move(*other));
    if (auto meeting = meeting_of_agreement(m, loc)) others.push_back(std::move(*meeting));
    std::optional<Mention> announcement;
    if (gathering && m.status == EventStatus::kCancelled) announcement = cancellation_announcement(s, m, actors, dct);
    mem_.reports.push_back({std::move(m), false, named, group_cue, voiced, own_words, across_offset});
    if (announcement) {
      mem_.reports.push_back({std::move(*announcement), false, named, group_cue, false, false});
    }
    for (auto& other : others) {
      mem_.gatherings.push_back(mem_.reports.size());
      mem_.reports.push_back({std::move(other), false, named, group_cue, false, own_words});
    }
  }
  remember_sentence(lex_, s, base_actors, gathering_reported, mem_);
  remember_day(s, dct, mem_);
  remember_clock_time(s, dct, mem_);
}

}  // namespace

Extractor::Extractor(std::unique_ptr<Lexicon> lexicon) : lexicon_(std::move(lexicon)) {}
Extractor::Extractor(Extractor&&) noexcept = default;
Extractor& Extractor::operator=(Extractor&&) noexcept = default;
Extractor::~Extractor() = default;

Extractor Extractor::load(const std::string& data_dir) {
  return Extractor(std::make_unique<Lexicon>(Lexicon::load(data_dir)));
}

std::vector<Mention> Extractor::extract(const Document& doc, const std::vector<Timex>& timexes) const {
  DocumentExtraction run(*lexicon_, doc, timexes);
  auto mentions = run.run();
  for (auto& m : mentions) {
    std::sort(m.participants.begin(), m.participants.end());
    m.participants.erase(std::unique(m.participants.begin(), m.participants.end()), m.participants.end());
  }
  return mentions;
}

const Lexicon& Extractor::lexicon() const { return *lexicon_; }

}  // namespace annalist::event
