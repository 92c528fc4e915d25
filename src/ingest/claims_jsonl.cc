// Claims lines (format in claims_jsonl.h): written with the report's
// ClaimJsonWriter, so a claim has one JSON shape everywhere, plus the three
// fields the store keeps that the report leaves out; read back strictly,
// because a line that loads wrongly would put offsets into the store that
// point at the wrong bytes.
#include "ingest/claims_jsonl.h"

#include <cerrno>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <system_error>
#include <utility>

#include "base/json.h"
#include "ingest/article_metadata.h"
#include "report/reporter.h"
#include "text/encoding.h"

namespace claimtrack {
namespace {

namespace fs = std::filesystem;

enum class Need { kRequired, kOptional };

// `key` in double quotes, for messages. Built by appending: g++ 12 warns
// (-Wrestrict, a false positive) on "\"" + std::string(key) once inlined.
std::string Quoted(std::string_view key) {
  std::string quoted;
  quoted.reserve(key.size() + 2);
  quoted.push_back('"');
  quoted.append(key);
  quoted.push_back('"');
  return quoted;
}

// Reads the members of one JSON object into plain fields, keeping the first
// problem met; an absent optional member leaves its field as it is.
class FieldReader {
 public:
  explicit FieldReader(const JsonValue& object) : object_(object) {}

  void String(std::string_view key, Need need, std::string* out) {
    const JsonValue* value = Member(key, need);
    if (value == nullptr) return;
    if (!value->is_string()) return Fail(Quoted(key) + " is not a string");
    *out = value->as_string();
  }

  // A byte offset: a whole number from 0 up to 2^53, the largest a JSON
  // number (a double) holds exactly.
  void Offset(std::string_view key, Need need, std::size_t* out) {
    const JsonValue* value = Member(key, need);
    if (value == nullptr) return;
    constexpr double kLargest = 9007199254740992.0;
    double number = value->as_number();
    if (!value->is_number() || number < 0 || number > kLargest || std::floor(number) != number) {
      return Fail(Quoted(key) + " is not a byte offset (a whole number from 0)");
    }
    *out = static_cast<std::size_t>(number);
  }

  // A member that must be an array; null when absent or not one (and then a
  // problem is recorded).
  const std::vector<JsonValue>* Array(std::string_view key) {
    const JsonValue* value = Member(key, Need::kRequired);
    if (value == nullptr) return nullptr;
    if (value->type() != JsonValue::Type::kArray) {
      Fail(Quoted(key) + " is not an array");
      return nullptr;
    }
    return &value->as_array();
  }

  void Fail(std::string problem) {
    if (problem_.empty()) problem_ = std::move(problem);
  }

  const std::string& problem() const { return problem_; }

 private:
  const JsonValue* Member(std::string_view key, Need need) {
    const JsonValue* value = object_.Find(key);
    if (value == nullptr && need == Need::kRequired) Fail("no \"" + std::string(key) + "\"");
    return value;
  }

  const JsonValue& object_;
  std::string problem_;
};

// "" or a problem when `date` is neither empty nor an ISO date.
std::string CheckDate(std::string_view key, const std::string& date) {
  if (date.empty() || NormalizeDate(date) == date) return "";
  return Quoted(key) + " is '" + date + "', not YYYY-MM-DD";
}

// Reads every key ClaimsLine writes for a claim but "id" and "doc". A field
// added to Claim and ClaimJson must be added here too, or loading loses it;
// the round trip in tests/ingest/claims_jsonl_test.cc sets every field.
std::string ParseClaim(const JsonValue& value, const std::string& text, Claim* claim) {
  if (!value.is_object()) return "not a JSON object";
  FieldReader fields(value);
  std::string stance, quote;
  fields.String("source", Need::kRequired, &claim->source);
  fields.String("mention", Need::kRequired, &claim->mention);
  fields.String("role", Need::kOptional, &claim->role);
  fields.String("source_kind", Need::kOptional, &claim->source_kind);
  fields.String("cue", Need::kRequired, &claim->cue);
  fields.String("cue_lemma", Need::kOptional, &claim->cue_lemma);
  fields.String("content", Need::kRequired, &claim->content);
  fields.String("stance", Need::kRequired, &stance);
  fields.String("quote", Need::kRequired, &quote);
  fields.Offset("start", Need::kRequired, &claim->content_span.begin);
  fields.Offset("end", Need::kRequired, &claim->content_span.end);
  fields.Offset("sentence_start", Need::kOptional, &claim->sentence_span.begin);
  fields.Offset("sentence_end", Need::kOptional, &claim->sentence_span.end);
  fields.String("rule", Need::kRequired, &claim->rule);
  fields.String("target", Need::kOptional, &claim->target);
  fields.String("evidence", Need::kOptional, &claim->evidence);
  fields.String("hedge", Need::kOptional, &claim->hedge);
  fields.String("date", Need::kOptional, &claim->date);
  fields.String("time", Need::kOptional, &claim->time);
  if (!fields.problem().empty()) return fields.problem();
  if (!ParseStance(stance, &claim->stance)) {
    return "\"stance\" is '" + stance + "', not assert or deny";
  }
  if (!ParseQuoteKind(quote, &claim->quote)) {
    return "\"quote\" is '" + quote + "', not direct, indirect or none";
  }
  std::string problem = CheckDate("date", claim->date);
  if (!problem.empty()) return problem;
  const Span& span = claim->content_span;
  if (span.begin > span.end || span.end > text.size() || span.in(text) != claim->content) {
    return "\"content\" is not the bytes " + std::to_string(span.begin) + "-" +
           std::to_string(span.end) + " of the text";
  }
  return "";
}

// Why the last open of `path` failed, as the OS reports it.
std::string OpenProblem(const std::string& path) {
  int error = errno;
  if (error == 0) return path + ": cannot open file";
  std::string message = std::error_code(error, std::generic_category()).message();
  // "No such file" reads "no such file" after a colon, as the reader's messages do.
  if (!message.empty() && message[0] >= 'A' && message[0] <= 'Z') message[0] += 'a' - 'A';
  return path + ": " + message;
}

void ReadClaimsStream(std::istream& in, const std::string& name, const ClaimsSink& sink,
                      ReadReport* report) {
  std::string line;
  for (int number = 1; !report->stopped && std::getline(in, line); ++number) {
    // Editors write a UTF-8 byte order mark; it is not JSON whitespace.
    if (number == 1 && line.starts_with("\xEF\xBB\xBF")) line.erase(0, 3);
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    std::string where = name + ":" + std::to_string(number);
    std::vector<std::string> repairs;
    RepairUtf8(&line, &repairs);
    if (!repairs.empty()) {
      report->problems.push_back(where + ": " + repairs.front() +
                                 "; the line was damaged after `claimtrack extract` wrote it");
      continue;
    }
    Article article;
    std::vector<Claim> claims;
    Status status = ParseClaimsLine(line, &article, &claims);
    if (!status.ok()) {
      report->problems.push_back(where + ": " + status.message());
      continue;
    }
    ++report->articles;
    if (!sink(std::move(article), std::move(claims))) report->stopped = true;
  }
  if (in.bad()) report->problems.push_back(name + ": read error");
}

}  // namespace

std::string ClaimsLine(const Article& article, const std::vector<Claim>& claims) {
  // Each claim's object is appended where it goes, and the line is moved
  // out of its writer: the line is copied once, into the output stream.
  // Room is made up front (a claim's object is about 460 bytes): growing
  // strings of kilobytes step by step cost more than writing them.
  std::string claims_json;
  claims_json.reserve(512 * claims.size() + 2);
  claims_json += '[';
  for (const Claim& claim : claims) {
    if (claims_json.size() > 1) claims_json += ',';
    ClaimJsonWriter(claim)
        .Add("cue_lemma", claim.cue_lemma)
        .Add("sentence_start", static_cast<std::int64_t>(claim.sentence_span.begin))
        .Add("sentence_end", static_cast<std::int64_t>(claim.sentence_span.end))
        .AppendTo(&claims_json);
  }
  claims_json += ']';
  JsonObjectWriter line(claims_json.size() + article.text.size() + article.title.size() + 512);
  line.Add("format", kClaimsFormat)
      .Add("doc", article.doc)
      .Add("title", article.title)
      .Add("date", article.date)
      .Add("publisher", article.publisher)
      .Add("url", article.url)
      .Add("origin", article.origin)
      .AddRaw("claims", claims_json)
      .Add("text", article.text);
  return std::move(line).str();
}

Status ParseClaimsLine(std::string_view line, Article* article, std::vector<Claim>* claims) {
  *article = Article();
  claims->clear();
  JsonValue value;
  Status status = ParseJson(line, &value);
  if (!status.ok()) return Status::Error("malformed JSON: " + status.message());
  if (!value.is_object()) return Status::Error("not a JSON object");
  std::string format;
  FieldReader fields(value);
  fields.String("format", Need::kRequired, &format);
  if (!fields.problem().empty()) {
    return Status::Error(fields.problem() +
                         "; not a claims line (claims lines are written by `claimtrack extract`)");
  }
  if (format != kClaimsFormat) {
    return Status::Error("format '" + format + "' is not " + std::string(kClaimsFormat) +
                         ", the one this claimtrack reads");
  }
  fields.String("doc", Need::kRequired, &article->doc);
  fields.String("title", Need::kOptional, &article->title);
  fields.String("date", Need::kOptional, &article->date);
  fields.String("publisher", Need::kOptional, &article->publisher);
  fields.String("url", Need::kOptional, &article->url);
  fields.String("origin", Need::kOptional, &article->origin);
  fields.String("text", Need::kRequired, &article->text);
  const std::vector<JsonValue>* items = fields.Array("claims");
  if (!fields.problem().empty()) return Status::Error(fields.problem());
  if (article->doc.empty()) return Status::Error("empty \"doc\"");
  if (article->text.empty()) return Status::Error("empty \"text\"");
  // "\u0000" is valid JSON, but no article read by `extract` holds a NUL.
  if (article->text.find('\0') != std::string::npos) {
    return Status::Error("\"text\" holds a NUL character");
  }
  std::string problem = CheckDate("date", article->date);
  if (!problem.empty()) return Status::Error(problem);
  claims->resize(items->size());
  for (std::size_t i = 0; i < items->size(); ++i) {
    problem = ParseClaim((*items)[i], article->text, &(*claims)[i]);
    if (!problem.empty()) {
      claims->clear();
      return Status::Error("claim " + std::to_string(i + 1) + ": " + problem);
    }
    (*claims)[i].doc = article->doc;
  }
  return Status::Ok();
}

void ReadClaimsFiles(const std::vector<std::string>& paths, std::istream& stdin_stream,
                     const ClaimsSink& sink, ReadReport* report) {
  for (const std::string& path : paths) {
    if (report->stopped) return;
    if (path == "-") {
      ReadClaimsStream(stdin_stream, "-", sink, report);
      continue;
    }
    std::error_code error;
    if (fs::is_directory(path, error)) {
      report->problems.push_back(path +
                                 ": is a folder; --claims takes files written by "
                                 "`claimtrack extract`");
      continue;
    }
    errno = 0;
    std::ifstream in(path, std::ios::binary);
    if (!in) {
      report->problems.push_back(OpenProblem(path));
      continue;
    }
    ReadClaimsStream(in, path, sink, report);
  }
}

}  // namespace claimtrack
