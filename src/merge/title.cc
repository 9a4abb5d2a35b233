// Titles for merged events: surnames joined by an en dash, the kind of event, the place.
#include "merge/title.h"

#include <algorithm>
#include <cctype>

#include "base/strings.h"

namespace annalist::merge {
namespace {

constexpr std::string_view kDash = "\xE2\x80\x93";  // U+2013 EN DASH

std::vector<std::string> words_of(std::string_view canonical) {
  std::vector<std::string> words;
  for (auto& w : base::split(base::collapse_whitespace(canonical), ' '))
    if (!w.empty()) words.push_back(w);
  return words;
}

bool is_institution(const std::vector<std::string>& words, const NameShapes& shapes) {
  if (words.size() < 2) return true;  // "China", "NATO", "Putin": nothing to shorten anyway
  for (const auto& w : words)
    if (shapes.institution_words.count(base::to_lower_ascii(w))) return true;
  return false;
}

std::string join_names(const std::vector<std::string>& names) {
  std::string out;
  for (std::size_t i = 0; i < names.size(); ++i) {
    if (i) out += kDash;
    out += names[i];
  }
  return out;
}

bool any_trigger_has(const Event& e, const std::vector<std::string>& words) {
  for (const auto& m : e.mentions)
    for (const auto& w : words)
      if (base::to_lower_ascii(m.trigger).find(w) != std::string::npos) return true;
  return false;
}

}  // namespace

bool looks_like_institution(std::string_view canonical, const NameShapes& shapes) {
  return is_institution(words_of(canonical), shapes);
}

std::string short_name(std::string_view canonical, const NameShapes& shapes) {
  std::vector<std::string> words = words_of(canonical);
  if (is_institution(words, shapes)) return std::string(base::collapse_whitespace(canonical));
  if (shapes.family_first.count(base::to_lower_ascii(words.front()))) return words.front();
  // The family name starts at the first lower-case particle after the given name, if any.
  std::size_t start = words.size() - 1;
  for (std::size_t i = 1; i + 1 < words.size(); ++i)
    if (shapes.particles.count(words[i])) {
      start = i;
      break;
    }
  std::vector<std::string> family(words.begin() + static_cast<long>(start), words.end());
  return base::join(family, " ");
}

std::string event_title(const Event& e, const ActorLookup& actor, const NameShapes& shapes) {
  auto info = [&](const std::string& p) { return actor ? actor(p) : std::nullopt; };
  auto institution = [&](const std::string& p) {
    auto i = info(p);
    return i ? !i->person : looks_like_institution(p, shapes);
  };
  auto shorten = [&](const std::string& p) {
    auto i = info(p);
    return i && !i->short_name.empty() ? i->short_name : i && !i->person ? p : short_name(p, shapes);
  };
  // A visit reads "visitor visit to place": a host country named as participant is the place.
  std::vector<std::string> people, institutions;
  for (const auto& p : e.participants) (institution(p) ? institutions : people).push_back(p);
  std::vector<std::string> actors = e.participants;
  std::string destination = e.location;
  if (e.type == EventType::kVisit && !people.empty()) {
    actors = people;
    if (destination.empty()) destination = base::join(institutions, " and ");
  } else if (people.size() >= 2) {
    actors = people;  // "Michel–Li–von der Leyen summit", not "China–Michel–…"
  }
  std::vector<std::string> names;
  for (const auto& p : actors) names.push_back(shorten(p));
  std::string who;
  if (names.size() > 3) {
    names.resize(3);
    who = join_names(names) + " et al.";
  } else {
    who = join_names(names);
  }

  std::string what;
  switch (e.type) {
    case EventType::kCall:
      what = any_trigger_has(e, shapes.video_words)   ? "video call"
             : any_trigger_has(e, shapes.phone_words) ? "phone call"
                                                      : "call";
      break;
    case EventType::kMeeting:
      what = "meeting";
      break;
    case EventType::kVisit:
      what = "visit";
      break;
    case EventType::kSummit:
      what = "summit";
      break;
    case EventType::kStatement:
      what = "statement";
      break;
    case EventType::kAgreement:
      what = "agreement";
      break;
  }

  std::string title = who.empty() ? what : who + " " + what;
  if (!destination.empty() && e.type != EventType::kCall && e.type != EventType::kStatement)
    title += (e.type == EventType::kVisit ? " to " : " in ") + destination;
  if (who.empty()) title[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(title[0])));
  switch (e.status) {
    case EventStatus::kOccurred:
      break;
    case EventStatus::kPlanned:
      title += " (planned)";
      break;
    case EventStatus::kCancelled:
      title += " (cancelled)";
      break;
    case EventStatus::kDenied:
      title += " (denied)";
      break;
  }
  return title;
}

}  // namespace annalist::merge
