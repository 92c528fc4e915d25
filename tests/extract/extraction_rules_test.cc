// Tests for the rules/ folder as users edit it: mistakes in cues.txt are
// reported with file and line, a new cue line takes effect at run time
// without recompiling, and page furniture from boilerplate.txt yields no
// claims. Each test works on a copy of rules/ in a fresh temporary folder.
#include "extract/extraction_rules.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <memory>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "extract/claim_extractor.h"

namespace claimtrack {
namespace {

namespace fs = std::filesystem;

// A copy of rules/ at TEMP/rules, removed afterwards. The folder is named
// "rules" so that messages read "rules/cues.txt:LINE: ...".
class RulesCopy {
 public:
  RulesCopy() {
    std::random_device random;
    base_ = fs::temp_directory_path() /
            ("claimtrack_rules_test_" + std::to_string(random()) + std::to_string(random()));
    fs::create_directories(base_);
    fs::copy(CLAIMTRACK_SOURCE_RULES_DIR, dir(), fs::copy_options::recursive);
  }
  ~RulesCopy() {
    std::error_code ignored;
    fs::remove_all(base_, ignored);
  }
  RulesCopy(const RulesCopy&) = delete;
  RulesCopy& operator=(const RulesCopy&) = delete;

  fs::path dir() const { return base_ / "rules"; }

  // Appends `lines` to `file`; returns the line number of the first one.
  int Append(const std::string& file, const std::vector<std::string>& lines) const {
    std::string content;
    {
      std::ifstream in(dir() / file, std::ios::binary);
      std::stringstream buffer;
      buffer << in.rdbuf();
      content = buffer.str();
    }
    std::ofstream out(dir() / file, std::ios::binary | std::ios::app);
    if (!content.empty() && content.back() != '\n') {
      out << '\n';
      content += '\n';
    }
    int first = static_cast<int>(std::count(content.begin(), content.end(), '\n')) + 1;
    for (const std::string& line : lines) out << line << '\n';
    return first;
  }

 private:
  fs::path base_;
};

std::unique_ptr<ClaimExtractor> MakeExtractor(const std::string& rules_dir) {
  std::unique_ptr<ClaimExtractor> extractor;
  Status status = ClaimExtractor::Create(rules_dir, &extractor);
  INFO(status.message());
  REQUIRE(status.ok());
  return extractor;
}

std::vector<Claim> ExtractWith(const ClaimExtractor& extractor, const std::string& text) {
  Article article;
  article.doc = "test";
  article.text = text;
  return extractor.Extract(article);
}

std::string Describe(const std::vector<Claim>& claims) {
  std::string out;
  for (const Claim& c : claims) {
    out += "\n  [" + c.source + "] cue=[" + c.cue + "] content=[" + c.content + "]";
  }
  return out;
}

TEST_CASE("A copy of rules/ loads like the original", "[extract]") {
  RulesCopy copy;
  ExtractionRules rules;
  Status status = ExtractionRules::Load(copy.dir().string(), &rules);
  INFO(status.message());
  CHECK(status.ok());
}

TEST_CASE("Mistakes in cues.txt are reported with file and line", "[extract]") {
  RulesCopy copy;
  const std::string misspelled_field = "rebut      forms=rebuts,rebutted  stnce=deny";
  const std::string unknown_frame = "counter    forms=counters,countered  frame=retort";
  const std::string noun_not_a_form = "dread      forms=dreads,dreaded  nouns=dread";
  int line = copy.Append("cues.txt", {"# Added by the test, with mistakes.", misspelled_field,
                                      unknown_frame, noun_not_a_form});
  const int field_line = line + 1;
  const int frame_line = line + 2;
  const int noun_line = line + 3;

  ExtractionRules rules;
  Status status = ExtractionRules::Load(copy.dir().string(), &rules);
  REQUIRE_FALSE(status.ok());
  const std::string& message = status.message();
  INFO(message);
  CHECK_THAT(message, Catch::Contains("rules/cues.txt:" + std::to_string(field_line) +
                                      ": unknown field 'stnce'"));
  CHECK_THAT(message, Catch::Contains("rules/cues.txt:" + std::to_string(frame_line) +
                                      ": unknown frame 'retort'"));
  CHECK_THAT(message, Catch::Contains("rules/cues.txt:" + std::to_string(noun_line) +
                                      ": nouns lists 'dread', which is not one of the forms"));
  // The offending lines are shown, so the user sees what to fix.
  CHECK_THAT(message, Catch::Contains(misspelled_field));
  CHECK_THAT(message, Catch::Contains(unknown_frame));

  // The extractor refuses the folder with the same message.
  std::unique_ptr<ClaimExtractor> extractor;
  Status create = ClaimExtractor::Create(copy.dir().string(), &extractor);
  CHECK_FALSE(create.ok());
  CHECK(create.message() == message);
}

TEST_CASE("A cue line added to cues.txt takes effect at run time", "[extract]") {
  // Adapted from seed 000 ("That claim was immediately denied by the
  // Pentagon"), with a verb rules/cues.txt does not list.
  const std::string text =
      "On Monday the Russian Defense Ministry announced that it had carried out a joint "
      "airstrike mission with U.S.-led coalition warplanes against IS in Syria. That claim was "
      "immediately rebutted by the Pentagon.";

  std::vector<Claim> before = ExtractWith(*MakeExtractor(CLAIMTRACK_SOURCE_RULES_DIR), text);
  INFO("with the original rules:" << Describe(before));
  for (const Claim& claim : before) CHECK(claim.cue != "rebutted");

  RulesCopy copy;
  copy.Append("cues.txt", {"rebut  forms=rebuts,rebutted  stance=deny"});
  std::vector<Claim> after = ExtractWith(*MakeExtractor(copy.dir().string()), text);
  INFO("with the added cue:" << Describe(after));
  CHECK(after.size() == before.size() + 1);
  const Claim* rebuttal = nullptr;
  for (const Claim& claim : after) {
    if (claim.cue == "rebutted") rebuttal = &claim;
  }
  REQUIRE(rebuttal != nullptr);
  CHECK(rebuttal->cue_lemma == "rebut");
  CHECK(rebuttal->source == "Pentagon");
  CHECK(rebuttal->content == "That claim");
  CHECK(rebuttal->stance == Stance::kDeny);
  CHECK(rebuttal->target == "That claim");
  CHECK(rebuttal->rule == "passive");
}

const std::string kArticle =
    "Russia’s Defense Ministry said Monday its forces in Syria had received coordinates of IS "
    "targets near al-Bab on Sunday “from the U.S. side via hotline with the international "
    "coalition headquarters.”\n\n";

// Teasers for other stories under "More in Local News" (seed 002).
const std::string kTeasers =
    "Bob Ferguson backs new diesel ferries if it means getting boats sooner. Dave Reichert said "
    "he took the idea from Republicans.\n\n"
    "“Most of the people who walk in through the door don’t know our food,” said Fatou Dibba, "
    "co-owner of the new restaurant at Hewitt and Broadway.\n\n"
    "Jansson said the water in the small stream had been flowing clean and clear only a few "
    "weeks earlier.\n";

TEST_CASE("Page furniture after an article yields no claims", "[extract]") {
  std::unique_ptr<ClaimExtractor> extractor = MakeExtractor(CLAIMTRACK_SOURCE_RULES_DIR);

  // Without the section heading the teasers are ordinary sentences with
  // claims, so their absence below is the furniture rule's doing.
  std::vector<Claim> teasers = ExtractWith(*extractor, kTeasers);
  INFO("teasers alone:" << Describe(teasers));
  CHECK(teasers.size() >= 2);

  const std::string text = kArticle +
                           "Copyright © 2019 The Washington Times, LLC.\n\n"
                           "The Washington Times Comment Policy\n\n"
                           "The Washington Times welcomes your comments on Spot.im, our "
                           "third-party provider. Please read our Comment Policy before "
                           "commenting.\n\n"
                           "More in Local News\n\n" +
                           kTeasers;
  std::vector<Claim> claims = ExtractWith(*extractor, text);
  INFO("article with furniture:" << Describe(claims));
  REQUIRE(claims.size() == 1);
  CHECK(claims[0].source == "Russia’s Defense Ministry");
}

TEST_CASE("A furniture section ends where the next post begins", "[extract]") {
  std::unique_ptr<ClaimExtractor> extractor = MakeExtractor(CLAIMTRACK_SOURCE_RULES_DIR);
  const std::string text =
      "More in Local News\n\n" + kTeasers +
      "\nThe post US, Russia discuss Syria ceasefire appeared first on ARA News.\n\n"
      "The Russian foreign ministry said in a statement that Lavrov had urged Tillerson to use "
      "his influence to prevent “provocations” against Syrian government forces in the "
      "conflict.\n";
  std::vector<Claim> claims = ExtractWith(*extractor, text);
  INFO("claims:" << Describe(claims));
  // The ministry's claim (and Lavrov's urging nested in it), nothing from
  // the teasers before the page break.
  REQUIRE_FALSE(claims.empty());
  CHECK(claims[0].content.rfind("Lavrov had urged Tillerson", 0) == 0);
  for (const Claim& claim : claims) {
    CHECK(claim.content_span.begin > text.find("appeared first on"));
  }
}

TEST_CASE("Every furniture line in boilerplate.txt yields no claims", "[extract]") {
  std::unique_ptr<ClaimExtractor> extractor = MakeExtractor(CLAIMTRACK_SOURCE_RULES_DIR);
  const std::string sentence = "Officials said the talks failed.";
  REQUIRE(ExtractWith(*extractor, sentence).size() == 1);
  for (const BoilerplateRule& rule : extractor->rules().boilerplate) {
    if (rule.section) continue;
    std::string text = kArticle + rule.prefix + " " + sentence + "\n";
    std::vector<Claim> claims = ExtractWith(*extractor, text);
    INFO("line: " << rule.prefix << " " << sentence << "\nclaims:" << Describe(claims));
    CHECK(claims.size() == 1);
  }
}

}  // namespace
}  // namespace claimtrack
