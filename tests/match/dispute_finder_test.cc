// Blocking (which claims are compared across articles), the exactness of the
// candidate bound, determinism of DisputeFinder across thread counts, and
// matching claims read from a source without holding their contents.
#include "match/dispute_finder.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <functional>
#include <random>
#include <set>
#include <string>
#include <vector>

#include "match/claim_features.h"
#include "match_test_support.h"

namespace claimtrack {
namespace {

using Rules = test::MatchRules;
using test::MakeClaim;

// A block limit of 100 and `threads` threads.
MatchOptions Options(unsigned threads) {
  MatchOptions options;
  options.block_limit = 100;
  options.threads = threads;
  return options;
}

// `count` claims that all hold "government" and "sanctions", each in its own
// article and with words of its own, so that those two words are common.
std::vector<Claim> CommonBackground(std::size_t count) {
  std::vector<Claim> claims;
  for (std::size_t k = 0; k < count; ++k) {
    std::string tag = "filler" + std::to_string(k);
    claims.push_back(MakeClaim(static_cast<std::int64_t>(claims.size() + 1), "bg/" + std::to_string(k),
                               "Speaker " + tag, "the government sanctions " + tag + "alpha " + tag + "beta"));
  }
  return claims;
}

bool IsCandidate(const ClaimFeatures& features, std::size_t i, std::size_t j) {
  CandidateScratch scratch;
  std::vector<std::uint32_t> candidates;
  features.Candidates(i, 0.0, &scratch, &candidates);
  return std::find(candidates.begin(), candidates.end(), j) != candidates.end();
}

TEST_CASE("Blocking pairs claims that share a rare word, not only common ones", "[match]") {
  Rules rules;
  std::vector<Claim> claims = CommonBackground(150);
  const std::size_t rare_a = claims.size();
  claims.push_back(MakeClaim(1000, "x/1", "Ahmed Hamid", "Ja'afari visited the dam at Ain al-Fijeh"));
  const std::size_t rare_b = claims.size();
  claims.push_back(MakeClaim(1001, "x/2", "Lina Sayed", "the offensive near Ain al-Fijeh continues"));
  const std::size_t common_a = claims.size();
  claims.push_back(MakeClaim(1002, "x/3", "Omar Nasser", "government sanctions"));
  const std::size_t common_b = claims.size();
  claims.push_back(MakeClaim(1003, "x/4", "Rana Aziz", "the government sanctions again"));

  const MatchClaims matched(claims);
  ClaimFeatures features(matched, rules.matching, rules.antonyms, /*block_limit=*/100);
  // "al-fijeh" is held by two claims: a blocking word, in both directions.
  CHECK(IsCandidate(features, rare_a, rare_b));
  CHECK(IsCandidate(features, rare_b, rare_a));
  // "government" and "sanctions" are held by 152 claims: over the limit.
  CHECK_FALSE(IsCandidate(features, common_a, common_b));
  CHECK(features.Similarity(common_a, common_b) > 0.3);  // alike, but never compared

  // With a limit above their frequency, the common words block too.
  ClaimFeatures wide(matched, rules.matching, rules.antonyms, /*block_limit=*/200);
  CHECK(IsCandidate(wide, common_a, common_b));
}

TEST_CASE("A negation flip across articles is found through a rare shared word only", "[match]") {
  Rules rules;
  DisputeFinder finder(rules.matching, rules.antonyms, Options(1));
  auto flip_found = [&](const std::string& rare_word) {
    std::vector<Claim> claims = CommonBackground(150);
    claims.push_back(MakeClaim(1000, "x/1", "Ahmed Hamid",
                               "the government sanctions " + rare_word + " will reduce grain exports"));
    claims.push_back(MakeClaim(1001, "x/2", "Lina Sayed",
                               "the government sanctions " + rare_word + " will not reduce grain exports"));
    // Make the other words common as well, so only `rare_word` can block.
    for (std::size_t k = 0; k < 120; ++k) {
      claims.push_back(MakeClaim(static_cast<std::int64_t>(2000 + k), "more/" + std::to_string(k),
                                 "Writer " + std::to_string(k), "reduce grain exports say" + std::to_string(k)));
    }
    MatchResult result = finder.Find(claims);
    for (const Dispute& dispute : result.disputes) {
      if (dispute.rule == "negation-flip") return true;
    }
    return false;
  };
  CHECK(flip_found("Qamishli"));  // held by the two claims only
  CHECK_FALSE(flip_found(""));    // they share only words held by 120 claims or more
}

// A made-up word of letters only: "qa", "qb", ... for 0, 1, ...
std::string Letters(std::size_t n) {
  std::string word = "q";
  do {
    word += static_cast<char>('a' + n % 26);
    n /= 26;
  } while (n > 0);
  return word;
}

// Claims like the benchmark's: articles on shared topics, from two sides,
// some denials, some negations and antonyms, so that every rule fires.
std::vector<Claim> TopicClaims(std::size_t count) {
  std::mt19937 rng(7);
  auto pick = [&](std::size_t n) { return std::uniform_int_distribution<std::size_t>(0, n - 1)(rng); };
  const char* sources[] = {"the Pentagon", "Russian Defense Ministry", "Turkish officials",
                           "Syrian government", "Ahmed Hamid", "Lina Sayed"};
  const char* common[] = {"forces", "city", "attack", "report", "people", "week", "talks"};
  std::vector<Claim> claims;
  std::size_t doc = 0;
  while (claims.size() < count) {
    ++doc;
    std::size_t topic = pick(count / 40 + 1);
    for (std::size_t k = 0; k < 6 && claims.size() < count; ++k) {
      std::string content;
      for (std::size_t w = 0; w < 6 + pick(6); ++w) {
        if (!content.empty()) content += ' ';
        content += pick(3) == 0 ? common[pick(std::size(common))]
                                : Letters(topic) + "x" + Letters(pick(5));
      }
      if (pick(4) == 0) content = "not " + content;
      if (pick(6) == 0) content += pick(2) ? " succeeded" : " failed";
      Stance stance = k > 0 && pick(7) == 0 ? Stance::kDeny : Stance::kAssert;
      Claim claim = MakeClaim(static_cast<std::int64_t>(claims.size() + 1), "doc/" + std::to_string(doc),
                              sources[pick(std::size(sources))], content, stance);
      claim.content_span = Span{k * 300 + 20, k * 300 + 20 + content.size()};
      claim.sentence_span = Span{k * 300, k * 300 + content.size() + 40};
      if (stance == Stance::kDeny && pick(3) == 0) claim.target = "that claim";
      claims.push_back(std::move(claim));
    }
  }
  return claims;
}

TEST_CASE("The candidate bound never drops a claim at or above the similarity asked for", "[match]") {
  Rules rules;
  std::vector<Claim> claims = TopicClaims(600);
  const MatchClaims matched(claims);
  ClaimFeatures features(matched, rules.matching, rules.antonyms, /*block_limit=*/100);
  CandidateScratch scratch;
  std::vector<std::uint32_t> all, bounded;
  // The similarities the rules ask for (the common norms are floats rounded
  // up and the postings' weights floats rounded away from zero: the bound
  // may keep more, never fewer).
  for (double asked : {0.3, 0.45, 0.7}) {
    INFO("similarity asked for: " << asked);
    std::size_t kept = 0, dropped = 0;
    for (std::size_t i = 0; i < claims.size(); ++i) {
      features.Candidates(i, 0.0, &scratch, &all);
      features.Candidates(i, asked, &scratch, &bounded);
      for (std::uint32_t j : all) {
        bool in_bounded = std::binary_search(bounded.begin(), bounded.end(), j);
        if (features.Similarity(i, j) >= asked) {
          CHECK(in_bounded);
          ++kept;
        } else if (!in_bounded) {
          ++dropped;
        }
      }
    }
    CHECK(kept > 0);
    CHECK(dropped > 0);  // the bound does prune
  }
}

std::string Describe(const MatchResult& result) {
  std::string out;
  for (const Dispute& d : result.disputes) {
    out += d.kind + "|" + d.rule + "|" + d.topic + "|" + std::to_string(d.score) + "|" + d.evidence + "|";
    for (const DisputeMember& m : d.members) {
      out += std::to_string(m.claim_id) + (m.role == DisputeRole::kClaim ? "c " : "x ");
    }
    out += "\n";
  }
  for (const auto& [source, side] : result.source_sides) out += source + "=" + side + "\n";
  return out;
}

// Two claims of one article, one sentence apart: `claim` first, then `reply`.
std::vector<Claim> ClaimAndReply(Claim claim, Claim reply) {
  claim.sentence_span = Span{0, 200};
  claim.content_span = Span{20, 190};
  reply.sentence_span = Span{201, 400};
  reply.content_span = Span{230, 390};
  reply.doc = claim.doc;
  return {claim, reply};
}

TEST_CASE("A nearby denial is made by its cue, not by a rebuttal word in its content", "[match]") {
  Rules rules;
  DisputeFinder finder(rules.matching, rules.antonyms);
  // "Sky denied the programme breached broadcasting guidelines": a denial.
  Claim complaint = MakeClaim(1, "bbc/1", "Muslim Council of Britain",
                              "the programme breaches editorial guidelines on impartiality");
  Claim denial = MakeClaim(2, "bbc/1", "Sky", "the programme breached broadcasting guidelines",
                           Stance::kDeny);
  MatchResult found = finder.Find(ClaimAndReply(complaint, denial));
  REQUIRE(found.disputes.size() == 1);
  CHECK(found.disputes[0].rule == "nearby-denial");

  // "Mr Allan thinks the answer could lie somewhere between ...": "lie" is a
  // rebuttal word, but nothing before is called a lie.
  Claim point = MakeClaim(3, "bbc/2", "Richard Ayers",
                          "there was little point trying to regulate the internet because it "
                          "would be impossible");
  Claim musing = MakeClaim(4, "bbc/2", "Mr Allan",
                           "the answer could lie somewhere between impossible to regulate the "
                           "internet and just apply offline laws online",
                           Stance::kDeny);
  musing.cue = "thinks";
  musing.cue_lemma = "think";
  musing.evidence = "lie";
  CHECK(finder.Find(ClaimAndReply(point, musing)).disputes.empty());
}

TEST_CASE("In one article a shortened name or an unresolved description is no second voice",
          "[match]") {
  Rules rules;
  DisputeFinder finder(rules.matching, rules.antonyms);
  Claim defence = MakeClaim(1, "bbc/3", "Merrill Lynch",
                            "Ms Villalba was removed because of her performance as a manager");
  Claim denial = MakeClaim(2, "bbc/3", "Merrill",
                           "Ms Villalba was removed because of her gender as a manager",
                           Stance::kDeny);
  CHECK(finder.Find(ClaimAndReply(defence, denial)).disputes.empty());
  // Nor is a name's initials: "OSI" is the Open Society Institute.
  Claim accusation = MakeClaim(5, "bbc/6", "Open Society Institute",
                               "officials of trying to close down its local office");
  Claim reply = MakeClaim(6, "bbc/6", "OSI", "officials of trying to close down its local office",
                          Stance::kDeny);
  CHECK(finder.Find(ClaimAndReply(accusation, reply)).disputes.empty());
  reply.source = reply.mention = "KNB";
  CHECK(finder.Find(ClaimAndReply(accusation, reply)).disputes.size() == 1);
  // Nor is one who speaks for a name: "Comcast's Jason Livingood disputed
  // the report" after "Comcast said ...".
  Claim company = MakeClaim(7, "fnc/2178", "Comcast",
                            "it investigated the story and found no evidence that it happened");
  Claim officer = MakeClaim(8, "fnc/2178", "Comcast's Jason Livingood",
                            "the story that it found no evidence of what happened", Stance::kDeny);
  CHECK(finder.Find(ClaimAndReply(company, officer)).disputes.empty());
  officer.source = officer.mention = "Comcast’s Jason Livingood";  // curly apostrophe
  CHECK(finder.Find(ClaimAndReply(company, officer)).disputes.empty());
  officer.source = officer.mention = "Jason Livingood";
  CHECK(finder.Find(ClaimAndReply(company, officer)).disputes.size() == 1);

  Claim revealed = MakeClaim(3, "bbc/4", "Manchester United",
                             "it had received a detailed proposal from Mr Glazer for the club");
  Claim rejected = MakeClaim(4, "bbc/4", "The club",
                             "the detailed proposal from Mr Glazer for the club", Stance::kDeny);
  CHECK(finder.Find(ClaimAndReply(revealed, rejected)).disputes.empty());
  // A named speaker in the same place is a second voice.
  rejected.source = rejected.mention = "Malcolm Glazer";
  CHECK(finder.Find(ClaimAndReply(revealed, rejected)).disputes.size() == 1);
}

TEST_CASE("A denial is not set against a claim by an unresolved description of its article",
          "[match]") {
  Rules rules;
  DisputeFinder finder(rules.matching, rules.antonyms);
  // "David Blunkett has apologised ... The home secretary said ... Mr Blunkett
  // denied the allegations": the home secretary is Mr Blunkett.
  Claim remark = MakeClaim(1, "bbc/5", "The home secretary",
                           "he was a great believer in personal responsibility for his friends");
  Claim denial = MakeClaim(2, "bbc/5", "Mr Blunkett", "the allegations", Stance::kDeny);
  denial.target = "the allegations";
  CHECK(finder.Find(ClaimAndReply(remark, denial)).disputes.empty());
  // Named, the same claim is what the allegations refer to.
  remark.source = remark.mention = "Sir Alan Budd";
  CHECK(finder.Find(ClaimAndReply(remark, denial)).disputes.size() == 1);
}

// The claims of one article in this order, one sentence of 200 bytes each.
std::vector<Claim> InOrder(std::vector<Claim> claims) {
  for (std::size_t k = 0; k < claims.size(); ++k) {
    claims[k].doc = claims[0].doc;
    claims[k].sentence_span = Span{k * 200, k * 200 + 199};
    claims[k].content_span = Span{k * 200 + 20, k * 200 + 190};
  }
  return claims;
}

// The ids of the disputed claims of the one dispute `result` holds, or "none".
std::string DisputedIds(const MatchResult& result) {
  if (result.disputes.size() != 1) return result.disputes.empty() ? "none" : "several";
  std::string ids;
  for (const DisputeMember& member : result.disputes[0].members) {
    if (member.role == DisputeRole::kClaim) ids += std::to_string(member.claim_id) + " ";
  }
  return ids;
}

TEST_CASE("A denial's reference names whose claim it denies by whole words, determiners aside",
          "[match]") {
  Rules rules;
  DisputeFinder finder(rules.matching, rules.antonyms);
  // "The Conservatives' campaign director has denied a report claiming he
  // warned Michael Howard ... The Times on Monday said ... But Mr Crosby
  // said ...": "a report" names no one (a source holding the letter "a"
  // was taken for its author), and is told of after it. The claim that
  // shares its words is the one denied, not the denier's own next words.
  Claim denial = MakeClaim(1, "bbc/212", "Conservatives' campaign director",
                           "a report claiming he warned Michael Howard the party could not win "
                           "the next general election",
                           Stance::kDeny);
  denial.target = "a report";
  Claim own = MakeClaim(2, "", "Australian Lynton Crosby",
                        "I have never had any such conversation and I do not hold that view");
  Claim report = MakeClaim(3, "", "The Times",
                           "Crosby warned Michael Howard the party could not win the general "
                           "election and should aim for 30 seats");
  CHECK(DisputedIds(finder.Find(InOrder({denial, own, report}))) == "3 ");
  // With nothing like it around, an indefinite reference pairs with nothing.
  Claim unrelated = MakeClaim(3, "", "a spokesman",
                              "Mr Galloway had friends in common with Ms Hassan in Baghdad");
  CHECK(DisputedIds(finder.Find(InOrder({denial, own, unrelated}))) == "none");

  // "dismissed the latest claims": "latest" names no one either; a definite
  // reference points back to the nearest claim before it.
  Claim forecast = MakeClaim(4, "bbc/195", "Ernst & Young",
                             "tax revenues were likely to be six billion pounds below estimates");
  Claim dismissal = MakeClaim(5, "", "a Treasury spokesperson", "the latest claims", Stance::kDeny);
  dismissal.target = "the latest claims";
  CHECK(DisputedIds(finder.Find(InOrder({forecast, dismissal}))) == "4 ");

  // "Hunter's claim" is Duncan Hunter's, not that of "Hunterdon County
  // officials", nearer as they are.
  Claim hunter = MakeClaim(6, "fnc/1", "Duncan Hunter",
                           "ten fighters were caught crossing the border in Texas this week");
  Claim county = MakeClaim(7, "", "Hunterdon County officials",
                           "the new bridge over the river will open again next spring");
  Claim rebuttal = MakeClaim(8, "", "Homeland Security", "Hunter's claim", Stance::kDeny);
  rebuttal.target = "Hunter's claim";
  CHECK(DisputedIds(finder.Find(InOrder({hunter, county, rebuttal}))) == "6 ");
}

TEST_CASE("Matching gives the same disputes in the same order on one, two or three threads", "[match]") {
  Rules rules;
  std::vector<Claim> claims = TopicClaims(3000);
  MatchResult one =
      DisputeFinder(rules.matching, rules.antonyms, Options(1))
          .Find(claims);
  MatchResult two =
      DisputeFinder(rules.matching, rules.antonyms, Options(2))
          .Find(claims);
  MatchResult three =
      DisputeFinder(rules.matching, rules.antonyms, Options(3))
          .Find(claims);
  // Enough disputes of several rules that an ordering slip would show.
  REQUIRE(one.disputes.size() > 20);
  std::set<std::string> rule_names;
  for (const Dispute& d : one.disputes) rule_names.insert(d.rule);
  CHECK(rule_names.size() >= 3);
  CHECK(Describe(one) == Describe(two));
  CHECK(Describe(one) == Describe(three));
}

// Claims in memory (ids ascending) as a ClaimSource, noting what is read of them.
class ClaimsInMemory : public ClaimSource {
 public:
  explicit ClaimsInMemory(const std::vector<Claim>& claims) : claims_(claims) {}
  std::size_t size_hint() override { return claims_.size(); }
  Status ForEach(const std::function<void(const Claim&)>& each) override {
    ++passes;
    for (const Claim& claim : claims_) each(claim);
    return Status::Ok();
  }
  Status Contents(std::span<const std::int64_t> ids,
                  const std::function<void(std::size_t, std::string_view)>& each) override {
    CHECK(std::is_sorted(ids.begin(), ids.end()));
    ++calls;
    largest = std::max(largest, ids.size());
    for (std::size_t k = 0; k < ids.size(); ++k) {
      asked.insert(ids[k]);
      auto found =
          std::lower_bound(claims_.begin(), claims_.end(), ids[k],
                           [](const Claim& claim, std::int64_t id) { return claim.id < id; });
      if (found != claims_.end() && found->id == ids[k]) each(k, found->content);
    }
    return Status::Ok();
  }
  int passes = 0;
  std::set<std::int64_t> asked;  // ids whose content was read again
  int calls = 0;                 // calls of Contents
  std::size_t largest = 0;       // the most ids one call asked for

 private:
  const std::vector<Claim>& claims_;
};

TEST_CASE("Claims read from a source, contents let go, give the disputes of all claims held",
          "[match]") {
  Rules rules;
  // More than two parts of 8192 claims, whose contents are let go in turn.
  std::vector<Claim> claims = TopicClaims(20000);
  for (unsigned threads : {1u, 2u}) {
    DisputeFinder finder(rules.matching, rules.antonyms, Options(threads));
    const MatchResult held = finder.Find(claims);
    ClaimsInMemory source(claims);
    MatchResult streamed;
    REQUIRE(finder.Find(source, &streamed).ok());
    CHECK(source.passes == 1);
    // Every rule's evidence and topics, a negation's quoted content included.
    std::set<std::string> rule_names;
    for (const Dispute& d : held.disputes) rule_names.insert(d.rule);
    CHECK(rule_names.count("negation-flip") == 1);
    CHECK(Describe(streamed) == Describe(held));
    // Only the disputes' members are read again, and the claims whose
    // content a negation-flip quotes (one each at most).
    std::set<std::int64_t> members;
    std::size_t quoted = 0;
    for (const Dispute& d : held.disputes) {
      for (const DisputeMember& m : d.members) members.insert(m.claim_id);
      for (std::size_t at = d.evidence.find("negated: "); at != std::string::npos;
           at = d.evidence.find("negated: ", at + 1)) {
        ++quoted;
      }
    }
    for (std::int64_t id : members) CHECK(source.asked.count(id) == 1);
    CHECK(source.asked.size() <= members.size() + quoted);
    CHECK(source.asked.size() < claims.size());
  }
}

// A source that fails when its contents are read again.
class FailingContents : public ClaimsInMemory {
 public:
  using ClaimsInMemory::ClaimsInMemory;
  Status Contents(std::span<const std::int64_t>,
                  const std::function<void(std::size_t, std::string_view)>&) override {
    return Status::Error("store.sqlite: disk I/O error");
  }
};

// MatchOptions::part_size: contents read in parts as the claims are read,
// and disputes made from drafts a part at a time, each part's members'
// contents read again. Parts of one claim, of a few and of all give the same
// disputes in the same order; the disputes of one part are made with the
// contents of that part only (a content missing from it would give another
// topic or evidence, and a different Describe).
TEST_CASE("Disputes made in parts of any size are those made in one part", "[match]") {
  Rules rules;
  std::vector<Claim> claims = TopicClaims(3000);
  MatchOptions whole_options = Options(2);
  whole_options.part_size = claims.size() * 4;  // one part: every member at once
  const MatchResult whole =
      DisputeFinder(rules.matching, rules.antonyms, whole_options).Find(claims);
  REQUIRE(whole.disputes.size() > 20);
  std::set<std::string> rule_names;
  for (const Dispute& d : whole.disputes) rule_names.insert(d.rule);
  CHECK(rule_names.count("negation-flip") == 1);
  ClaimsInMemory one_part(claims);
  MatchResult streamed_whole;
  REQUIRE(DisputeFinder(rules.matching, rules.antonyms, whole_options)
              .Find(one_part, &streamed_whole)
              .ok());
  CHECK(one_part.calls == 1);
  CHECK(Describe(streamed_whole) == Describe(whole));
  for (std::size_t part : {1, 2, 7, 500}) {
    INFO("part_size " << part);
    MatchOptions options = Options(2);
    options.part_size = part;
    const DisputeFinder finder(rules.matching, rules.antonyms, options);
    // Contents held (the incremental match's way) and read from a source.
    CHECK(Describe(finder.Find(claims)) == Describe(whole));
    ClaimsInMemory source(claims);
    MatchResult streamed;
    REQUIRE(finder.Find(source, &streamed).ok());
    CHECK(Describe(streamed) == Describe(whole));
    // Many parts, none much larger than asked: a part closes once it
    // reaches part_size members, so it holds at most one draft more.
    CHECK(source.calls > 1);
    std::size_t largest_dispute = 0;
    for (const Dispute& d : whole.disputes) {
      largest_dispute = std::max(largest_dispute, d.members.size());
    }
    CHECK(source.largest < part + 2 * largest_dispute + 2);
  }
}

// MatchOptions::export_words: a match over a source lets the claims and
// features go before it exports the word index (only ids, words and
// postings are left); the index, and the sides, are those of a match over
// the claims held, for any part size.
TEST_CASE("The word index exported after letting the rest go is that of the claims held",
          "[match]") {
  Rules rules;
  std::vector<Claim> claims = TopicClaims(3000);
  // Ids with gaps, so that ids are looked up among several runs.
  for (std::size_t k = 0; k < claims.size(); ++k) {
    claims[k].id = static_cast<std::int64_t>(k + 1 + (k / 700) * 1000);
  }
  MatchOptions held_options = Options(1);
  held_options.export_words = true;
  const MatchResult held = DisputeFinder(rules.matching, rules.antonyms, held_options).Find(claims);
  REQUIRE(!held.postings.empty());
  for (std::size_t part : {7, 8192}) {
    INFO("part_size " << part);
    MatchOptions options = Options(2);
    options.export_words = true;
    options.part_size = part;
    ClaimsInMemory source(claims);
    MatchResult streamed;
    REQUIRE(DisputeFinder(rules.matching, rules.antonyms, options).Find(source, &streamed).ok());
    CHECK(Describe(streamed) == Describe(held));
    CHECK(streamed.word_df == held.word_df);
    CHECK(streamed.postings == held.postings);
    CHECK(streamed.source_sides == held.source_sides);
  }
}

TEST_CASE("A source's error reading contents again is returned by Find", "[match]") {
  Rules rules;
  std::vector<Claim> claims = TopicClaims(600);
  FailingContents source(claims);
  MatchResult result;
  Status status = DisputeFinder(rules.matching, rules.antonyms, Options(1)).Find(source, &result);
  CHECK_FALSE(status.ok());
  CHECK(status.message() == "store.sqlite: disk I/O error");
}

}  // namespace
}  // namespace claimtrack
