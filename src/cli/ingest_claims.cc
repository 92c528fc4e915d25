// `ingest --claims`: the storing half of `ingest`, without extraction. The
// claims were found by `extract`, maybe on other machines; here they are only
// checked (ingest/claims_jsonl.cc) and stored in batches, one transaction
// each (ClaimStore::AddArticles), with the batch sizes of `ingest`
// (IngestOptions in cli/ingest_pipeline.h).
#include "cli/ingest_claims.h"

#include <chrono>
#include <iostream>
#include <span>
#include <utility>

#include "cli/ingest_pipeline.h"
#include "cli/progress.h"
#include "ingest/claims_jsonl.h"

namespace claimtrack {
namespace {

using Clock = std::chrono::steady_clock;

// Gathers articles into batches and stores each; counts what became of them.
class ClaimsLoader {
 public:
  explicit ClaimsLoader(const ClaimsIngestTarget& target) : target_(target) {}

  // Adds one article; stores the batch when it is full or old. False once
  // the store has failed: stop reading.
  bool Add(Article&& article, std::vector<Claim>&& claims) {
    if (batch_.empty()) batch_start_ = Clock::now();
    batch_bytes_ += article.text.size();
    bytes_ += static_cast<long long>(article.text.size());
    batch_.push_back({std::move(article), std::move(claims), {}});
    if (batch_.size() >= options_.batch_articles || batch_bytes_ >= options_.batch_bytes ||
        Clock::now() - batch_start_ >= options_.batch_age) {
      return Flush();
    }
    return true;
  }

  // Stores the batch. When the store fails, nothing of the batch was
  // written: its articles are tried again one by one, as `ingest` does, so
  // that every article before the one the store cannot take is stored.
  bool Flush() {
    if (batch_.empty()) return stopped_at.empty();
    std::vector<AddResult> results;
    Status status = target_.store->AddArticles(batch_, &results);
    if (status.ok()) {
      for (std::size_t i = 0; i < batch_.size(); ++i) Count(batch_[i], results[i]);
    } else {
      for (ArticleClaims& item : batch_) {
        status = target_.store->AddArticles(std::span<ArticleClaims>(&item, 1), &results);
        if (!status.ok()) {
          failures.push_back(status.message() + target_.failure_hint());
          const Article& article = item.article;
          stopped_at = article.origin.empty() ? article.doc : article.origin;
          break;
        }
        Count(item, results[0]);
      }
    }
    batch_.clear();
    batch_bytes_ = 0;
    return stopped_at.empty();
  }

  long long bytes() const { return bytes_; }

  long stored = 0, duplicates = 0, claims_stored = 0;
  std::vector<std::string> failures;  // articles the store refused
  std::vector<std::string> warnings;  // duplicate ids
  std::string stopped_at;             // the article the store could not write

 private:
  void Count(const ArticleClaims& item, const AddResult& result) {
    if (result.outcome == AddOutcome::kRefused) {
      failures.push_back(result.message);
    } else if (result.outcome == AddOutcome::kStored) {
      ++stored;
      claims_stored += static_cast<long>(item.claims.size());
      std::string warning = target_.stored_warning(item.article);
      if (!warning.empty()) warnings.push_back(std::move(warning));
    } else {
      ++duplicates;
    }
  }

  const ClaimsIngestTarget& target_;
  IngestOptions options_;
  std::vector<ArticleClaims> batch_;
  std::size_t batch_bytes_ = 0;
  Clock::time_point batch_start_;
  long long bytes_ = 0;
};

}  // namespace

int IngestClaims(const std::vector<std::string>& files, std::istream& stdin_stream,
                 const ClaimsIngestTarget& target) {
  ClaimsLoader loader(target);
  ReadReport report;
  {
    Progress progress("ingest");
    ReadClaimsFiles(
        files, stdin_stream,
        [&](Article&& article, std::vector<Claim>&& claims) {
          bool go_on = loader.Add(std::move(article), std::move(claims));
          progress.Update(loader.stored + loader.duplicates, loader.bytes(), loader.claims_stored,
                          "claims");
          return go_on;
        },
        &report);
    loader.Flush();
  }
  for (const std::string& warning : loader.warnings) {
    std::cerr << "claimtrack: warning: " << warning << "\n";
  }
  for (const std::string& problem : report.problems) {
    std::cerr << "claimtrack: skipped " << problem << "\n";
  }
  for (const std::string& failure : loader.failures) {
    std::cerr << "claimtrack: " << failure << "\n";
  }
  if (!loader.stopped_at.empty()) {
    std::cerr << "claimtrack: stopped at " << loader.stopped_at
              << ", which was not stored; the articles before it are stored whole, and running "
                 "the same ingest again stores the rest\n";
  }
  long skipped = static_cast<long>(report.problems.size() + loader.failures.size());
  std::cout << "ingested " << loader.stored << (loader.stored == 1 ? " article, " : " articles, ")
            << loader.claims_stored << (loader.claims_stored == 1 ? " claim" : " claims");
  if (loader.duplicates > 0) std::cout << "; " << loader.duplicates << " already stored";
  if (skipped > 0) std::cout << "; " << skipped << " skipped";
  if (!loader.stopped_at.empty()) std::cout << "; stopped early";
  std::cout << " (" << target.store->path() << ")\n";
  return skipped > 0 ? 1 : 0;
}

}  // namespace claimtrack
