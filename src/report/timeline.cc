// The timeline of a report (see timeline.h). Times of day are parsed here
// rather than at extraction so that the store keeps them as the article
// wrote them ("9:30 p.m."); only the order needs them as numbers.
#include "report/timeline.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <string>
#include <tuple>

#include "report/report_format.h"

namespace claimtrack {

int MinutesOfDay(std::string_view time) {
  // Lowercase, without spaces, a dot between digits read as a colon and
  // other dots dropped: "9:30 p.m." -> "9:30pm", "9.30pm" -> "9:30pm".
  auto digit = [](char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; };
  std::string t;
  for (std::size_t i = 0; i < time.size(); ++i) {
    const char c = time[i];
    if (c == ' ' || c == '\t') continue;
    if (c == '.') {
      if (!t.empty() && digit(t.back()) && i + 1 < time.size() && digit(time[i + 1])) t += ':';
      continue;
    }
    t += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  if (t == "noon" || t == "midday") return 12 * 60;
  if (t == "midnight") return 0;

  std::size_t pos = 0;
  auto number = [&](int* value) {  // one or two digits
    const std::size_t start = pos;
    *value = 0;
    while (pos < t.size() && pos - start < 2 && digit(t[pos]))
      *value = *value * 10 + (t[pos++] - '0');
    return pos - start;
  };
  int hour = 0, minute = 0;
  if (number(&hour) == 0) return -1;
  if (pos < t.size() && t[pos] == ':') {
    ++pos;
    if (number(&minute) != 2) return -1;
  }
  const std::string_view suffix = std::string_view(t).substr(pos);
  if (minute > 59) return -1;
  if (suffix.empty()) return hour <= 23 ? hour * 60 + minute : -1;  // 24-hour clock
  if ((suffix != "am" && suffix != "pm") || hour < 1 || hour > 12) return -1;
  if (hour == 12) hour = 0;
  if (suffix == "pm") hour += 12;
  return hour * 60 + minute;
}

std::vector<TimelineEntry> BuildTimeline(const ReportInput& input) {
  std::vector<TimelineEntry> entries;
  std::map<std::int64_t, std::size_t> index_of;  // claim id -> entries index
  for (std::size_t i = 0; i < input.disputes.size(); ++i) {
    const Dispute& dispute = input.disputes[i];
    for (const DisputeMember& member : dispute.members) {
      auto claim = input.claims.find(member.claim_id);
      if (claim == input.claims.end()) continue;
      auto [it, added] = index_of.try_emplace(member.claim_id, entries.size());
      if (added) entries.push_back({&claim->second, member.role, {}});
      std::vector<std::int64_t>& numbers = entries[it->second].disputes;
      const std::int64_t number = DisputeNumber(dispute, i);
      if (std::find(numbers.begin(), numbers.end(), number) == numbers.end()) {
        numbers.push_back(number);
      }
    }
  }
  // Unknown dates and times sort last: "\x7F" after every digit, 24 * 60
  // after every minute of the day.
  auto key = [&](const TimelineEntry& entry) {
    const Claim& claim = *entry.claim;
    std::string date = ClaimDate(claim, input);
    if (date.empty())
      date.assign(1, '\x7F');  // after every date; not `= "\x7F"` (g++ 12 -Wrestrict)
    int minutes = MinutesOfDay(claim.time);
    if (minutes < 0) minutes = 24 * 60;
    return std::make_tuple(date, minutes, claim.doc, claim.content_span.begin, claim.id);
  };
  std::stable_sort(entries.begin(), entries.end(),
                   [&](const TimelineEntry& a, const TimelineEntry& b) { return key(a) < key(b); });
  return entries;
}

void WriteTimelineText(const ReportInput& input, std::ostream& out) {
  const std::vector<TimelineEntry> entries = BuildTimeline(input);
  std::vector<std::string> whens;
  std::size_t width = 0;
  for (const TimelineEntry& entry : entries) {
    std::string when = OneLine(ClaimDate(*entry.claim, input));
    if (when.empty()) when = "no date";
    if (std::string time = OneLine(entry.claim->time); !time.empty()) when += " " + time;
    width = std::max(width, TextColumns(when));
    whens.push_back(std::move(when));
  }
  for (std::size_t i = 0; i < entries.size(); ++i) {
    const Claim& claim = *entries[i].claim;
    std::string who = OneLine(claim.source);
    if (who.empty()) who = OneLine(claim.mention);
    if (who.empty()) who = "unknown source";
    if (std::string side = OneLine(SideOf(claim, input)); !side.empty()) who += " (" + side + ")";
    out << whens[i] << std::string(width - TextColumns(whens[i]), ' ') << " | " << who << " | "
        << OneLine(claim.cue) << " | " << OneLine(claim.content) << '\n';
  }
}

}  // namespace claimtrack
