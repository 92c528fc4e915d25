// Status: the result of an operation that can fail, passed between stages as
// a value (exceptions stay at the edges). A Status is either ok() or carries a
// message meant for the user, already naming the file (and line) involved.
#pragma once

#include <string>
#include <utility>

namespace claimtrack {

class Status {
 public:
  Status() = default;  // ok
  static Status Ok() { return Status(); }
  static Status Error(std::string message) { return Status(std::move(message)); }

  bool ok() const { return !failed_; }
  const std::string& message() const { return message_; }

 private:
  explicit Status(std::string message) : failed_(true), message_(std::move(message)) {}
  bool failed_ = false;
  std::string message_;
};

}  // namespace claimtrack
