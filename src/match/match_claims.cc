// MatchClaims: the matcher's columns, and the string pool they intern into.
#include "match/match_claims.h"

#include <algorithm>
#include <limits>
#include <stdexcept>

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
  doc_run_at_block_.reserve(claims / kDocBlock + 1);
  stances_.reserve(claims);
  fields_.reserve(claims);
  if (content_bytes > 0) {  // 0: contents released as read
    content_starts_.reserve(claims + 1);
    held_.reserve(claims);
  }
  content_.reserve(content_bytes);
}

void MatchClaims::Add(const Claim& claim) {
  const std::size_t index = size_++;
  if (id_runs_.empty() ||
      id_runs_.back().id + static_cast<std::int64_t>(index - id_runs_.back().first) != claim.id) {
    id_runs_.push_back(IdRun{index, claim.id});
  }
  if (index > UINT32_MAX) throw std::length_error("MatchClaims: more than 2^32 claims");
  const std::uint32_t doc = doc_names_.Intern(claim.doc);
  if (doc == doc_pages_.size()) {  // an article first seen
    const std::string_view name = claim.doc;
    doc_pages_.push_back(pages_.Intern(name.substr(0, name.find('#'))));
  }
  if (doc_runs_.empty() || doc_runs_.back().doc != doc) {
    doc_runs_.push_back(DocRun{static_cast<std::uint32_t>(index), doc});
  }
  if (index % kDocBlock == 0) {
    doc_run_at_block_.push_back(static_cast<std::uint32_t>(doc_runs_.size() - 1));
  }
  stances_.push_back(claim.stance);
  Fields fields;
  fields.source = names_.Intern(claim.source);
  held_.push_back(HeldNames{names_.Intern(claim.role), names_.Intern(claim.mention)});
  if (!claim.target.empty() || !claim.evidence.empty() || !claim.hedge.empty()) {
    RareLabels rare;
    rare.claim = static_cast<std::uint32_t>(index);
    rare.target = labels_.Intern(claim.target);
    rare.evidence = labels_.Intern(claim.evidence);
    rare.hedge = labels_.Intern(claim.hedge);
    rare.cue = labels_.Intern(claim.cue);
    rare_labels_.push_back(rare);
  }
  fields.sentence_begin = Offset(claim.sentence_span.begin);
  const std::int64_t begin = Offset(claim.content_span.begin), end = Offset(claim.content_span.end);
  const std::int64_t from_sentence = begin - static_cast<std::int64_t>(fields.sentence_begin);
  if (from_sentence > kFar && from_sentence <= INT16_MAX && end >= begin &&
      end - begin <= UINT16_MAX) {
    fields.content_from_sentence = static_cast<std::int16_t>(from_sentence);
    fields.content_size = static_cast<std::uint16_t>(end - begin);
  } else {
    fields.content_from_sentence = kFar;
    far_spans_.push_back(FarSpan{static_cast<std::uint32_t>(index), static_cast<std::uint32_t>(begin),
                                 static_cast<std::uint32_t>(end)});
  }
  fields_.push_back(fields);
  content_.append(claim.content);
  content_starts_.push_back(content_.size());
}

void MatchClaims::Freeze() {
  id_runs_.shrink_to_fit();
  rare_labels_.shrink_to_fit();
  far_spans_.shrink_to_fit();
  doc_runs_.shrink_to_fit();
  doc_run_at_block_.shrink_to_fit();
  stances_.shrink_to_fit();
  fields_.shrink_to_fit();
  content_starts_.shrink_to_fit();
  content_.shrink_to_fit();
  held_.shrink_to_fit();
  doc_names_.Freeze();
  doc_pages_.shrink_to_fit();
  pages_.Freeze();
  names_.Freeze();
  labels_.Freeze();
}

void MatchClaims::ReleaseDocNames() {
  doc_names_ = StringPool();
  pages_ = StringPool();  // only for numbering the pages as claims are added
}

void MatchClaims::ReleaseContents() {
  content_first_ = size_;
  content_.clear();
  content_starts_.assign(1, 0);
  held_.clear();
}

void MatchClaims::ReleaseAllButIds() {
  std::vector<DocRun>().swap(doc_runs_);
  std::vector<std::uint32_t>().swap(doc_run_at_block_);
  std::vector<Stance>().swap(stances_);
  std::vector<Fields>().swap(fields_);
  std::vector<RareLabels>().swap(rare_labels_);
  std::vector<FarSpan>().swap(far_spans_);
  std::vector<std::size_t>{0}.swap(content_starts_);
  std::string().swap(content_);
  std::vector<HeldNames>().swap(held_);
  content_first_ = size_;
  doc_names_ = StringPool();
  std::vector<std::uint32_t>().swap(doc_pages_);
  pages_ = StringPool();
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
  view.sentence_begin = claim.sentence_span.begin;
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
  if (doc_names_.size() > 0) claim.doc = doc_names_[doc_id(i)];
  claim.source = names_[fields.source];
  if (i >= content_first_) {
    claim.content = content(i);
    claim.role = names_[role_id(i)];
    claim.mention = names_[mention_id(i)];
  }
  auto rare = std::lower_bound(
      rare_labels_.begin(), rare_labels_.end(), i,
      [](const RareLabels& labels, std::size_t claim) { return labels.claim < claim; });
  if (rare != rare_labels_.end() && rare->claim == i) {
    claim.target = labels_[rare->target];
    claim.evidence = labels_[rare->evidence];
    claim.hedge = labels_[rare->hedge];
    claim.cue = labels_[rare->cue];
  }
  claim.stance = stances_[i];
  if (fields.content_from_sentence != kFar) {
    const std::size_t begin = static_cast<std::size_t>(
        static_cast<std::int64_t>(fields.sentence_begin) + fields.content_from_sentence);
    claim.content_span = Span{begin, begin + fields.content_size};
  } else {
    auto far = std::lower_bound(
        far_spans_.begin(), far_spans_.end(), i,
        [](const FarSpan& span, std::size_t claim) { return span.claim < claim; });
    claim.content_span = Span{far->begin, far->end};
  }
  claim.sentence_begin = fields.sentence_begin;
  return claim;
}

}  // namespace claimtrack
