// Tests for SentenceSplitter: abbreviations and initials from news text never
// end a sentence, real sentence ends and paragraph breaks always do, and every
// sentence is a trimmed byte span into the original UTF-8. Sentences are copied
// from the articles in tests/data/seeds; abbreviations come from rules/.
#include "text/sentence_splitter.h"

#include <catch2/catch.hpp>
#include <memory>
#include <string>
#include <vector>

#include "extract/extraction_rules.h"

namespace claimtrack {
namespace {

// The abbreviations users maintain in rules/abbreviations.txt.
const std::vector<std::string>& RuleAbbreviations() {
  static const std::vector<std::string> abbreviations = [] {
    ExtractionRules rules;
    Status status = ExtractionRules::Load(CLAIMTRACK_SOURCE_RULES_DIR, &rules);
    INFO(status.message());
    REQUIRE(status.ok());
    return rules.abbreviations;
  }();
  return abbreviations;
}

std::unique_ptr<SentenceSplitter> MakeSplitter() {
  std::unique_ptr<SentenceSplitter> splitter;
  Status status = SentenceSplitter::Create(RuleAbbreviations(), &splitter);
  INFO(status.message());
  REQUIRE(status.ok());
  return splitter;
}

// The sentences of `text` as strings, each checked to be a span inside it.
std::vector<std::string> SplitToStrings(const std::string& text) {
  std::vector<std::string> sentences;
  for (const Span& span : MakeSplitter()->Split(text)) {
    REQUIRE(span.begin < span.end);
    REQUIRE(span.end <= text.size());
    sentences.emplace_back(span.in(text));
  }
  return sentences;
}

TEST_CASE("SentenceSplitter keeps abbreviations and initials inside sentences", "[text]") {
  struct Case {
    const char* name;
    std::string text;
    std::vector<std::string> sentences;
  };
  const std::string davis =
      "U.S. Navy Capt. Jeff Davis, a Pentagon spokesman, said the U.S. does have routine "
      "“deconfliction” talks with Russia to avoid unintended aerial incidents in Syria’s "
      "crowded skies.";
  const std::string davis_2 =
      "But Davis says there have been no changes to that arrangement, and the U.S. has "
      "insisted for months that it has no coordination or sharing of targets with Russia.";
  const std::string dorrian =
      "U.S. Air Force Col. John Dorrian, a coalition spokesman, almost immediately labeled the "
      "Russian claim as propaganda.";
  const std::string truce =
      "De Mistura says the three sides will meet soon in Astana to lay the parameters for a "
      "mechanism to reinforce the truce, in place since Dec. 30.";
  const std::string violations =
      "Violations continued despite the cease-fire, as the sides traded blame.";
  const std::string initials =
      "“[The US-led] coalition has taken this deliberate action to reassure Coalition members "
      "and partner forces, deter aggression and keep focus on defeating ISIS,” Air Force Col "
      "John L. Dorrian Spokesman for Operation Inherent Resolve (OIR) said.";
  const std::string un_envoy =
      "Yahya al-Aridi, the spokesman for the rebel delegation to the talks, says the opposition "
      "also met Monday with the Russian and Turkish delegations in the presence of the U.N. "
      "envoy to Syria to discuss a nationwide cease-fire.";
  const std::string ie =
      "Ja’afari continued that “this gathering was not organized by Syria” and said the regime "
      "is not responsible for the arrangements, i.e., who was invited on the opposition-rebel "
      "side.";
  // "U.N." is listed, but here it ends a sentence and "The" begins the next.
  const std::string mediated =
      "The face-to-face meeting was brief, and was followed by proximity talks mediated by the "
      "U.N.";
  const std::string sponsored = "The talks are sponsored by Russia and Turkey.";
  const std::string butterfield =
      "“This is a disgusting day,” said Rep. G.K. Butterfield (D-N.C.), head of the "
      "Congressional Black Caucus.";
  const std::string tolkien = "The novels of J.R.R. Tolkien were read aloud.";
  const Case cases[] = {
      {"rank and 'U.S.' before a name, then a real end", davis + " " + davis_2, {davis, davis_2}},
      {"'Col.' before a name", dorrian, {dorrian}},
      {"'Dec. 30' inside, 'Dec. 30.' at the end", truce + " " + violations, {truce, violations}},
      {"a middle initial", initials + " " + violations, {initials, violations}},
      {"'U.N.' before a noun", un_envoy, {un_envoy}},
      {"'i.e.,' inside", ie, {ie}},
      {"'U.N.' ending a sentence", mediated + " " + sponsored, {mediated, sponsored}},
      {"initials run together before a name", butterfield + " " + tolkien, {butterfield, tolkien}},
  };
  for (const Case& c : cases) {
    SECTION(c.name) { CHECK(SplitToStrings(c.text) == c.sentences); }
  }
}

TEST_CASE("SentenceSplitter: no listed abbreviation ends a sentence inside a paragraph", "[text]") {
  // rules/abbreviations.txt promises that every word listed there keeps its
  // period inside the sentence ("Col. Smith", "Dec. Smith" alike).
  for (const std::string& abbreviation : RuleAbbreviations()) {
    std::string first = "Officials named " + abbreviation + " Jones in the statement.";
    std::string second = "The talks ended.";
    INFO(abbreviation);
    CHECK(SplitToStrings(first + " " + second) == std::vector<std::string>{first, second});
  }
}

TEST_CASE("SentenceSplitter ends sentences at paragraph breaks", "[text]") {
  struct Case {
    const char* name;
    std::string text;
    std::vector<std::string> sentences;
  };
  const Case cases[] = {
      {"a live-blog time stamp ending in 'p.m.'",
       "8:30 p.m.\n\nThe U.S. says Russia’s claim that its warplanes flew a joint mission is "
       "“rubbish.”",
       {"8:30 p.m.",
        "The U.S. says Russia’s claim that its warplanes flew a joint mission is "
        "“rubbish.”"}},
      {"a paragraph without final punctuation",
       "That claim was immediately denied by the Pentagon\n\n\n8:30 p.m.",
       {"That claim was immediately denied by the Pentagon", "8:30 p.m."}},
      {"a single newline after a date line",
       "January 24, 2017\nU.N. Special Envoy for Syria Staffan de Mistura gestures as he "
       "arrives to attend the talks.",
       {"January 24, 2017",
        "U.N. Special Envoy for Syria Staffan de Mistura gestures as he arrives to attend the "
        "talks."}},
      {"a paragraph ending with an abbreviation",
       "The talks are sponsored by Russia and Turkey and mediated by the U.N.\n\nIran backs the "
       "talks.",
       {"The talks are sponsored by Russia and Turkey and mediated by the U.N.",
        "Iran backs the talks."}},
  };
  for (const Case& c : cases) {
    SECTION(c.name) { CHECK(SplitToStrings(c.text) == c.sentences); }
  }
}

TEST_CASE("SentenceSplitter returns trimmed byte spans into the original UTF-8", "[text]") {
  // Curly quotes and apostrophes are three bytes each: offsets must count
  // bytes, not characters, and white space around a sentence is left out.
  const std::string first =
      "“Turkey is violating Syrian sovereignty so there is no Syrian-Turkish dialogue,” the "
      "Ambassador said.";
  const std::string second =
      "Russia’s Defense Ministry said Monday its forces in Syria had received coordinates.";
  const std::string text = "  " + first + "  \n\n\t" + second + " \n";
  std::vector<Span> spans = MakeSplitter()->Split(text);
  REQUIRE(spans.size() == 2);
  CHECK(spans[0].begin == 2);
  CHECK(spans[0].end == 2 + first.size());
  CHECK(spans[1].begin == text.find("Russia’s"));
  CHECK(spans[1].end == spans[1].begin + second.size());
  CHECK(spans[0].in(text) == first);
  CHECK(spans[1].in(text) == second);
}

TEST_CASE("SentenceSplitter maps breaks after characters of every UTF-8 length to bytes",
          "[text]") {
  // ICU reads the text as UTF-16: one unit for ASCII and two- and three-byte
  // characters, two for a four-byte one (an emoji), one U+FFFD for each
  // invalid sequence. Every break must still fall on the byte where its
  // sentence ends, whatever came before it.
  const std::vector<std::string> sentences = {
      "Ünïcode café “ouvert” 😀 works, the Ambassador said.",
      "Tass said \xff\xfe the talks \xe2\x80 began.",
      "😀😀 Iran backs them, a long run of plain ASCII words follows here for the eight-byte "
      "path.",
      "Russia’s envoy agreed."};
  std::string text;
  for (const std::string& sentence : sentences) text += sentence + " ";
  auto splitter = MakeSplitter();
  // Twice, and after a longer and a shorter text: the splitter keeps its
  // buffers from call to call.
  for (const std::string& before : {text + text, std::string("A.")}) {
    splitter->Split(before);
    std::vector<Span> spans = splitter->Split(text);
    REQUIRE(spans.size() == sentences.size());
    for (std::size_t k = 0; k < sentences.size(); ++k) CHECK(spans[k].in(text) == sentences[k]);
  }
}

TEST_CASE("SentenceSplitter leaves out empty sentences", "[text]") {
  CHECK(MakeSplitter()->Split("").empty());
  CHECK(MakeSplitter()->Split(" \n\n \t\n").empty());
}

TEST_CASE("SentenceSplitter survives invalid UTF-8", "[text]") {
  const std::string text = "Tass said \xff\xfe the talks \xe2\x80 began. Iran \xc3 backs them.\xe2";
  std::vector<Span> spans = MakeSplitter()->Split(text);
  CHECK_FALSE(spans.empty());
  for (const Span& span : spans) {
    CHECK(span.begin < span.end);
    CHECK(span.end <= text.size());
  }
}

}  // namespace
}  // namespace claimtrack

namespace claimtrack {
namespace {

TEST_CASE("SentenceSplitter keeps a dash and a name signing a quotation in its sentence",
          "[text]") {
  // Collected comments (PolNeAR dev): each quotation is signed on its line.
  CHECK(SplitToStrings("“He makes simple blanket statements.”― Pamela Padilla\n“I’m so ashamed "
                       "to be an American.” ― Jacklyn Ashley\n") ==
        std::vector<std::string>{"“He makes simple blanket statements.”― Pamela Padilla",
                                 "“I’m so ashamed to be an American.” ― Jacklyn Ashley"});
  // A no-break space before the dash, and the signature's own final period.
  CHECK(SplitToStrings("“It is a disgrace. What can I say?”\u00a0― Karen Bobadil.\nGetty.") ==
        std::vector<std::string>{"“It is a disgrace.", "What can I say?”\u00a0― Karen Bobadil.",
                                 "Getty."});
  // Initials inside the signed name.
  CHECK(SplitToStrings("“If he wins we are in trouble.” ― Edwin G. Monroy\n“He is clueless.” ― "
                       "Julie A. Diaz\n") ==
        std::vector<std::string>{"“If he wins we are in trouble.” ― Edwin G. Monroy",
                                 "“He is clueless.” ― Julie A. Diaz"});
  // A dash that opens a new sentence of prose is not a signature.
  CHECK(SplitToStrings("He said “no.” — The talks then ended. Nobody spoke.").size() >= 2);
}

TEST_CASE("SentenceSplitter keeps a question's short attribution with it, titles included",
          "[text]") {
  // A title's period ("Mrs.") does not end the attribution early, and ''
  // closes a quotation as ” does.
  CHECK(SplitToStrings("“Why do they get away with it?” Mrs. Clinton asked. Both women spoke.") ==
        std::vector<std::string>{"“Why do they get away with it?” Mrs. Clinton asked.",
                                 "Both women spoke."});
  CHECK(SplitToStrings("''Why do they pay lower rates than you do?'' Mrs. Clinton asked. "
                       "Both women spoke.") ==
        std::vector<std::string>{"''Why do they pay lower rates than you do?'' Mrs. Clinton asked.",
                                 "Both women spoke."});
  // A question followed by a new sentence still ends there.
  CHECK(SplitToStrings("“Why?” The crowd went quiet.").size() == 2);
  // A period inside the quotation, where a comma belongs: only a name or a
  // pronoun and its verb stay with it.
  CHECK(SplitToStrings("“I hope you find them.” Trump said. He left.") ==
        std::vector<std::string>{"“I hope you find them.” Trump said.", "He left."});
  CHECK(SplitToStrings("“We are done.” Sen. Jeff Sessions said.").size() == 1);
  CHECK(SplitToStrings("“We are done.” The crowd went quiet.").size() == 2);
  CHECK(SplitToStrings("“We are done.” Trump said the talks were over.").size() == 2);
  // A quotation inside the quotation closes at the same place.
  CHECK(SplitToStrings("“She asked us, ‘What can I do?’” Weaver said. He left.") ==
        std::vector<std::string>{"“She asked us, ‘What can I do?’” Weaver said.", "He left."});
  CHECK(SplitToStrings("\"She asked us, 'What can I do?'\" Weaver said. He left.").size() == 2);
  CHECK(SplitToStrings("“She asked us, ‘What can I do?’” The room went quiet.").size() == 2);
  // A curly apostrophe in the attribution ("Tuesday’s") is no quotation mark.
  CHECK(SplitToStrings("“What can we do?” Renteria told reporters during Tuesday’s call. He "
                       "left.") ==
        std::vector<std::string>{"“What can we do?” Renteria told reporters during Tuesday’s call.",
                                 "He left."});
  // An opening mark written where the closing one belongs.
  CHECK(SplitToStrings("“Do you want that?“ he asked. He left.") ==
        std::vector<std::string>{"“Do you want that?“ he asked.", "He left."});
  CHECK(SplitToStrings("“Do you want that?“ The room went quiet.").size() == 2);
}

}  // namespace
}  // namespace claimtrack
