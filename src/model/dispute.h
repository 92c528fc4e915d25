// Dispute: a claim together with every claim that denies or contradicts it.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace claimtrack {

// One claim's place in a dispute: the claim under dispute, or a counter-claim.
enum class DisputeRole { kClaim, kCounter };

struct DisputeMember {
  std::int64_t claim_id = 0;
  DisputeRole role = DisputeRole::kClaim;
};

struct Dispute {
  std::int64_t id = 0;     // store row id; 0 until stored
  std::string topic;       // salient words shared by the claims ("joint mission")
  std::string kind;        // "denial", "rebuttal", "stance"
  std::string rule;        // the matching rule that produced it
  double score = 0.0;      // confidence in [0, 1]
  std::string evidence;    // the words that triggered the rule
  std::vector<DisputeMember> members;  // the disputed claim(s) first
};

}  // namespace claimtrack
