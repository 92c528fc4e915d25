// The HTML report: one self-contained page (inline CSS and JavaScript, no
// external asset, works offline from a file:// URL) for reading and sharing.
//
//   header     a summary: articles, claims, disputes and sources in the report
//   filters    a search box and select elements for source, side and topic
//   main       one card per dispute; inside it the disputed claims on the
//              left and the counter-claims on the right, each a card with
//              source, role, side, date and time, article, the cue, and the
//              sentence with the claim highlighted (<mark>)
//   timeline   the same claims in time order (BuildTimeline)
//
// Escaping: every piece of text that comes from articles, rules or the store
// goes through EscapeHtml, as element content or as a double-quoted attribute
// value; nothing from them is ever put into the script, a URL other than an
// article's own http(s) link, or an event handler. The page also carries a
// Content-Security-Policy that forbids every external load. The script only
// reads data-* attributes and hides elements.
//
// Filters run in the page: a dispute card is shown when its topic is the
// chosen one, one of its claim cards has the chosen source and side, and its
// text contains the search words (any case). The URL fragment holds the
// filters ("report.html#side=Russia&topic=joint%20mission&q=rubbish", keys
// q, source, side, topic; values matched without regard to case), is read on
// load and rewritten on every change, so a filtered view can be shared.
//
// data-testid attributes name what tests look for: summary, count-articles,
// count-claims, count-disputes, count-sources, search, filter-source,
// filter-side, filter-topic, shown-count, dispute, claim-card, sentence,
// timeline, timeline-entry.
#include <ostream>
#include <set>
#include <string>
#include <string_view>

#include "report/report_format.h"
#include "report/timeline.h"

namespace claimtrack {
namespace {

constexpr std::string_view kHead = R"(<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'">
<meta name="referrer" content="no-referrer">
<title>Disputed claims</title>
<style>
:root { --claim: #1a7f37; --counter: #cf222e; --muted: #57606a; --line: #d0d7de; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
       color: #1f2328; background: #f6f8fa; }
header, nav, main, section.timeline { max-width: 1240px; margin: 0 auto; padding: 0 16px; }
h1 { font-size: 26px; margin: 20px 0 10px; }
h2 { font-size: 19px; margin: 0 0 4px; }
h3 { font-size: 13px; text-transform: uppercase; letter-spacing: .06em; margin: 0 0 8px; }
.summary { display: grid; grid-template-columns: repeat(4, 1fr); gap: 12px; margin: 0; }
.summary div { background: #fff; border: 1px solid var(--line); border-radius: 8px; padding: 10px 14px; }
.summary dt { color: var(--muted); font-size: 13px; }
.summary dd { margin: 0; font-size: 24px; font-weight: 600; }
.drawn { color: var(--muted); font-size: 13px; margin: 6px 0 0; }
nav.filters { position: sticky; top: 0; z-index: 1; background: #f6f8fa; padding-top: 12px;
              padding-bottom: 12px; display: flex; flex-wrap: wrap; gap: 8px; align-items: center;
              border-bottom: 1px solid var(--line); }
nav.filters input, nav.filters select { font: inherit; padding: 5px 8px; border: 1px solid var(--line);
                                        border-radius: 6px; background: #fff; max-width: 280px; }
nav.filters input { flex: 1 1 220px; }
#shown { color: var(--muted); font-size: 13px; margin-left: auto; }
.dispute { background: #fff; border: 1px solid var(--line); border-radius: 10px; padding: 14px 16px;
           margin: 16px 0; }
.meta { color: var(--muted); font-size: 13px; margin: 0 0 12px; }
.sides { display: grid; grid-template-columns: 1fr 1fr; gap: 16px; }
.column.claims h3 { color: var(--claim); }
.column.counters h3 { color: var(--counter); }
.card { border: 1px solid var(--line); border-left: 5px solid var(--claim); border-radius: 8px;
        padding: 10px 12px; margin-bottom: 10px; background: #fff; }
.card.counter { border-left-color: var(--counter); }
.card.dim { opacity: .4; }
.who { font-weight: 600; }
.badge { display: inline-block; font-size: 11px; font-weight: 600; text-transform: uppercase;
         border-radius: 10px; padding: 0 7px; margin-right: 4px; color: #fff; background: var(--claim); }
.badge.counter { background: var(--counter); }
.badge.side { background: #eaeef2; color: #1f2328; text-transform: none; }
.facts { display: grid; grid-template-columns: max-content 1fr; gap: 1px 10px; margin: 6px 0;
         font-size: 13px; }
.facts dt { color: var(--muted); }
.facts dd { margin: 0; }
blockquote.sentence { margin: 8px 0 0; padding: 6px 10px; background: #f6f8fa; border-radius: 6px; }
mark { background: #fff1a8; padding: 0 1px; }
.missing { color: var(--muted); font-style: italic; }
section.timeline { margin-bottom: 40px; }
section.timeline table { width: 100%; border-collapse: collapse; background: #fff;
                         border: 1px solid var(--line); font-size: 13px; }
section.timeline th, section.timeline td { text-align: left; vertical-align: top; padding: 5px 8px;
                                           border-bottom: 1px solid var(--line); }
section.timeline td.when { white-space: nowrap; }
.none { color: var(--muted); }
[hidden] { display: none !important; }
@media (max-width: 760px) { .sides, .summary { grid-template-columns: 1fr; } }
</style>
</head>
<body>
)";

// The page's behaviour: filters and search. Static text; the report's data
// reaches it only through data-* attributes read with getAttribute.
constexpr std::string_view kScript = R"(<script>
(function () {
  'use strict';
  var controls = {
    q: document.getElementById('search'),
    source: document.getElementById('filter-source'),
    side: document.getElementById('filter-side'),
    topic: document.getElementById('filter-topic')
  };
  var keys = ['q', 'source', 'side', 'topic'];
  var disputes = [].slice.call(document.querySelectorAll('[data-testid=dispute]'));
  var entries = [].slice.call(document.querySelectorAll('[data-testid=timeline-entry]'));
  var shown = document.getElementById('shown');

  function fold(text) { return (text || '').toLowerCase(); }

  // Selects the option whose value equals `value` in any case, adding one
  // when the report has none (then every card is hidden, as it should be).
  function choose(select, value) {
    if (!value) { select.value = ''; return; }
    for (var i = 0; i < select.options.length; i++) {
      if (fold(select.options[i].value) === fold(value)) { select.selectedIndex = i; return; }
    }
    var option = document.createElement('option');
    option.value = value;
    option.textContent = value + ' (not in this report)';
    select.appendChild(option);
    select.value = value;
  }

  // A fragment without '=' is an anchor ("#dispute-3"), not filters.
  function readHash() {
    if (location.hash.indexOf('=') < 0) return;
    var params = new URLSearchParams(location.hash.replace(/^#/, ''));
    controls.q.value = params.get('q') || '';
    ['source', 'side', 'topic'].forEach(function (key) { choose(controls[key], params.get(key)); });
  }

  function writeHash() {
    var params = new URLSearchParams();
    keys.forEach(function (key) { if (controls[key].value) params.set(key, controls[key].value); });
    var hash = params.toString();
    try { history.replaceState(null, '', hash ? '#' + hash : location.pathname + location.search); }
    catch (e) { /* some file:// pages refuse; the filter still applies */ }
  }

  function claimMatches(element, source, side) {
    return (!source || element.getAttribute('data-source') === source) &&
           (!side || element.getAttribute('data-side') === side);
  }

  function apply() {
    var q = fold(controls.q.value.trim());
    var source = controls.source.value, side = controls.side.value, topic = controls.topic.value;
    var count = 0;
    disputes.forEach(function (dispute) {
      var any = false;
      dispute.querySelectorAll('[data-testid=claim-card]').forEach(function (card) {
        var match = claimMatches(card, source, side);
        any = any || match;
        card.classList.toggle('dim', !match);
      });
      var keep = any && (!topic || dispute.getAttribute('data-topic') === topic) &&
                 (!q || fold(dispute.textContent).indexOf(q) >= 0);
      dispute.hidden = !keep;
      if (keep) count++;
    });
    entries.forEach(function (entry) {
      var visible = (entry.getAttribute('data-disputes') || '').split(' ').some(function (id) {
        var dispute = document.getElementById('dispute-' + id);
        return dispute && !dispute.hidden;
      });
      entry.hidden = !(visible && claimMatches(entry, source, side));
    });
    shown.textContent = count + ' of ' + disputes.length + ' disputes shown';
  }

  keys.forEach(function (key) {
    controls[key].addEventListener(key === 'q' ? 'input' : 'change', function () {
      apply();
      writeHash();
    });
  });
  window.addEventListener('hashchange', function () { readHash(); apply(); });
  readHash();
  apply();
})();
</script>
)";

// A select element offering every value in `values`, "All ..." first.
void WriteSelect(std::string_view id, std::string_view label, const std::set<std::string>& values,
                 std::ostream& out) {
  out << "<label>" << label << " <select id=\"" << id << "\" data-testid=\"" << id
      << "\"><option value=\"\">All</option>";
  for (const std::string& value : values) {
    out << "<option value=\"" << EscapeHtml(value) << "\">" << EscapeHtml(OneLine(value))
        << "</option>";
  }
  out << "</select></label>\n";
}

bool IsWebLink(std::string_view url) {
  auto starts = [&](std::string_view prefix) {
    if (url.size() < prefix.size()) return false;
    for (std::size_t i = 0; i < prefix.size(); ++i) {
      char c = url[i];
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
      if (c != prefix[i]) return false;
    }
    return true;
  };
  return starts("http://") || starts("https://");
}

class HtmlReporter : public Reporter {
 public:
  void Write(const ReportInput& input, std::ostream& out) const override {
    out << kHead;
    WriteSummary(input, out);
    WriteFilters(input, out);
    out << "<main>\n";
    if (input.disputes.empty()) out << "<p class=\"none\">No disputes found.</p>\n";
    for (std::size_t i = 0; i < input.disputes.size(); ++i) {
      WriteDispute(input.disputes[i], DisputeNumber(input.disputes[i], i), input, out);
    }
    out << "</main>\n";
    WriteTimeline(input, out);
    out << kScript << "</body>\n</html>\n";
  }

 private:
  static void WriteSummary(const ReportInput& input, std::ostream& out) {
    std::set<std::int64_t> claims;
    std::set<std::string> docs, sources;
    for (const Dispute& dispute : input.disputes) {
      for (const DisputeMember& member : dispute.members) {
        auto it = input.claims.find(member.claim_id);
        if (it == input.claims.end()) continue;
        claims.insert(member.claim_id);
        docs.insert(it->second.doc);
        sources.insert(it->second.source);
      }
    }
    out << "<header>\n<h1>Disputed claims</h1>\n<dl class=\"summary\" data-testid=\"summary\">\n";
    auto stat = [&](std::string_view name, std::string_view testid, std::size_t count) {
      out << "<div><dt>" << name << "</dt><dd data-testid=\"" << testid << "\">" << count
          << "</dd></div>\n";
    };
    stat("Articles", "count-articles", docs.size());
    stat("Claims", "count-claims", claims.size());
    stat("Disputes", "count-disputes", input.disputes.size());
    stat("Sources", "count-sources", sources.size());
    out << "</dl>\n<p class=\"drawn\">Drawn from " << CountNoun(input.articles.size(), "article")
        << " and " << CountNoun(input.claims.size(), "claim") << ".</p>\n</header>\n";
  }

  static void WriteFilters(const ReportInput& input, std::ostream& out) {
    std::set<std::string> sources, sides, topics;
    for (const Dispute& dispute : input.disputes) {
      topics.insert(dispute.topic);
      for (const DisputeMember& member : dispute.members) {
        auto it = input.claims.find(member.claim_id);
        if (it == input.claims.end()) continue;
        sources.insert(it->second.source);
        if (std::string side = SideOf(it->second, input); !side.empty()) sides.insert(side);
      }
    }
    out << "<nav class=\"filters\" aria-label=\"Filters\">\n"
        << "<input type=\"search\" id=\"search\" data-testid=\"search\" "
           "placeholder=\"Search claims, sources, articles\" aria-label=\"Search\">\n";
    WriteSelect("filter-source", "Source", sources, out);
    WriteSelect("filter-side", "Side", sides, out);
    WriteSelect("filter-topic", "Topic", topics, out);
    out << "<span id=\"shown\" data-testid=\"shown-count\">" << input.disputes.size() << " of "
        << input.disputes.size() << " disputes shown</span>\n</nav>\n";
  }

  static void WriteDispute(const Dispute& dispute, std::int64_t number, const ReportInput& input,
                           std::ostream& out) {
    out << "<article class=\"dispute\" id=\"dispute-" << number
        << "\" data-testid=\"dispute\" data-topic=\"" << EscapeHtml(dispute.topic) << "\">\n"
        << "<h2>Dispute " << number;
    if (!dispute.topic.empty()) out << ": " << EscapeHtml(OneLine(dispute.topic));
    out << "</h2>\n<p class=\"meta\">"
        << EscapeHtml(dispute.kind.empty() ? std::string("unknown") : OneLine(dispute.kind))
        << " · score " << FormatScore(dispute.score);
    if (!dispute.rule.empty()) out << " · rule " << EscapeHtml(OneLine(dispute.rule));
    if (!dispute.evidence.empty()) out << " · evidence: " << EscapeHtml(OneLine(dispute.evidence));
    out << "</p>\n<div class=\"sides\">\n";

    DisputeClaims split = SplitDispute(dispute, input);
    WriteColumn("claims", "Claim", DisputeRole::kClaim, split.claims, input, out);
    WriteColumn("counters", "Disputed by", DisputeRole::kCounter, split.counters, input, out);
    out << "</div>\n";
    for (std::int64_t id : split.missing) {
      out << "<p class=\"missing\">Claim #" << id << " is not in the report input.</p>\n";
    }
    out << "</article>\n";
  }

  static void WriteColumn(std::string_view css_class, std::string_view heading, DisputeRole role,
                          const std::vector<const Claim*>& claims, const ReportInput& input,
                          std::ostream& out) {
    out << "<div class=\"column " << css_class << "\">\n<h3>" << heading << "</h3>\n";
    if (claims.empty()) out << "<p class=\"none\">(none)</p>\n";
    for (const Claim* claim : claims) WriteCard(*claim, role, input, out);
    out << "</div>\n";
  }

  static void WriteCard(const Claim& claim, DisputeRole role, const ReportInput& input,
                        std::ostream& out) {
    const std::string role_name(DisputeRoleName(role));
    const std::string side = SideOf(claim, input);
    out << "<div class=\"card " << role_name << "\" data-testid=\"claim-card\" data-role=\""
        << role_name << "\" data-claim-id=\"" << claim.id << "\" data-source=\""
        << EscapeHtml(claim.source) << "\" data-side=\"" << EscapeHtml(side) << "\">\n"
        << "<div class=\"who\"><span class=\"badge " << role_name << "\">" << role_name
        << "</span>";
    if (!side.empty())
      out << "<span class=\"badge side\">" << EscapeHtml(OneLine(side)) << "</span>";
    out << EscapeHtml(WhoLabel(claim, "")) << "</div>\n<dl class=\"facts\">";
    if (std::string when = WhenLabel(claim, input); !when.empty()) {
      out << "<dt>When</dt><dd><time>" << EscapeHtml(when) << "</time></dd>";
    }
    out << "<dt>Article</dt><dd>";
    WriteArticle(claim, input, out);
    out << "</dd><dt>Said</dt><dd>" << EscapeHtml(OneLine(claim.cue)) << " ("
        << StanceName(claim.stance) << ", " << QuoteKindName(claim.quote)
        << (claim.hedge.empty() ? "" : ", hedged: " + EscapeHtml(OneLine(claim.hedge)))
        << ")</dd></dl>\n"
        << "<blockquote class=\"sentence\" data-testid=\"sentence\">";
    SentenceParts parts;
    if (ClaimInSentence(claim, input, &parts)) {
      out << EscapeHtml(parts.before) << "<mark>" << EscapeHtml(parts.claim) << "</mark>"
          << EscapeHtml(parts.after);
    } else {
      out << "<mark>" << EscapeHtml(claim.content) << "</mark>";
    }
    out << "</blockquote>\n</div>\n";
  }

  // The article's title (else its doc), then the doc; a link when the
  // article has an http(s) URL, never any other scheme ("javascript:").
  static void WriteArticle(const Claim& claim, const ReportInput& input, std::ostream& out) {
    std::string title, url;
    if (auto it = input.articles.find(claim.doc); it != input.articles.end()) {
      title = OneLine(it->second.title);
      if (IsWebLink(it->second.url)) url = OneLine(it->second.url);
    }
    const std::string doc = OneLine(claim.doc);
    if (!url.empty()) {
      out << "<a href=\"" << EscapeHtml(url) << "\" rel=\"noopener noreferrer\">"
          << EscapeHtml(title.empty() ? doc : title) << "</a>";
    } else {
      out << EscapeHtml(title.empty() ? doc : title);
    }
    if (!title.empty()) out << " <span class=\"none\">(" << EscapeHtml(doc) << ")</span>";
  }

  static void WriteTimeline(const ReportInput& input, std::ostream& out) {
    out << "<section class=\"timeline\" data-testid=\"timeline\">\n<h2>Timeline: who said what "
           "when</h2>\n";
    const std::vector<TimelineEntry> entries = BuildTimeline(input);
    if (entries.empty()) {
      out << "<p class=\"none\">No claims.</p>\n</section>\n";
      return;
    }
    out << "<table>\n<thead><tr><th>When</th><th>Source</th><th>Side</th><th>Said</th>"
           "<th>Claim</th><th>Dispute</th></tr></thead>\n<tbody>\n";
    for (const TimelineEntry& entry : entries) {
      const Claim& claim = *entry.claim;
      const std::string side = SideOf(claim, input);
      std::string numbers;
      for (std::int64_t number : entry.disputes) {
        if (!numbers.empty()) numbers += ' ';
        numbers += std::to_string(number);
      }
      std::string when = WhenLabel(claim, input);
      out << "<tr data-testid=\"timeline-entry\" data-source=\"" << EscapeHtml(claim.source)
          << "\" data-side=\"" << EscapeHtml(side) << "\" data-disputes=\"" << numbers << "\">"
          << "<td class=\"when\">" << EscapeHtml(when.empty() ? "no date" : when) << "</td><td>"
          << EscapeHtml(WhoLabel(claim, "")) << "</td><td>" << EscapeHtml(OneLine(side))
          << "</td><td>" << EscapeHtml(OneLine(claim.cue)) << "</td><td>"
          << EscapeHtml(OneLine(claim.content)) << "</td><td>";
      for (std::size_t i = 0; i < entry.disputes.size(); ++i) {
        if (i > 0) out << ", ";
        out << "<a href=\"#dispute-" << entry.disputes[i] << "\">" << entry.disputes[i] << "</a>";
      }
      out << "</td></tr>\n";
    }
    out << "</tbody>\n</table>\n</section>\n";
  }
};

}  // namespace

std::unique_ptr<Reporter> MakeHtmlReporter() { return std::make_unique<HtmlReporter>(); }

}  // namespace claimtrack
