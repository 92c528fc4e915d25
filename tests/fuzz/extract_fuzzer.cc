// claimtrack_extract_fuzzer: the libFuzzer target for reading and extraction
// (how to build and run it: docs/testing.md). Each input is read twice
// through the real reader: as a plain-text article, the way `claimtrack
// ingest -` reads standard input (encoding checks and repair, title, date),
// and as the contents of a .jsonl file (line splitting, JSON, metadata). Every
// article read is split into posts and run through a ClaimExtractor built from
// the repository's rules/, as `claimtrack ingest` does.
//
// Besides crashes and sanitizer reports it stops on a broken contract, with a
// message on stderr and abort(): an article whose text is not well-formed
// UTF-8 (article_reader.h), a post that is not a slice of its page
// (post_splitter.h), or a claim whose spans leave the text, whose content is
// not the bytes its span covers, or whose strings are not UTF-8 (claim.h).
// Those strings go into SQLite and JSON as they are, so a claim cut inside a
// character would break the store's and the report's output.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "extract/claim_extractor.h"
#include "ingest/article_reader.h"
#include "ingest/post_splitter.h"
#include "model/article.h"
#include "model/claim.h"
#include "text/encoding.h"

namespace claimtrack {
namespace {

[[noreturn]] void Fail(const std::string& what, const Article& article) {
  std::fprintf(stderr, "extract_fuzzer: %s (article %s, %zu bytes)\n", what.c_str(),
               article.origin.c_str(), article.text.size());
  std::abort();
}

bool IsUtf8(std::string_view text) {
  std::string copy(text);
  std::vector<std::string> warnings;
  RepairUtf8(&copy, &warnings);
  return warnings.empty();
}

void CheckSpan(const Span& span, const char* name, const Article& article) {
  if (span.begin > span.end || span.end > article.text.size()) {
    Fail(std::string(name) + " [" + std::to_string(span.begin) + ", " + std::to_string(span.end) +
             ") is outside the text",
         article);
  }
}

void CheckClaim(const Claim& claim, const Article& article) {
  CheckSpan(claim.content_span, "content span", article);
  CheckSpan(claim.sentence_span, "sentence span", article);
  if (claim.content != claim.content_span.in(article.text)) {
    Fail("content \"" + claim.content + "\" is not the bytes of its span", article);
  }
  if (claim.doc != article.doc) {
    Fail("claim doc \"" + claim.doc + "\" is not the article's", article);
  }
  const std::string* fields[] = {&claim.source,  &claim.mention, &claim.role,     &claim.cue,
                                 &claim.content, &claim.target,  &claim.evidence, &claim.time};
  for (const std::string* field : fields) {
    if (!IsUtf8(*field)) Fail("claim field \"" + *field + "\" is not UTF-8", article);
  }
}

void CheckArticle(const Article& article) {
  if (!IsUtf8(article.text)) Fail("article text is not UTF-8", article);
  if (!IsUtf8(article.title)) Fail("article title is not UTF-8", article);
}

class Pipeline {
 public:
  // The rules come from $CLAIMTRACK_RULES when it is set, as for claimtrack,
  // else from the source tree's rules/.
  Pipeline() {
    const char* rules_dir = std::getenv("CLAIMTRACK_RULES");
    if (rules_dir == nullptr || *rules_dir == '\0') rules_dir = CLAIMTRACK_SOURCE_RULES_DIR;
    Status status = ClaimExtractor::Create(rules_dir, &extractor_);
    if (!status.ok()) {
      std::fprintf(stderr, "extract_fuzzer: cannot load the rules in %s: %s\n", rules_dir,
                   status.message().c_str());
      std::exit(2);
    }
  }

  // What `claimtrack ingest` does with each article it reads, minus the store.
  bool Visit(Article&& page) {
    CheckArticle(page);
    std::vector<Article> posts = SplitPosts(page);
    std::size_t covered = 0;
    for (const Article& post : posts) {
      if (page.text.compare(covered, post.text.size(), post.text) != 0) {
        Fail("post " + post.doc + " is not the next slice of its page", page);
      }
      covered += post.text.size();
      CheckArticle(post);
      for (const Claim& claim : extractor_->Extract(post)) CheckClaim(claim, post);
    }
    if (covered != page.text.size()) Fail("the posts do not cover their page", page);
    return true;
  }

  void Run(const std::string& bytes) {
    ArticleSink sink = [this](Article&& article) { return Visit(std::move(article)); };
    {
      std::istringstream in(bytes);
      ReadReport report;
      ReadArticles({"-"}, in, sink, &report);
    }
    {
      std::istringstream in(bytes);
      ReadReport report;
      ReadJsonlArticles(in, "fuzz.jsonl", sink, &report);
    }
  }

 private:
  std::unique_ptr<ClaimExtractor> extractor_;
};

}  // namespace
}  // namespace claimtrack

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  // Built on the first input, so that loading the rules happens once.
  static claimtrack::Pipeline* pipeline = new claimtrack::Pipeline();
  pipeline->Run(std::string(reinterpret_cast<const char*>(data), size));
  return 0;
}
