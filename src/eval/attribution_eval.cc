// Attribution evaluation against PolNeAR-style gold.
#include "eval/attribution_eval.h"

#include <cstdio>
#include <fstream>
#include <set>

#include "base/json.h"
#include "match/matching_rules.h"

namespace claimtrack {

namespace {

// Byte offset of every code point boundary: offsets[k] is where code point k
// starts; offsets.back() == text.size().
std::vector<std::size_t> CodePointOffsets(const std::string& text) {
  std::vector<std::size_t> offsets;
  offsets.reserve(text.size() + 1);
  for (std::size_t i = 0; i < text.size(); ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) offsets.push_back(i);
  }
  offsets.push_back(text.size());
  return offsets;
}

std::size_t ToByte(const std::vector<std::size_t>& offsets, double code_point) {
  if (code_point < 0) return 0;
  std::size_t k = static_cast<std::size_t>(code_point);
  return k < offsets.size() ? offsets[k] : offsets.back();
}

std::size_t Overlap(const Span& a, const Span& b) {
  std::size_t begin = std::max(a.begin, b.begin);
  std::size_t end = std::min(a.end, b.end);
  return end > begin ? end - begin : 0;
}

// The lenient match: 30% of the gold covered, 30% of the claim inside.
bool Matches(const Span& claim, const Span& gold) {
  std::size_t overlap = Overlap(claim, gold);
  return overlap > 0 && overlap * 10 >= gold.size() * 3 && overlap * 10 >= claim.size() * 3;
}

double Ratio(long a, long b) { return b ? static_cast<double>(a) / b : 0.0; }
double F1(double p, double r) { return p + r > 0 ? 2 * p * r / (p + r) : 0.0; }

}  // namespace

bool SourceAgrees(const Claim& claim, const std::string& gold_source) {
  // Relative pronouns too ("Sanders, who says ..."): like "he", they stand
  // for a name the claim's resolved source gives.
  static const std::set<std::string> kPronouns = {
      "he",  "she", "it",  "they", "i",   "we",  "you",   "him",  "her",
      "them", "his", "their", "its", "who", "whom", "whose", "which", "that"};
  static const std::set<std::string> kIgnored = {"the", "a", "an", "of", "and", "in", "on", "for"};
  std::vector<std::string> gold_words = MatchWords(gold_source);
  if (gold_words.size() == 1 && kPronouns.count(gold_words[0])) return true;
  std::set<std::string> ours;
  for (const std::string& text : {claim.source, claim.mention}) {
    for (std::string& w : MatchWords(text)) ours.insert(std::move(w));
  }
  for (const std::string& w : gold_words) {
    if (!kIgnored.count(w) && ours.count(w)) return true;
  }
  return false;
}

Status ReadGoldFile(const std::string& path, std::vector<GoldArticle>* out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::Error(path + ": cannot read gold file");
  std::string line;
  int number = 0;
  while (std::getline(in, line)) {
    ++number;
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    JsonValue value;
    Status status = ParseJson(line, &value);
    std::string where = path + ":" + std::to_string(number) + ": ";
    if (!status.ok()) return Status::Error(where + status.message());
    const JsonValue* text = value.Find("text");
    if (!text || !text->is_string()) return Status::Error(where + "no \"text\" field");
    GoldArticle gold;
    gold.article.text = text->as_string();
    gold.article.doc = value.GetString("doc");
    if (gold.article.doc.empty()) gold.article.doc = value.GetString("id");
    if (gold.article.doc.empty()) gold.article.doc = path + ":" + std::to_string(number);
    gold.article.title = value.GetString("title");
    gold.article.date = value.GetString("date");
    gold.article.publisher = value.GetString("publisher");
    gold.article.origin = path + ":" + std::to_string(number);
    std::vector<std::size_t> offsets = CodePointOffsets(gold.article.text);
    if (const JsonValue* list = value.Find("attributions")) {
      for (const JsonValue& a : list->as_array()) {
        const JsonValue* start = a.Find("content_start");
        const JsonValue* end = a.Find("content_end");
        if (!start || !end || !start->is_number() || !end->is_number()) {
          return Status::Error(where + "attribution without content_start/content_end");
        }
        GoldAttribution attribution;
        attribution.source = a.GetString("source");
        attribution.cue = a.GetString("cue");
        attribution.stance = a.GetString("stance");
        attribution.content =
            Span{ToByte(offsets, start->as_number()), ToByte(offsets, end->as_number())};
        gold.attributions.push_back(std::move(attribution));
      }
    }
    out->push_back(std::move(gold));
  }
  return Status::Ok();
}

EvalReport Evaluate(const std::vector<GoldArticle>& gold,
                    const std::vector<std::vector<Claim>>& claims,
                    const std::function<bool(const std::string&)>& lexicon_cue) {
  EvalReport report;
  report.articles = static_cast<long>(gold.size());
  for (std::size_t i = 0; i < gold.size(); ++i) {
    const std::vector<GoldAttribution>& truth = gold[i].attributions;
    for (const GoldAttribution& g : truth) {
      if (g.stance == "deny") {
        ++report.gold_deny;
        bool denied = false;
        for (const Claim& c : claims[i]) {
          denied = denied || (c.stance == Stance::kDeny && Matches(c.content_span, g.content));
        }
        report.gold_deny_found += denied;
      }
      if (g.source.empty()) continue;
      ++report.gold;
      bool found = false, right = false;
      for (const Claim& c : claims[i]) {
        if (!Matches(c.content_span, g.content)) continue;
        found = true;
        right = right || SourceAgrees(c, g.source);
      }
      report.gold_found += found;
      report.gold_source_right += right;
      if (lexicon_cue(g.cue)) {
        ++report.gold_lexicon;
        report.gold_lexicon_source_right += right;
      }
    }
    for (const Claim& c : claims[i]) {
      bool matched = false, right = false;
      for (const GoldAttribution& g : truth) {
        if (!Matches(c.content_span, g.content)) continue;
        matched = true;
        right = right || g.source.empty() || SourceAgrees(c, g.source);
      }
      ++report.claims;
      report.claims_matched += matched;
      report.claims_source_right += right;
      MatchCounts& rule = report.by_rule[c.rule];
      ++rule.claims;
      rule.matched += matched;
      MatchCounts& cue = report.by_cue[c.cue_lemma];
      ++cue.claims;
      cue.matched += matched;
    }
  }
  return report;
}

double EvalReport::precision() const { return Ratio(claims_matched, claims); }
double EvalReport::recall() const { return Ratio(gold_found, gold); }
double EvalReport::f1() const { return F1(precision(), recall()); }
double EvalReport::precision_source() const { return Ratio(claims_source_right, claims); }
double EvalReport::recall_source() const { return Ratio(gold_source_right, gold); }
double EvalReport::f1_source() const { return F1(precision_source(), recall_source()); }
double EvalReport::recall_lexicon_source() const {
  return Ratio(gold_lexicon_source_right, gold_lexicon);
}

void WriteEvalText(const EvalReport& r, std::ostream& out) {
  char line[256];
  out << r.articles << " articles, " << r.gold << " gold attributions naming a source, " << r.claims
      << " claims\n\n";
  out << "                 precision  recall     F1\n";
  std::snprintf(line, sizeof line, "content found      %6.3f  %6.3f  %6.3f\n", r.precision(),
                r.recall(), r.f1());
  out << line;
  std::snprintf(line, sizeof line, "source right       %6.3f  %6.3f  %6.3f\n", r.precision_source(),
                r.recall_source(), r.f1_source());
  out << line;
  if (r.gold_deny > 0) {
    out << "denials found as denials: " << r.gold_deny_found << " of " << r.gold_deny << "\n";
  }
  std::snprintf(line, sizeof line,
                "\ngold whose cue is in the cue lexicon: %ld of %ld; source right: recall %.3f\n",
                r.gold_lexicon, r.gold, r.recall_lexicon_source());
  out << line;
  auto table = [&](const char* title, const std::map<std::string, MatchCounts>& rows) {
    out << "\n" << title << "                 claims  matched  precision\n";
    for (const auto& [name, counts] : rows) {
      std::snprintf(line, sizeof line, "  %-26s %6ld  %7ld  %9.3f\n", name.c_str(), counts.claims,
                    counts.matched, counts.precision());
      out << line;
    }
  };
  table("by rule", r.by_rule);
  table("by cue ", r.by_cue);
}

void WriteEvalJson(const EvalReport& r, std::ostream& out) {
  auto rows = [](const std::map<std::string, MatchCounts>& map) {
    std::string json = "{";
    for (const auto& [name, counts] : map) {
      if (json.size() > 1) json += ",";
      json += JsonQuote(name) + ":" +
              JsonObjectWriter()
                  .Add("claims", static_cast<std::int64_t>(counts.claims))
                  .Add("matched", static_cast<std::int64_t>(counts.matched))
                  .Add("precision", counts.precision())
                  .str();
    }
    return json + "}";
  };
  out << JsonObjectWriter()
             .Add("articles", static_cast<std::int64_t>(r.articles))
             .Add("gold", static_cast<std::int64_t>(r.gold))
             .Add("claims", static_cast<std::int64_t>(r.claims))
             .Add("precision", r.precision())
             .Add("recall", r.recall())
             .Add("f1", r.f1())
             .Add("precision_source", r.precision_source())
             .Add("recall_source", r.recall_source())
             .Add("f1_source", r.f1_source())
             .Add("gold_deny", static_cast<std::int64_t>(r.gold_deny))
             .Add("gold_deny_found", static_cast<std::int64_t>(r.gold_deny_found))
             .Add("gold_lexicon", static_cast<std::int64_t>(r.gold_lexicon))
             .Add("recall_lexicon_source", r.recall_lexicon_source())
             .AddRaw("by_rule", rows(r.by_rule))
             .AddRaw("by_cue", rows(r.by_cue))
             .str()
      << "\n";
}

}  // namespace claimtrack
