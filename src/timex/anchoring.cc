// Anchoring: which time a relative expression counts from, decided from the evidence of the whole
// document (its explicit dates against the DCT), of the paragraph (a dated past, the lede) and of
// the sentence (a future tense speaks from the DCT).
#include "timex/anchoring.h"

#include <string_view>

#include "calendar/resolve.h"
#include "calendar/timex_value.h"

namespace annalist::timex {
namespace {

using calendar::Direction;
using calendar::SubKind;
using namespace std::string_view_literals;  // "DATE"sv: a length test and an inline compare, not strlen and a call

// A date the story has reached: a resolved DATE or TIME of the text.
struct StoryTime {
  DayInterval window;
  Granularity granularity;
  int paragraph;
  int timex;  // its index in the result
};

// Explicit dates fine enough to date a story: a day to a year (not decades, ranges or halves).
bool dates_a_story(Granularity g) { return coarseness(g) <= coarseness(Granularity::kYear) && g != Granularity::kRange; }

// A history narrates a past far from its publication date: most of what dates its story is
// explicit dates far before the DCT, not dates near it nor expressions spoken from it ("last
// week", "yesterday", a weekday).
bool is_history(const std::vector<Draft>& drafts, std::optional<Day> dct, const AnchorPolicy& p) {
  if (!dct) return false;
  int dated = 0, past = 0;
  for (const Draft& d : drafts) {
    if (d.relative) {
      const auto& v = d.rel.value;
      if (!d.rel.narrative && (!d.rel.context || v.sub_kind == SubKind::kWeekday)) ++dated;
      continue;
    }
    if (d.timex.type != "DATE"sv) continue;
    auto w = calendar::window_of_value(d.timex.value);
    if (!w || !dates_a_story(w->granularity)) continue;
    ++dated;
    if (w->interval.last + date::days{p.distance_days} <= *dct) ++past;
  }
  return past >= p.history_min && past >= p.history_share * dated;
}

long gap_days(const DayInterval& a, const DayInterval& b) {
  if (a.overlaps(b)) return 0;
  return a.last < b.first ? (b.first - a.last).count() : (a.first - b.last).count();
}

// Marks the explicit dates that are asides: a run of up to three that the text leaves at once,
// far from the explicit dates just before and after it, which are close to each other.
std::vector<bool> find_asides(const std::vector<Draft>& drafts, const AnchorPolicy& p) {
  std::vector<bool> aside(drafts.size(), false);
  std::vector<std::pair<std::size_t, DayInterval>> dates;  // explicit dates that can date a story
  for (std::size_t i = 0; i < drafts.size(); ++i) {
    const Draft& d = drafts[i];
    if (d.relative || d.timex.type != "DATE"sv) continue;
    if (auto w = calendar::window_of_value(d.timex.value); w && dates_a_story(w->granularity))
      dates.emplace_back(i, w->interval);
  }
  const long far = p.aside_days;
  for (std::size_t k = 1; k + 1 < dates.size(); ++k) {
    const DayInterval& before = dates[k - 1].second;
    for (std::size_t j = k + 1; j < dates.size() && j <= k + 3; ++j) {
      if (gap_days(dates[j].second, before) > far) continue;
      bool all_far = true;
      for (std::size_t m = k; m < j && all_far; ++m)
        all_far = gap_days(dates[m].second, before) > far && gap_days(dates[m].second, dates[j].second) > far;
      if (all_far)
        for (std::size_t m = k; m < j; ++m) aside[dates[m].first] = true;
      break;
    }
  }
  return aside;
}

class Anchoring {
 public:
  Anchoring(const Dct& dct, const AnchorPolicy& p, bool history, int lede)
      : dct_(dct.day), inferred_(dct.day ? std::nullopt : dct.inferred), p_(p), history_(history), lede_(lede) {}

  // Value and anchor of a relative draft; false when its value does not exist.
  bool resolve(Draft& d) {
    Timex& tx = d.timex;
    auto& rv = d.rel.value;
    if (d.rel.narrative) {
      // A comparison ("the year-ago results") does not move the story: it counts back from the time
      // under discussion, unless that time is already the period it reaches.
      const bool comparison = !d.sets_narrative && dct_;
      for (auto it = times_.rbegin(); it != times_.rend(); ++it) {
        if (comparison)
          if (auto r = calendar::resolve_comparison_target(rv, it->window, it->granularity, *dct_))
            return set(tx, *r, "narrative", it->timex);
        if (auto r = calendar::resolve_narrative(rv, it->window, it->granularity); r && !r->empty())
          return set(tx, *r, "narrative", it->timex);
      }
    }
    if (d.rel.context) {
      if (const StoryTime* s = story_time(); s && follows_story(d, *s)) {
        if (auto r = calendar::resolve_in_story(rv, s->window, s->granularity); r && !r->empty())
          return set(tx, *r, "narrative", s->timex);
      }
    }
    if (d.rel.gran_narrative && !times_.empty() && rv.sub_kind == SubKind::kNone) {
      // Comparisons such as "a year ago" next to a quarter are read at the grain of that quarter
      // ("third-quarter profit rose from a year ago": the third quarter of last year).
      // The quarter may come just before the day that ends it ("the third quarter ended Sept. 30").
      for (std::size_t back = 1; back <= 2 && back <= times_.size(); ++back) {
        const StoryTime& a = times_[times_.size() - back];
        if (a.granularity == Granularity::kQuarter &&
            coarseness(a.granularity) < coarseness(calendar::granularity_of(rv.unit))) {
          if (auto r = calendar::resolve_narrative(rv, a.window, a.granularity); r && !r->empty())
            return set(tx, *r, "narrative", a.timex);
        }
        if (a.granularity != Granularity::kDay) break;
      }
    }
    if (!dct_) {
      if (inferred_)
        if (auto r = range_within(rv, *inferred_)) return set(tx, *r, "inferred");
      return set(tx, calendar::unresolved_value(rv), "none");
    }
    std::string v = calendar::resolve(rv, *dct_);
    if (v.empty()) return false;
    return set(tx, std::move(v), "dct");
  }

  // Records a timex as the time the story has reached when it is a resolved date, and whether a
  // scene in the past opens or the text speaks from the DCT again.
  void note(const Draft& d, bool aside, int index) {
    const Timex& tx = d.timex;
    if (tx.anchor == "dct"sv) scene_ = -1;
    if (!d.sets_narrative || (tx.type != "DATE"sv && tx.type != "TIME"sv) || tx.anchor == "none"sv || aside) return;
    // A history's story does not pass through the present ("still celebrated today").
    if (history_ && tx.anchor == "dct"sv) return;
    // Ranges ("1998/2000", halves) are no grain to count from.
    auto w = calendar::window_of_value(tx.value);
    if (!w || w->granularity == Granularity::kRange) return;
    times_.push_back({w->interval, w->granularity, d.paragraph, index});
    if (tx.anchor == "absolute"sv && dates_a_story(w->granularity))
      scene_ = d.opens_sentence && (!dct_ || far_past(w->interval)) ? d.paragraph : -1;
  }

 private:
  static bool set(Timex& tx, std::string value, const char* anchor, int anchor_timex = -1) {
    tx.value = std::move(value);
    tx.anchor = anchor;
    tx.anchor_timex = anchor_timex;
    return true;
  }

  // The latest date of the text that can date a story (a day to a year).
  const StoryTime* story_time() const {
    for (auto it = times_.rbegin(); it != times_.rend(); ++it)
      if (dates_a_story(it->granularity)) return &*it;
    return nullptr;
  }

  // Every value `v` takes for a DCT in `dct`: the one value when they all agree ("this
  // century"), else the range of days from the first to the last ("last month" said some day of
  // 2008-05-08..2012-05-06 is 2008-04-01/2012-04-30). Resolution is monotone in the DCT, so the
  // two ends of the interval give the two ends of the range.
  static std::optional<std::string> range_within(const calendar::RelativeValue& v, const DayInterval& dct) {
    std::string a = calendar::resolve(v, dct.first), b = calendar::resolve(v, dct.last);
    auto wa = calendar::window_of_value(a), wb = calendar::window_of_value(b);
    if (!wa || !wb) return std::nullopt;
    if (a == b) return a;
    return calendar::format_iso_day(std::min(wa->interval.first, wb->interval.first)) + "/" +
           calendar::format_iso_day(std::max(wa->interval.last, wb->interval.last));
  }

  bool far_past(const DayInterval& w) const { return w.last + date::days{p_.distance_days} <= *dct_; }

  // Whether a context expression follows the story's time `s` rather than the DCT: always in a
  // history; elsewhere inside a scene of its paragraph that an explicit date of the past opened
  // ("In 2001 the two countries signed a treaty. In June ..."), unless it speaks of plans.
  bool follows_story(const Draft& d, const StoryTime& s) const {
    if (history_) return true;
    if (scene_ != d.paragraph || d.cue == Direction::kFuture || d.paragraph < lede_) return false;
    return !dct_ || far_past(s.window);
  }

  std::optional<Day> dct_;
  std::optional<DayInterval> inferred_;  // without a day: the interval the text bounds it to
  const AnchorPolicy& p_;
  bool history_;
  int lede_;  // lines that speak from the DCT
  std::vector<StoryTime> times_;
  int scene_ = -1;  // paragraph of the scene in the past an explicit date opened, -1 when none
};

}  // namespace

std::vector<Timex> anchor_drafts(std::vector<Draft>& drafts, const Dct& dct, int lines,
                                 const AnchorPolicy& policy, std::vector<int>* kept, AnchorStats* stats) {
  bool history = is_history(drafts, dct.day, policy);
  if (stats) stats->history = history;
  Anchoring anchoring(dct, policy, history, lines > 1 ? policy.lede_lines : 0);
  std::vector<bool> aside = find_asides(drafts, policy);
  std::vector<Timex> out;
  out.reserve(drafts.size());
  if (kept) kept->assign(drafts.size(), -1);
  for (std::size_t i = 0; i < drafts.size(); ++i) {
    Draft& d = drafts[i];
    if (d.relative && !anchoring.resolve(d)) continue;
    anchoring.note(d, aside[i], static_cast<int>(out.size()));
    if (kept) (*kept)[i] = static_cast<int>(out.size());
    out.push_back(std::move(d.timex));
  }
  return out;
}

}  // namespace annalist::timex
