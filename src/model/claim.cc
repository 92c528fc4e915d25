// Names of the Claim enums as they appear in the store and in JSON.
#include "model/claim.h"

namespace claimtrack {

std::string_view StanceName(Stance stance) {
  return stance == Stance::kDeny ? "deny" : "assert";
}

bool ParseStance(std::string_view name, Stance* stance) {
  if (name == "assert") {
    *stance = Stance::kAssert;
  } else if (name == "deny") {
    *stance = Stance::kDeny;
  } else {
    return false;
  }
  return true;
}

std::string_view QuoteKindName(QuoteKind kind) {
  switch (kind) {
    case QuoteKind::kDirect:
      return "direct";
    case QuoteKind::kIndirect:
      return "indirect";
    case QuoteKind::kNone:
      break;
  }
  return "none";
}

bool ParseQuoteKind(std::string_view name, QuoteKind* kind) {
  if (name == "direct") {
    *kind = QuoteKind::kDirect;
  } else if (name == "indirect") {
    *kind = QuoteKind::kIndirect;
  } else if (name == "none") {
    *kind = QuoteKind::kNone;
  } else {
    return false;
  }
  return true;
}

}  // namespace claimtrack
