// MatchClaims: the claims as the matcher reads them, column by column. Only
// the fields its rules use are kept (not the source's kind, the cue's lemma,
// the quotation kind, the extraction rule, the date or the time); strings
// that repeat across claims (article names, speakers, roles, cues, evidence
// words) are held once, and every content sits in one buffer. A Claim is 14
// std::strings (496 bytes before any text); a claim here takes about 21
// bytes besides its content and its share of the distinct strings. Ids are
// kept as runs of consecutive ids (a store's claims come nearly in id
// order). The target, evidence and hedge, which few claims have, are kept
// only for the claims that have one, and the cue with them (the rules read
// it only of denials, which have an evidence). The role and mention, read
// only to find the claim's side (ClaimWords), go with the content; the
// sentence's end, read by no rule, is not kept. `bench`'s million generated
// claims took 713 MiB as Claims.
//
// Claims are added one at a time, so that whoever reads them (a store query,
// `bench`'s generated claims) never needs them all as Claims at once. The
// contents can be let go once read (ReleaseContents), with the roles and
// mentions: a full match keeps only what it computed from them, and reads
// the few contents it needs again.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "model/claim.h"
#include "model/span.h"

namespace claimtrack {

// Distinct strings, each stored once and numbered from 0 in the order first
// seen. The text of all of them lies in one buffer, found by an
// open-addressing table of ids: about 12 bytes per string besides its text.
class StringPool {
 public:
  // The id of `text`, added when new.
  std::uint32_t Intern(std::string_view text);
  // Valid until the next Intern.
  std::string_view operator[](std::uint32_t id) const {
    return std::string_view(text_).substr(starts_[id], starts_[id + 1] - starts_[id]);
  }
  std::size_t size() const { return starts_.size() - 1; }
  // Frees the slack of growing; the lookup table goes too, so Intern may not
  // be called again.
  void Freeze();

 private:
  std::string text_;
  std::vector<std::size_t> starts_{0};  // string k is text_[starts_[k], starts_[k + 1])
  std::vector<std::uint32_t> slots_;    // id + 1 of the string hashed there; 0: empty
};

// One claim of a MatchClaims. The views point into the MatchClaims and are
// valid while it lives and nothing is added to it.
struct MatchClaim {
  std::int64_t id = 0;
  std::string_view doc;
  std::string_view source;
  std::string_view role;     // empty when none, or when released with the content
  std::string_view mention;  // empty when released with the content
  // Kept only with a target, evidence or hedge (empty otherwise): the rules
  // read the cue only of denials, and a denial names its evidence.
  std::string_view cue;
  std::string_view content;
  std::string_view target;   // empty when none
  std::string_view evidence; // empty when none
  std::string_view hedge;    // empty when none
  Stance stance = Stance::kAssert;
  Span content_span;
  // Where the sentence holding the cue begins (Claim::sentence_span.begin):
  // the rules measure distances in an article by it; its end is not kept.
  std::size_t sentence_begin = 0;
};

// The matching fields of `claim` as views into it: valid while it lives.
MatchClaim MatchClaimOf(const Claim& claim);

class MatchClaims {
 public:
  MatchClaims() = default;
  // The matching fields of `claims`, in their order.
  explicit MatchClaims(const std::vector<Claim>& claims);

  // Appends the fields the matcher reads of `claim`: id, doc, source, role,
  // mention, cue, content, stance, content_span, the sentence_span's begin,
  // target, evidence and hedge. Offsets beyond 4 GiB are not kept (SQLite
  // holds no text over 1 GB). Claims go in the order DisputeFinder::Find
  // asks for.
  void Add(const Claim& claim);
  // Room for `claims` claims and `content_bytes` of content, when known;
  // `content_bytes` 0 reserves no room for contents (they will be released
  // as they are read).
  void Reserve(std::size_t claims, std::size_t content_bytes);
  // Frees what growing left unused; nothing may be added afterwards.
  void Freeze();
  // Lets go of the contents, roles and mentions of every claim added so far
  // (their buffers are kept for the claims added next): content(i),
  // role_id(i) and mention_id(i) may then be asked only of claims added
  // afterwards, and operator[] gives the others' content, role and mention
  // empty. Every other field stays.
  void ReleaseContents();
  // Lets go of everything but the ids, once matching is done and only the
  // ids are still asked for (the exported postings): afterwards only size()
  // and id(i) may be called.
  void ReleaseAllButIds();
  // The first claim whose content is held: 0 until ReleaseContents.
  std::size_t first_content() const { return content_first_; }

  std::size_t size() const { return size_; }
  // The claim's content is empty when it was released.
  MatchClaim operator[](std::size_t i) const;

  // Single fields, for the loops that read one field of many claims.
  // The claim's id: looked up among the runs of consecutive ids (a binary
  // search; there are few runs when ids come in order).
  std::int64_t id(std::size_t i) const;
  Stance stance(std::size_t i) const { return stances_[i]; }
  // Requires i >= first_content().
  std::string_view content(std::size_t i) const {
    const std::size_t k = i - content_first_;
    return std::string_view(content_).substr(content_starts_[k],
                                             content_starts_[k + 1] - content_starts_[k]);
  }
  // The article, as an id into doc_names(): equal ids, equal `doc`. Ids are
  // numbered in the order the articles are first seen.
  // Kept as runs of claims of one article (a store's claims come by
  // article), found from a coarse index: a few steps, no binary search.
  std::uint32_t doc_id(std::size_t i) const {
    std::size_t run = doc_run_at_block_[i / kDocBlock];
    while (run + 1 < doc_runs_.size() && doc_runs_[run + 1].first <= i) ++run;
    return doc_runs_[run].doc;
  }
  // Empty after ReleaseDocNames.
  const StringPool& doc_names() const { return doc_names_; }
  // How many distinct articles the claims are of (doc_id is below it).
  std::size_t articles() const { return doc_pages_.size(); }
  // The article's page, as an id: equal ids, equal text of `doc` before its
  // first '#' (posts of one page: "page.txt#2", "page.txt#5"). Numbered in
  // the order the pages are first seen.
  std::uint32_t page_id(std::size_t i) const { return doc_pages_[doc_id(i)]; }
  // Lets go of the articles' names (their ids stay, and their pages'), once
  // no claim will be added: doc_names() is then empty, and operator[] gives
  // `doc` empty. A full match needs only the ids after reading (about 10
  // MiB of names on the 1 GB store).
  void ReleaseDocNames();
  // Source, role and mention as ids into names(): equal ids, equal text.
  // role_id and mention_id require i >= first_content().
  std::uint32_t source_id(std::size_t i) const { return fields_[i].source; }
  std::uint32_t role_id(std::size_t i) const { return held_[i - content_first_].role; }
  std::uint32_t mention_id(std::size_t i) const { return held_[i - content_first_].mention; }
  const StringPool& names() const { return names_; }

 private:
  // The content's span as where it starts from the sentence's start and its
  // size, 4 bytes where two offsets took 8: a content lies in or near its
  // cue's sentence. The spans that do not fit are kept apart (FarSpan).
  struct Fields {
    std::uint32_t source = 0;  // into names_
    std::uint32_t sentence_begin = 0;
    std::int16_t content_from_sentence = 0;  // content_span.begin - sentence_begin; kFar: far
    std::uint16_t content_size = 0;
  };
  static constexpr std::int16_t kFar = INT16_MIN;
  struct FarSpan {
    std::uint32_t claim = 0;
    std::uint32_t begin = 0, end = 0;
  };
  // What is kept only while the claim's content is held.
  struct HeldNames {
    std::uint32_t role = 0, mention = 0;  // into names_
  };
  // The labels most claims leave empty (about 3% of a news store's claims
  // and 12% of `bench`'s have any), for the claims that have one, by claim,
  // with the cue, which is read only of such claims.
  struct RareLabels {
    std::uint32_t claim = 0;
    std::uint32_t target = 0, evidence = 0, hedge = 0, cue = 0;  // into labels_
  };
  // Claims first, first + 1, ... have ids id, id + 1, ...: a run ends where
  // an id is not one more than the last.
  struct IdRun {
    std::size_t first = 0;
    std::int64_t id = 0;
  };
  // Claims first, first + 1, ... up to the next run's first are of article
  // `doc`; doc_run_at_block_[k] is the run holding claim k * kDocBlock.
  struct DocRun {
    std::uint32_t first = 0;
    std::uint32_t doc = 0;
  };
  static constexpr std::size_t kDocBlock = 16;
  std::size_t size_ = 0;
  std::vector<IdRun> id_runs_;
  std::vector<DocRun> doc_runs_;
  std::vector<std::uint32_t> doc_run_at_block_;
  std::vector<RareLabels> rare_labels_;
  std::vector<FarSpan> far_spans_;  // by claim, the content spans Fields cannot hold
  std::vector<Stance> stances_;
  std::vector<Fields> fields_;
  // Content of claim content_first_ + k: content_[content_starts_[k], content_starts_[k + 1]).
  std::size_t content_first_ = 0;
  std::vector<HeldNames> held_;  // of claim content_first_ + k
  std::vector<std::size_t> content_starts_{0};
  std::string content_;
  StringPool doc_names_;
  std::vector<std::uint32_t> doc_pages_;  // by article, into pages_
  StringPool pages_;                      // let go with the articles' names
  StringPool names_;
  StringPool labels_;
};

}  // namespace claimtrack
