// MatchClaims: the matcher's columns, and the string pool they intern into.
#include "match/match_claims.h"

#include <algorithm>
#include <limits>

namespace claimtrack {

namespace {

std::uint64_t HashText(std::string_view text) {
  std::uint64_t hash = 14695981039346656037ull;  // FNV-1a
  for (unsigned char c : text) hash = (hash ^ c) * 1099511628211ull;
  return hash;
}

// A span as two 32-bit offsets; SQLite's texts are at most 1 GB, so an
// offset past 4 GiB never comes from the store.
std::uint32_t Offset(std::size_t offset) {
  return static_cast<std::uint32_t>(std::min<std::size_t>(offset, std::numeric_limits<std::uint32_t>::max()));
}

}  // namespace

std::uint32_t StringPool::Intern(std::string_view text) {
  // Keep the table at most half full: probes stay short.
  if (2 * (size() + 1) > slots_.size()) {
    std::vector<std::uint32_t> old = std::move(slots_);
    slots_.assign(std::max<std::size_t>(64, old.size() * 2), 0);
    const std::size_t mask = slots_.size() - 1;
    for (std::uint32_t entry : old) {
      if (entry == 0) continue;
      std::size_t slot = HashText((*this)[entry - 1]) & mask;
      while (slots_[slot] != 0) slot = (slot + 1) & mask;
      slots_[slot] = entry;
    }
  }
  const std::size_t mask = slots_.size() - 1;
  std::size_t slot = HashText(text) & mask;
  while (slots_[slot] != 0) {
    if ((*this)[slots_[slot] - 1] == text) return slots_[slot] - 1;
    slot = (slot + 1) & mask;
  }
  const auto id = static_cast<std::uint32_t>(size());
  text_.append(text);
  starts_.push_back(text_.size());
  slots_[slot] = id + 1;
  return id;
}

void StringPool::Freeze() {
  text_.shrink_to_fit();
  starts_.shrink_to_fit();
  std::vector<std::uint32_t>().swap(slots_);
}

MatchClaims::MatchClaims(const std::vector<Claim>& claims) {
  std::size_t bytes = 0;
  for (const Claim& claim : claims) bytes += claim.content.size();
  Reserve(claims.size(), bytes);
  for (const Claim& claim : claims) Add(claim);
}

void MatchClaims::Reserve(std::size_t claims, std::size_t content_bytes) {
  docs_.reserve(claims);
  stances_.reserve(claims);
  fields_.reserve(claims);
  if (content_bytes > 0) content_starts_.reserve(claims + 1);  // 0: contents released as read
  content_.reserve(content_bytes);
}

void MatchClaims::Add(const Claim& claim) {
  const std::size_t index = size_++;
  if (id_runs_.empty() ||
      id_runs_.back().id + static_cast<std::int64_t>(index - id_runs_.back().first) != claim.id) {
    id_runs_.push_back(IdRun{index, claim.id});
  }
  docs_.push_back(doc_names_.Intern(claim.doc));
  stances_.push_back(claim.stance);
  Fields fields;
  fields.source = names_.Intern(claim.source);
  fields.role = names_.Intern(claim.role);
  fields.mention = names_.Intern(claim.mention);
  fields.cue = labels_.Intern(claim.cue);
  if (!claim.target.empty() || !claim.evidence.empty() || !claim.hedge.empty()) {
    RareLabels rare;
    rare.claim = static_cast<std::uint32_t>(index);
    rare.target = labels_.Intern(claim.target);
    rare.evidence = labels_.Intern(claim.evidence);
    rare.hedge = labels_.Intern(claim.hedge);
    rare_labels_.push_back(rare);
  }
  fields.content_begin = Offset(claim.content_span.begin);
  fields.content_end = Offset(claim.content_span.end);
  fields.sentence_begin = Offset(claim.sentence_span.begin);
  fields.sentence_end = Offset(claim.sentence_span.end);
  fields_.push_back(fields);
  content_.append(claim.content);
  content_starts_.push_back(content_.size());
}

void MatchClaims::Freeze() {
  id_runs_.shrink_to_fit();
  rare_labels_.shrink_to_fit();
  docs_.shrink_to_fit();
  stances_.shrink_to_fit();
  fields_.shrink_to_fit();
  content_starts_.shrink_to_fit();
  content_.shrink_to_fit();
  doc_names_.Freeze();
  names_.Freeze();
  labels_.Freeze();
}

void MatchClaims::ReleaseContents() {
  content_first_ = size_;
  content_.clear();
  content_starts_.assign(1, 0);
}

void MatchClaims::ReleaseAllButIds() {
  std::vector<std::uint32_t>().swap(docs_);
  std::vector<Stance>().swap(stances_);
  std::vector<Fields>().swap(fields_);
  std::vector<RareLabels>().swap(rare_labels_);
  std::vector<std::size_t>{0}.swap(content_starts_);
  std::string().swap(content_);
  content_first_ = size_;
  doc_names_ = StringPool();
  names_ = StringPool();
  labels_ = StringPool();
}

MatchClaim MatchClaimOf(const Claim& claim) {
  MatchClaim view;
  view.id = claim.id;
  view.doc = claim.doc;
  view.source = claim.source;
  view.role = claim.role;
  view.mention = claim.mention;
  view.cue = claim.cue;
  view.content = claim.content;
  view.target = claim.target;
  view.evidence = claim.evidence;
  view.hedge = claim.hedge;
  view.stance = claim.stance;
  view.content_span = claim.content_span;
  view.sentence_span = claim.sentence_span;
  return view;
}

std::int64_t MatchClaims::id(std::size_t i) const {
  // The last run starting at or before i.
  auto run = std::upper_bound(id_runs_.begin(), id_runs_.end(), i,
                              [](std::size_t claim, const IdRun& r) { return claim < r.first; });
  --run;
  return run->id + static_cast<std::int64_t>(i - run->first);
}

MatchClaim MatchClaims::operator[](std::size_t i) const {
  const Fields& fields = fields_[i];
  MatchClaim claim;
  claim.id = id(i);
  claim.doc = doc_names_[docs_[i]];
  claim.source = names_[fields.source];
  claim.role = names_[fields.role];
  claim.mention = names_[fields.mention];
  claim.cue = labels_[fields.cue];
  if (i >= content_first_) claim.content = content(i);
  auto rare = std::lower_bound(
      rare_labels_.begin(), rare_labels_.end(), i,
      [](const RareLabels& labels, std::size_t claim) { return labels.claim < claim; });
  if (rare != rare_labels_.end() && rare->claim == i) {
    claim.target = labels_[rare->target];
    claim.evidence = labels_[rare->evidence];
    claim.hedge = labels_[rare->hedge];
  }
  claim.stance = stances_[i];
  claim.content_span = Span{fields.content_begin, fields.content_end};
  claim.sentence_span = Span{fields.sentence_begin, fields.sentence_end};
  return claim;
}

}  // namespace claimtrack
