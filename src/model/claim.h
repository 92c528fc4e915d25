// Claim: one attributed statement found in an article: who said it (source),
// how (cue), what (content), and whether it asserts or denies.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "model/span.h"

namespace claimtrack {

enum class Stance { kAssert, kDeny };

// "assert" / "deny": the words used in the store and in JSON.
std::string_view StanceName(Stance stance);
// Parses "assert" or "deny"; returns false for anything else.
bool ParseStance(std::string_view name, Stance* stance);

enum class QuoteKind { kNone, kDirect, kIndirect };
std::string_view QuoteKindName(QuoteKind kind);  // "none", "direct", "indirect"
bool ParseQuoteKind(std::string_view name, QuoteKind* kind);

// The source of a claim whose text names none ("The fighting is estimated to
// have killed 400,000 people": rule agentless-passive).
inline constexpr std::string_view kUnattributedSource = "unattributed";

struct Claim {
  std::int64_t id = 0;    // store row id; 0 until stored
  std::string doc;        // the article's `doc`
  std::string source;     // speaker as resolved ("Sean Spicer" for "He")
  std::string mention;    // the source as written in the sentence ("He")
  std::string role;       // title or affiliation ("Pentagon spokesman"), may be empty
  std::string source_kind;  // "person", "organization", "group", "unknown"
  std::string cue;        // the cue as written ("said", "denied", "according to")
  std::string cue_lemma;  // the cue's dictionary form ("say", "deny")
  std::string content;    // what is claimed, as written
  Stance stance = Stance::kAssert;
  QuoteKind quote = QuoteKind::kIndirect;
  Span content_span;      // UTF-8 bytes of `content` in the article's text
  Span sentence_span;     // UTF-8 bytes of the sentence holding the cue
  std::string rule;       // the extraction pattern that produced it
  std::string target;     // a referenced earlier claim ("That claim", "the Russian claim"), or empty
  std::string evidence;   // the word that set stance "deny" ("denied", "rubbish"), or empty
  std::string hedge;      // the word that makes it tentative ("reportedly"), or empty
  std::string date;       // ISO date when known
  std::string time;       // local time of a live-blog entry ("9:30 p.m."), may be empty
};

}  // namespace claimtrack
