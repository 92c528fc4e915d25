// StoreClaimSource: a store's claims as DisputeFinder::Find(ClaimSource&)
// reads them, for `match` and `bench`. It notes what the caller wants to
// know afterwards (how many claims, the last id) as the claims go by.
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>

#include "match/dispute_finder.h"
#include "store/claim_store.h"

namespace claimtrack {

class StoreClaimSource : public ClaimSource {
 public:
  // `store` must outlive this object.
  explicit StoreClaimSource(ClaimStore* store) : store_(store) {}

  std::size_t size_hint() override {
    std::size_t count = 0;
    return store_->CountClaims(&count).ok() ? count : 0;
  }
  Status ForEach(const std::function<void(const Claim&)>& each) override {
    return store_->ForEachMatchClaim([&](const Claim& claim) {
      ++claims_;
      last_claim_id_ = std::max(last_claim_id_, claim.id);
      each(claim);
    });
  }
  Status Contents(std::span<const std::int64_t> ids,
                  const std::function<void(std::size_t, std::string_view)>& each) override {
    return store_->ForEachClaimContent(ids, each);
  }

  // After ForEach: how many claims it gave, and the highest id among them.
  std::size_t claims() const { return claims_; }
  std::int64_t last_claim_id() const { return last_claim_id_; }

 private:
  ClaimStore* store_;
  std::size_t claims_ = 0;
  std::int64_t last_claim_id_ = 0;
};

}  // namespace claimtrack
