// Tests for attribution shapes common in American and British news writing:
// a party affiliation in parentheses after a name, an age and a hometown
// between commas, a role noun without an article as the appositive, a
// quotation split by its attribution, a question closing a quotation before
// the speaker, "went on to say", and cues whose that-clause follows an object
// ("expressed concern that"). Each row is written in the form these take in
// wire copy; the names are invented.
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "extract_test_support.h"

namespace claimtrack {
namespace {

using test::CheckNoClaims;
using test::CheckRow;
using test::ClaimWithContent;
using test::Describe;
using test::ExtractFrom;

constexpr Stance kAssert = Stance::kAssert;

TEST_CASE("A long parenthesis between the name and the verb is an aside", "[extract]") {
  CheckRow({"a description in parentheses",
            "Sen. Chris Murfy (a Connecticut Democrat so boyish he has been mistaken for a junior "
            "staffer) says he was unfocused.",
            "says", "Chris Murfy", "Sen. Chris Murfy",
            "Sen. (a Connecticut Democrat so boyish he has been mistaken for a junior staffer)",
            "he was unfocused", kAssert,
            "source-cue-content"});
}

TEST_CASE("A party affiliation in parentheses stays with the name and joins the role",
          "[extract]") {
  CheckRow({"source-cue-content after (D-Mass.)",
            "Rep. Stephen Carver (D-Mass.) said the law does not require witnesses to appear.",
            "said", "Stephen Carver", "Rep. Stephen Carver", "Rep. (D-Mass.)",
            "the law does not require witnesses to appear", kAssert, "source-cue-content"});
  CheckRow({"content-source-cue after (D-Wis.)",
            "“It’s a dog whistle to all Americans,” Rep. Gwen Dale (D-Wis.) said.", "said",
            "Gwen Dale", "Rep. Gwen Dale", "Rep. (D-Wis.)", "It’s a dog whistle to all Americans",
            kAssert, "content-source-cue"});
  CheckRow({"content-cue-source with (R-S.C.) and a relative clause",
            "“The veto will be overridden,” said Sen. Lindsey Marsh (R-S.C.), who leads the "
            "panel.",
            "said", "Lindsey Marsh", "Sen. Lindsey Marsh", "Sen. (R-S.C.)",
            "The veto will be overridden", kAssert, "content-cue-source"});
}

TEST_CASE("An age and a hometown between commas describe the name before them", "[extract]") {
  CheckRow({"an age", "Carlos Ortega, 55, said he had been willing to look the other way.",
            "said", "Carlos Ortega", "Carlos Ortega", "55",
            "he had been willing to look the other way", kAssert, "source-cue-content"});
  CheckRow({"an age, a town and a state",
            "Brianne Stoll, 29, of Huntsville, Ala., says her biggest concern is global warming.",
            "says", "Brianne Stoll", "Brianne Stoll", "29, of Huntsville, Ala.",
            "her biggest concern is global warming", kAssert, "source-cue-content"});
  CheckRow({"after an inverted cue", "“It is bad,” said Mary Jonas, 45, of Boston.", "said",
            "Mary Jonas", "Mary Jonas", "", "It is bad", kAssert, "content-cue-source"});
}

TEST_CASE("An appositive may open with a role noun: 'X, director of Y, said'", "[extract]") {
  CheckRow({"director of ...",
            "Richard Revell, director of the Institute for Policy Integrity, said the suing "
            "states were exaggerating the reach of the agency.",
            "said", "Richard Revell", "Richard Revell",
            "director of the Institute for Policy Integrity",
            "the suing states were exaggerating the reach of the agency", kAssert,
            "source-cue-content"});
  CheckRow({"an adjective and a role noun",
            "Ann Lowe, senior fellow at the Brookings Institution, said taxes would rise.",
            "said", "Ann Lowe", "Ann Lowe", "senior fellow at the Brookings Institution",
            "taxes would rise", kAssert, "source-cue-content"});
  CheckRow({"a relative clause with who’s",
            "But Tom Willis, who’s running to be an alternate, added that he is on a mission to "
            "draft Daniels.",
            "added", "Tom Willis", "Tom Willis", "", "he is on a mission to draft Daniels",
            kAssert, "source-cue-content"});
}

TEST_CASE("A quotation split by its attribution, or going on after it, is one claim",
          "[extract]") {
  std::string text =
      "Barack Obama spoke on Midway. \"My hope,\" he said, \"is that as ex-president I can have "
      "more influence on my Republican friends.\"";
  std::vector<Claim> claims = ExtractFrom(text);
  INFO("claims:" << Describe(claims));
  REQUIRE(claims.size() == 1);
  CHECK(claims[0].source == "Barack Obama");
  CHECK(claims[0].content.rfind("My hope", 0) == 0);
  CHECK(claims[0].content.find("more influence on my Republican friends") != std::string::npos);
  CHECK(claims[0].quote == QuoteKind::kDirect);

  // The same with the source after its verb, and an appositive.
  CheckRow({"'“C1,” said S, ROLE, “and C2.”'",
            "“This used to be Russia's back yard,” said Raffaelo Pantuci, director of security "
            "studies at the institute, “and now it is China's.”",
            "said", "Raffaelo Pantuci", "Raffaelo Pantuci",
            "director of security studies at the institute",
            "This used to be Russia's back yard,” said Raffaelo Pantuci, director of security "
            "studies at the institute, “and now it is China's",
            kAssert, "content-cue-source"});

  // The quotation goes on in the next sentences of the paragraph, and in a
  // next paragraph that opens with a quotation: one claim.
  claims = ExtractFrom(
      "“Coal isn’t the villain,” Tom Clarke said. “The real problem is the market. It is "
      "broken.”\n\n“Next year will be better.”\n\nHe left.");
  INFO("claims:" << Describe(claims));
  REQUIRE(claims.size() == 1);
  CHECK(claims[0].source == "Tom Clarke");
  CHECK(claims[0].content ==
        "Coal isn’t the villain,” Tom Clarke said. “The real problem is the market. It is "
        "broken.”\n\n“Next year will be better");
  CHECK(claims[0].quote == QuoteKind::kDirect);

  // After 'S said: “C1.”' a paragraph that opens with a quotation is a claim
  // of its own, of the same speaker; the paragraphs after it extend it.
  claims = ExtractFrom(
      "Tom Clarke said: “Coal isn’t the villain.”\n\n“Next year will be better.”\n\n“Prices "
      "will rise.”\n\nHe left.");
  INFO("claims:" << Describe(claims));
  REQUIRE(claims.size() == 2);
  CHECK(claims[0].content == "Coal isn’t the villain");
  CHECK(claims[1].source == "Tom Clarke");
  CHECK(claims[1].rule == "quote-continuation");
  CHECK(claims[1].content == "Next year will be better.”\n\n“Prices will rise");
}

TEST_CASE("A quotation split by an inverted attribution is one claim", "[extract]") {
  CheckRow({"'said' and an indefinite source",
            "“She is too far behind,” said an Iowa Democrat, “and Iowa was not a decisive win.”",
            "said", "Iowa Democrat", "an Iowa Democrat", "",
            "She is too far behind,” said an Iowa Democrat, “and Iowa was not a decisive win",
            kAssert, "content-cue-source"});
  CheckRow({"'said' and a name with an appositive",
            "\"The risk,\" said Edward Leemer, an economist at the university, \"is that we will "
            "attract workers and repel jobs.\"",
            "said", "Edward Leemer", "Edward Leemer", "economist at the university",
            "The risk,\" said Edward Leemer, an economist at the university, \"is that we will "
            "attract workers and repel jobs",
            kAssert, "content-cue-source"});
  // No quotation resuming: the content is the first one.
  CheckRow({"the reporter's words after the source",
            "“She is too far behind,” said an Iowa Democrat, who backs Sandors.", "said",
            "Iowa Democrat", "an Iowa Democrat", "", "She is too far behind", kAssert,
            "content-cue-source"});
}

TEST_CASE("A possessive owner's claim that C, as an object, is the owner's claim", "[extract]") {
  CheckRow({"rejected Russia's claim that ...",
            "The Pentagon rejected Russia’s claim that its jets struck rebel positions.", "claim",
            "Russia", "Russia", "", "its jets struck rebel positions", kAssert,
            "owner-noun-content"});
  CheckRow({"a noun of references.txt that is no cue, after an adjective",
            "Residents doubted Tulsa police’s earlier allegation that Crutcher had refused to stop.",
            "allegation", "Tulsa police", "Tulsa police", "", "Crutcher had refused to stop", kAssert,
            "owner-noun-content"});
  // As a subject the clause's end is unknown; a relative clause or a
  // determiner after "that" is no statement; a pronoun owner is left out.
  for (const std::string& text :
       {std::string("Russia’s claim that its jets struck rebels is rubbish, the Pentagon said."),
        std::string("The U.S. says Russia’s claim that its jets struck rebels is rubbish."),
        std::string("Voters praised Trump’s plan that would cut taxes."),
        std::string("Reporters asked about Obama’s claim that night."),
        std::string("Jones sued Conte over his allegations that he gave her drugs.")}) {
    std::vector<Claim> claims = ExtractFrom(text);
    INFO(text << "\nclaims:" << Describe(claims));
    for (const Claim& claim : claims) CHECK(claim.rule != "owner-noun-content");
  }
  // The owner is no speaker: a later "he" is the sentence's subject.
  std::vector<Claim> claims = ExtractFrom(
      "Gov. Mike Pence blamed the media for Donald Trump’s claim that Obama founded ISIS. He "
      "said the media were unfair.");
  INFO("claims:" << Describe(claims));
  const Claim* said = test::ClaimWithCue(claims, "said");
  REQUIRE(said != nullptr);
  CHECK(said->source == "Mike Pence");
}

TEST_CASE("A paragraph's quotation attributed at its end is not the last speaker's",
          "[extract]") {
  struct Case {
    const char* name;
    std::string text;
    std::string source;   // the speaker of the second paragraph's quotation
    std::string content;  // all of it, from its opening mark
  };
  const Case cases[] = {
      {"content-source-cue after an indirect claim",
       "Polls show that voters are tired of the race.\n\n“Nobody is listening any more. They "
       "want it over,” Dana Whitfield said.",
       "Dana Whitfield", "Nobody is listening any more. They want it over"},
      {"content-cue-source after a quoted claim of another speaker",
       "“We are ahead,” Mark Osei said.\n\n“It is too early to tell. Anything can happen,” said "
       "Lena Varga, a pollster.",
       "Lena Varga", "It is too early to tell. Anything can happen"},
      {"a question in three sentences, with a pronoun",
       "Governor Ruth Calder spoke first. She said the budget was fair.\n\n“Why cut schools? Why "
       "now? Who gains?” asked Tom Becker.",
       "Tom Becker", "Why cut schools? Why now? Who gains?"},
  };
  for (const Case& c : cases) {
    std::vector<Claim> claims = ExtractFrom(c.text);
    INFO(c.name << "\nclaims:" << Describe(claims));
    const std::size_t paragraph = c.text.find("\n\n");
    int in_second = 0;
    for (const Claim& claim : claims) {
      if (claim.content_span.begin < paragraph) continue;
      ++in_second;
      CHECK(claim.source == c.source);
      CHECK(claim.content == c.content);
      CHECK(claim.rule != "quote-continuation");
    }
    CHECK(in_second == 1);
  }
  // Without an attribution of its own the quotation goes on the last
  // speaker's: a continuation, as before.
  std::vector<Claim> claims = ExtractFrom(
      "“We are ahead,” Mark Osei said.\n\n“The numbers are good. They will hold.”");
  INFO("claims:" << Describe(claims));
  REQUIRE(claims.size() == 1);
  CHECK(claims[0].source == "Mark Osei");
  CHECK(claims[0].content.find("They will hold") != std::string::npos);
}

TEST_CASE("A quotation attributed at its close does not extend the claim before it", "[extract]") {
  struct Case {
    const char* name;
    std::string text;
    std::string first;   // the first claim's content
    std::string second;  // the second quotation's speaker
  };
  const Case cases[] = {
      {"the next paragraph",
       "“It makes no sense. The model fails here,” Bill Clinton said.\n\n“So you have this "
       "system. It is the craziest thing,” he said.",
       "It makes no sense. The model fails here", "Bill Clinton"},
      {"the same paragraph, another speaker",
       "“We are ahead,” Mark Osei said. “It is too early. Anything can happen,” said Lena "
       "Varga.",
       "We are ahead", "Lena Varga"},
      {"straight marks",
       "\"We will appeal,\" Anna Berg said.\n\n\"The ruling is wrong. It ignores the law,\" "
       "Tom Hale said.",
       "We will appeal", "Tom Hale"},
  };
  for (const Case& c : cases) {
    std::vector<Claim> claims = ExtractFrom(c.text);
    INFO(c.name << "\nclaims:" << Describe(claims));
    REQUIRE(claims.size() == 2);
    CHECK(claims[0].content == c.first);
    CHECK(claims[1].source == c.second);
    CHECK(claims[1].content_span.begin >= claims[0].content_span.end);
  }
  // A quotation that closes on its period is the speaker's before, going on.
  std::vector<Claim> claims = ExtractFrom(
      "“We are ahead,” Mark Osei said.\n\n“The numbers are good. They will hold.” He left.");
  INFO("claims:" << Describe(claims));
  REQUIRE(claims.size() == 1);
  CHECK(claims[0].content.find("They will hold") != std::string::npos);
}

TEST_CASE("A question closing a quotation stays with the speaker after it", "[extract]") {
  CheckRow({"a name after ?”",
            "“How many times do we have to see this in our country?” Hillary Clinton said.",
            "said", "Hillary Clinton", "Hillary Clinton", "",
            "How many times do we have to see this in our country?", kAssert,
            "content-source-cue"});
  CheckRow({"a pronoun after ?\"",
            "Barack Obama arrived late. \"Why now?\" he asked reporters on Monday.", "asked",
            "Barack Obama", "he", "", "Why now?", kAssert, "content-source-cue"});
  CheckRow({"an exclamation",
            "“We will win!” Maria Lopez shouted at the rally.", "shouted", "Maria Lopez",
            "Maria Lopez", "", "We will win!", kAssert, "content-source-cue"});
  // What follows a question is a new sentence when it is not an attribution.
  std::vector<Claim> claims = ExtractFrom("“Why?” The answer is simple. Prices rose.");
  INFO("claims:" << Describe(claims));
  CHECK(claims.empty());
}

TEST_CASE("'went on to say' says; 'declined to say' does not", "[extract]") {
  CheckRow({"went on to say",
            "Tom Byrne went on to say, “From the bottom of my soul, I know this to be true.”",
            "say", "Tom Byrne", "Tom Byrne", "",
            "From the bottom of my soul, I know this to be true", kAssert,
            "source-cue-content"});
  CheckNoClaims("John Smith declined to say whether it was true.");
}

TEST_CASE("Cues with a that-clause after an object: 'expressed concern that'", "[extract]") {
  CheckRow({"expressed concern that", "Tom Byrne expressed concern that the vote was rigged.",
            "expressed", "Tom Byrne", "Tom Byrne", "", "the vote was rigged", kAssert,
            "source-cue-content"});
  CheckRow({"pointed out that", "Politifact then pointed out that one shooting may have more "
            "than one victim.",
            "pointed out", "Politifact", "Politifact", "",
            "one shooting may have more than one victim", kAssert, "source-cue-content"});
  CheckRow({"revealed that", "Her campaign revealed that she has pneumonia.", "revealed",
            "Her campaign", "Her campaign", "", "she has pneumonia", kAssert,
            "source-cue-content"});
  // Without a that-clause these verbs take plain objects.
  CheckNoClaims("Tom Byrne expressed support for the plan.");
  CheckNoClaims("The company revealed a new phone on Monday.");
  CheckNoClaims("Police expected to announce results on Friday.");
  // A document finds or reveals with a plain object; it does not post.
  CheckRow({"a poll found", "A Quinnipiac poll found Mr. Trump about even with Mrs. Clinton.",
            "found", "Quinnipiac", "A Quinnipiac poll", "",
            "Mr. Trump about even with Mrs. Clinton", kAssert, "source-cue-content"});
  CheckRow({"a participle and a day after the poll; two pollsters joined by a slash",
            "A Des Moines Register/Bloomberg Politics poll released Saturday found that 28 "
            "percent of likely caucusgoers supported Mr. Trump.",
            "found", "Des Moines Register/Bloomberg Politics",
            "A Des Moines Register/Bloomberg Politics poll released", "",
            "28 percent of likely caucusgoers supported Mr. Trump", kAssert, "source-cue-content"});
  // A word that modifies polls, capitalized as the sentence's first, is no
  // pollster; a name is.
  CheckRow({"'Opinion polls'", "Opinion polls suggest the race is tight.", "suggest",
            "Opinion polls", "Opinion polls", "", "the race is tight", kAssert,
            "source-cue-content"});
  CheckRow({"'Gallup polls'", "Gallup polls show Clinton ahead.", "show", "Gallup", "Gallup polls",
            "", "Clinton ahead", kAssert, "source-cue-content"});
  CheckNoClaims("In a video posted online, the militants threatened the hostages.");
  // The participle of a verb of saying after a document describes it; the
  // phrase goes on to the cue.
  CheckRow({"'A statement posted online said'",
            "A statement posted online said listings are generated by users.", "said",
            "a statement posted online", "A statement posted online", "",
            "listings are generated by users", kAssert, "source-cue-content"});
  CheckNoClaims("A message posted on Facebook was signed by the group.");
}

TEST_CASE("A possessive or a contraction is no source: 'He's now written', 'Conte's'",
          "[extract]") {
  CheckNoClaims("He's now written an accompanying book, too.");
  CheckNoClaims("It's often referred to as the prisoner's dilemma.");
  CheckNoClaims("Michael Buerk's return to Ethiopia topped the category, saying it was good.");
  // The possessive inside a source phrase is fine.
  CheckRow({"a possessive before the head", "Victor Conte's lawyer said the claims are false.",
            "said", "Victor Conte's lawyer", "Victor Conte's lawyer", "", "the claims are false",
            Stance::kDeny, "source-cue-content", "the claims", "are false"});
}

TEST_CASE("A pronoun and its auxiliary in one word is the source: 'He's said', 'She's claimed'",
          "[extract]") {
  CheckRow({"present perfect", "Jeb Bush spoke in Iowa. He's said the tax cut was too small.",
            "said", "Jeb Bush", "He", "", "the tax cut was too small", kAssert,
            "source-cue-content"});
  CheckRow({"curly apostrophe and an adverb",
            "Jeb Bush spoke in Iowa. He’s repeatedly argued that the tax cut was too small.",
            "argued", "Jeb Bush", "He", "", "the tax cut was too small", kAssert,
            "source-cue-content"});
  CheckRow({"a participle after it is the verb, not an adjective",
            "Jeb Bush spoke in Iowa. He's pledged support for the bill.", "pledged", "Jeb Bush",
            "He", "", "support for the bill", kAssert, "source-cue-content"});
  CheckRow({"the subject shared by a second verb",
            "Jeb Bush wrote in the Gazette. He’s comparing the gun actions to the immigration "
            "order and says Obama is flouting the process.",
            "says", "Jeb Bush", "He", "", "Obama is flouting the process", kAssert,
            "subject-shared"});
  CheckRow({"'it' in a progressive",
            "Donald Trump's campaign is defending his tweets. It’s denouncing what it calls "
            "\"the biggest media attack in history.\"",
            "denouncing", "Donald Trump's campaign", "It", "",
            "what it calls \"the biggest media attack in history.\"", Stance::kDeny,
            "source-cue-content", "", "denouncing"});
  // "is" and a passive participle, or "it" as no one: no source.
  CheckNoClaims("Joan Rivers died. It's believed that she went into cardiac arrest.");
  CheckNoClaims("The woman was angry. Furious, she's said to have grabbed a pair of scissors.");
}

TEST_CASE("'The ministry claims that C': a verb in -s after a source, not a compound noun",
          "[extract]") {
  CheckRow({"a source word before 'claims that'",
            "Officials met on Monday. The ministry claims that Gulen runs a network.", "claims",
            "the ministry", "The ministry", "", "Gulen runs a network", kAssert,
            "source-cue-content"});
  CheckRow({"a name before 'reports' and a pronoun",
            "Officials met on Monday. The Guardian reports she was asleep at the time.", "reports",
            "Guardian", "The Guardian", "", "she was asleep at the time", kAssert,
            "source-cue-content"});
  // Before a verb of saying: the subject's noun.
  CheckRow({"'A Financial Times report says'",
            "A Financial Times report says Smith won $1 million.", "says", "Financial Times",
            "A Financial Times report", "", "Smith won $1 million", kAssert, "source-cue-content"});
  CheckRow({"'Previous reports said'", "Previous reports said that the price could reach $10,000.",
            "said", "Previous reports", "Previous reports", "", "the price could reach $10,000",
            kAssert, "source-cue-content"});
  // Before a finite verb, after a plain word: the subject's noun.
  CheckNoClaims("He wants more to help independent record labels have a louder voice.");
  CheckNoClaims("The John Peel replacement show will be presented by two DJs.");
  // In a relative clause the verb stays one.
  CheckRow(
      {"'which ministers claim will'",
       "The ID cards bill, which ministers claim will tackle crime, is expected to be opposed.",
       "claim", "ministers", "ministers", "", "will tackle crime", kAssert, "source-cue-content"});
  // A verb or an adjective before the word: the noun.
  CheckNoClaims("Numerous studies debunk claims that doctors shun the plan's enrollees.");
  CheckNoClaims("We have seen online reports that it could sell for as much as $4,000.");
}

TEST_CASE("A relative clause holding commas of its own is one aside before the verb", "[extract]") {
  CheckRow({"a city and its state, then a time",
            "Sandy Phillipps, who lost her daughter during the shooting in Aurora, Colorado, in "
            "July 2012, said that Sanders had treated her family disrespectfully.",
            "said", "Sandy Phillipps", "Sandy Phillipps", "",
            "Sanders had treated her family disrespectfully", kAssert, "source-cue-content"});
  CheckRow({"a party and state, a second verb, a time before the cue",
            "Beckk, who supported Sen. Ted Cruz, R-Texas, and opposed Trump during the primaries, "
            "last week said Trump was seeking a media empire.",
            "said", "Beckk", "Beckk", "", "Trump was seeking a media empire", kAssert,
            "source-cue-content"});
  CheckRow({"a name, then the clause's verb",
            "Marco Rubyo, whose hometown, Miami, is projected to be underwater, argues that "
            "taxes will cost jobs.",
            "argues", "Marco Rubyo", "Marco Rubyo", "", "taxes will cost jobs", kAssert,
            "source-cue-content"});
  CheckRow({"an appositive with an adjective and a name before its role",
            "Anthony Wiener had a rough day. His wife, longtime Hillary Clinton aide Huma Abeddin, "
            "announced they were separated.",
            "announced", "Huma Abeddin", "longtime Hillary Clinton aide Huma Abeddin", "His wife",
            "they were separated", kAssert, "source-cue-content"});
  CheckRow({"a party and state, then a participle's phrase",
            "Sen. Marco Rubyo, R-Fla., appearing on Fox News right after the speech, said Obama "
            "failed to address public concerns.",
            "said", "Marco Rubyo", "Sen. Marco Rubyo", "R-Fla.",
            "Obama failed to address public concerns", kAssert, "source-cue-content"});
  CheckRow({"'D-R.I.' and a participle's phrase",
            "Sen. Jack Reid, D-R.I., speaking to reporters, said taxes were too high.", "said",
            "Jack Reid", "Sen. Jack Reid", "D-R.I.", "taxes were too high", kAssert,
            "source-cue-content"});
  // An inverted source may go on with a participle and its preposition.
  CheckRow({"'said the leaflet published jointly by'",
            "The law protects those who use a weapon to hand, said the leaflet published jointly "
            "by the prosecutors.",
            "said", "the leaflet", "the leaflet", "",
            "The law protects those who use a weapon to hand", kAssert, "content-cue-source"});
  // The main clause's verb after the relative clause: the inverted source
  // is the speaker.
  CheckRow({"the main verb after the clause",
            "H-P, which has suffered sharp sales declines, sees better potential for its hardware, "
            "said one person familiar with the plan.",
            "said", "one person familiar with the plan", "one person familiar with the plan", "",
            "H-P, which has suffered sharp sales declines, sees better potential for its hardware",
            kAssert, "content-cue-source"});
}

TEST_CASE("A name after a participle in the source is its object: 'A woman working for Mr. X'",
          "[extract]") {
  CheckRow({"a participle and 'for'", "A woman working for Mr. Tramp said taxes were too high.",
            "said", "a woman", "A woman working for Mr. Tramp", "working for Mr. Tramp",
            "taxes were too high", kAssert, "source-cue-content"});
  CheckRow({"a plural head", "Voters backing Hillary Clintin said taxes were too high.", "said",
            "Voters", "Voters backing Hillary Clintin", "backing Hillary Clintin",
            "taxes were too high", kAssert, "source-cue-content"});
  // A noun in -ing before a name is no participle: the name stays the source.
  CheckRow({"'head of marketing, NAME,'",
            "The airline's head of marketing, Abdul Fahd, said new rules would come.", "said",
            "Abdul Fahd", "Abdul Fahd", "The airline's head of marketing", "new rules would come",
            kAssert, "source-cue-content"});
}

TEST_CASE("British, sporting and press titles split role and name", "[extract]") {
  CheckRow({"MP", "Scotland's only Conservative MP Peter Dunning said taxes will rise.", "said",
            "Peter Dunning", "Scotland's only Conservative MP Peter Dunning",
            "Scotland's only Conservative MP", "taxes will rise", kAssert, "source-cue-content"});
  CheckRow({"a pronoun after it keeps the person, not a group named in between",
            "Conservative MP Peter Dunning said Save the Scottish Regiments had done a superb "
            "job. He added: \"Their actions have reflected the pride.\"",
            "added", "Peter Dunning", "He", "Conservative MP", "Their actions have reflected the pride",
            kAssert, "source-cue-content"});
  CheckRow({"manager", "Chelsea manager Jose Morinha said they would win the league.", "said",
            "Jose Morinha", "Chelsea manager Jose Morinha", "Chelsea manager",
            "they would win the league", kAssert, "source-cue-content"});
}

TEST_CASE("Asides between a subject and its verb are peeled off to find the name", "[extract]") {
  // Commas around a participle's or a preposition's phrase, a relative
  // clause after an age and a hometown, dashes around an aside that holds
  // commas, and an appositive that is itself the name.
  CheckRow({"a participle's phrase",
            "Dale Porter, speaking to a veterans group in Virginia, said he would order a review "
            "of the nation’s computer defenses.",
            "said", "Dale Porter", "Dale Porter", "",
            "he would order a review of the nation’s computer defenses", kAssert,
            "source-cue-content"});
  CheckRow({"a preposition's phrase",
            "Senator Ann Whitley, at a later press gaggle, said, “I’ve been briefed about the "
            "bombings.”",
            "said", "Ann Whitley", "Senator Ann Whitley", "Senator",
            "I’ve been briefed about the bombings", kAssert, "source-cue-content"});
  CheckRow({"an age, a hometown and a relative clause",
            "Donna Rawley, 59, of Ashton, Md., who watched the ceremony on a screen, said the "
            "event brought back memories of her father.",
            "said", "Donna Rawley", "Donna Rawley", "59, of Ashton, Md.",
            "the event brought back memories of her father", kAssert, "source-cue-content"});
  CheckRow({"a relative clause with a plural possessive",
            "Rucker Colby, who runs the effort for veterans' families, said, \"Trump has been "
            "disrespecting our veterans.\"",
            "said", "Rucker Colby", "Rucker Colby", "", "Trump has been disrespecting our veterans",
            kAssert, "source-cue-content"});
  CheckRow({"an appositive that is the name",
            "In a statement, one of the family's attorneys, Justin Bamford, said the videos show "
            "the driver calmly leaving his car.",
            "said", "Justin Bamford", "Justin Bamford", "one of the family's attorneys",
            "the videos show the driver calmly leaving his car", kAssert, "source-cue-content"});
  CheckRow({"dashes around an aside with commas",
            "Kallen -- co-editor of Debating The Donald, a book on the primary debates -- said the "
            "candidate tended to make announcements.",
            "said", "Kallen", "Kallen",
            "co-editor of Debating The Donald, a book on the primary debates",
            "the candidate tended to make announcements", kAssert, "source-cue-content"});
  CheckRow(
      {"an appositive, then a participle's phrase",
       "Tom Clarkson, the company’s owner, speaking at a hearing, said the mines would stay open.",
       "said", "Tom Clarkson", "Tom Clarkson", "company’s owner", "the mines would stay open",
       kAssert, "source-cue-content"});
  CheckRow({"a single adverb", "Mr. Dorset, however, said the talks would go on.", "said", "Dorset",
            "Mr. Dorset", "Mr.", "the talks would go on", kAssert, "source-cue-content"});
  CheckRow({"a quotation inside an aside",
            "Mr. Manfort, citing ''the unique magic of Trump,'' said the candidate could be "
            "competitive.",
            "said", "Manfort", "Mr. Manfort", "Mr.", "the candidate could be competitive", kAssert,
            "source-cue-content"});
  CheckRow({"a subordinator and a participle",
            "Powell’s office, when contacted by Reuters, said the former top diplomat couldn’t "
            "recall the conversation.",
            "said", "Powell’s office", "Powell’s office", "",
            "the former top diplomat couldn’t recall the conversation", kAssert,
            "source-cue-content"});
  CheckRow({"'along with'",
            "Fields, along with Washington Post reporter Ben Terrie, say the manager yanked her "
            "out of the way.",
            "say", "Fields", "Fields", "", "the manager yanked her out of the way", kAssert,
            "source-cue-content"});
  CheckRow({"a possessive apostrophe after a plural",
            "People with direct knowledge of Gates' work said that the nonprofit hired two firms.",
            "said", "people with direct knowledge of Gates' work",
            "People with direct knowledge of Gates' work", "", "the nonprofit hired two firms",
            kAssert, "source-cue-content"});
  CheckRow({"a participle after a noun phrase that opens the clause",
            "A letter signed by 50 officials said the talks would go on.", "said",
            "a letter signed by 50 officials", "A letter signed by 50 officials", "",
            "the talks would go on", kAssert, "source-cue-content"});
  CheckRow({"an amount inside a relative clause",
            "Executives for Mondeline, which generated more than $30 billion in revenue last "
            "year, say the company will save $46 million a year.",
            "say", "Executives for Mondeline", "Executives for Mondeline", "",
            "the company will save $46 million a year", kAssert, "source-cue-content"});
  CheckRow({"a city and its state inside an aside",
            "Clanton, during a town hall meeting in Columbus, Ohio, said she would put coal "
            "companies out of business.",
            "said", "Clanton", "Clanton", "", "she would put coal companies out of business",
            kAssert, "source-cue-content"});
  CheckRow({"a second subject between dashes",
            "Democrats — and some Republicans — say that the losses far outweigh any gains.",
            "say", "Democrats", "Democrats", "", "the losses far outweigh any gains", kAssert,
            "source-cue-content"});
  CheckRow({"a quoted title in the appositive",
            "Sam Solovay, a contestant on Tramp's reality TV show, \"The Apprentice,\" said his "
            "boss was kind.",
            "said", "Sam Solovay", "Sam Solovay", "contestant on Tramp's reality TV show",
            "his boss was kind", kAssert, "source-cue-content"});
  CheckRow({"a quoted title, then a relative clause",
            "Sam Solovay, a contestant on Tramp's show, \"The Apprentice,\" who went on to work "
            "alongside Tramp, said his boss was kind.",
            "said", "Sam Solovay", "Sam Solovay", "contestant on Tramp's show", "his boss was kind",
            kAssert, "source-cue-content"});
  CheckRow({"a quoted title, then a preposition's phrase",
            "Hemsly, the co-author of \"Going Viral,\" about the rapid spread of information, "
            "said the days are gone.",
            "said", "Hemsly", "Hemsly", "co-author of \"Going Viral,\"", "the days are gone",
            kAssert, "source-cue-content"});
  CheckRow({"a city and its state's abbreviation, then a relative clause",
            "Paul Portor, a truck driver from Ava, Mo., who is a member of the Teamsters union, "
            "said he already received time and a half.",
            "said", "Paul Portor", "Paul Portor", "truck driver from Ava, Mo.",
            "he already received time and a half", kAssert, "source-cue-content"});
  CheckRow({"a noun and a long relative clause",
            "Rich Heffly, a top Tallahassee GOP operative who played a major role in John "
            "McCain’s big Florida win in 2008 and is now running Bush’s early-vote efforts in the "
            "state, said the absentee program is critical.",
            "said", "Rich Heffly", "Rich Heffly", "top Tallahassee GOP operative",
            "the absentee program is critical", kAssert, "source-cue-content"});
  // An opening phrase of place before the name is no city and state.
  CheckRow({"'Speaking in Harlem, Clintan, without naming him,'",
            "Speaking in Harlem, Clintan, without naming him, also accused Sandors of being late "
            "to the issue.",
            "accused", "Clintan", "Clintan", "", "Sandors of being late to the issue", kAssert,
            "source-cue-content"});
}

TEST_CASE("Those polled, people briefed, and shares are sources", "[extract]") {
  CheckRow({"'those' and a participle",
            "By big margins, those surveyed say the economy should be the first priority.", "say",
            "those surveyed", "those surveyed", "", "the economy should be the first priority",
            kAssert, "source-cue-content"});
  CheckRow({"a plural, a participle and its preposition",
            "People briefed on the situation say that the governor has revealed almost nothing.",
            "say", "people briefed on the situation", "People briefed on the situation", "",
            "the governor has revealed almost nothing", kAssert, "source-cue-content"});
  CheckRow({"a share", "One in five say that it won't be true.", "say", "one in five",
            "One in five", "", "it won't be true", kAssert, "source-cue-content"});
  // Without a preposition after it the participle is the verb: the source is
  // the name before the cue.
  CheckRow({"a verb, not a participle", "Democrats noticed Trump said nothing new.", "said",
            "Trump", "Trump", "", "nothing new", kAssert, "source-cue-content"});
}

TEST_CASE("', however,' between the cue and its that-clause", "[extract]") {
  CheckRow({"however", "Tim Kane now says, however, that he is a strong advocate for the bill.",
            "says", "Tim Kane", "Tim Kane", "", "he is a strong advocate for the bill", kAssert,
            "source-cue-content"});
  CheckRow({"a long phrase after an adverb",
            "The nominee insists, most recently in a Labor Day interview with ABC News, that he "
            "wants to release his taxes.",
            "insists", "the nominee", "The nominee", "", "he wants to release his taxes", kAssert,
            "source-cue-content"});
  CheckRow({"', as did X,'",
            "Several experts cautioned, as did the campaign itself, that the tax proposals might "
            "evolve.",
            "cautioned", "Several experts", "Several experts", "", "the tax proposals might evolve",
            kAssert, "source-cue-content"});
}

TEST_CASE("'Yet, as S observed, C': an opening 'as' takes a verb that needs a clause elsewhere",
          "[extract]") {
  CheckRow({"'Yet,' and a verb that needs 'that' elsewhere",
            "Yet, as Mr. Bownn observed, in the early days of a new administration the tariffs "
            "would bite.",
            "observed", "Bownn", "Mr. Bownn", "Mr.",
            "in the early days of a new administration the tariffs would bite", kAssert,
            "as-source-cue"});
  // "As the talks continued, ...": time, not speech.
  CheckNoClaims("As the Astana talks continued, Moscow and Washington engaged in a dispute.");
}

TEST_CASE("'found' with a clause whose subject is a name and an adverb; research as a document",
          "[extract]") {
  CheckRow({"an adverb after the clause's subject",
            "The Center for Media Affairs found PolitiFact consistently rated Democrats higher.",
            "found", "Center for Media Affairs", "The Center for Media Affairs", "",
            "PolitiFact consistently rated Democrats higher", kAssert, "source-cue-content"});
  CheckRow({"research stands for its author",
            "Research by the Center found PolitiFact rated Democrats higher.", "found", "Center",
            "Research by the Center", "", "PolitiFact rated Democrats higher", kAssert,
            "source-cue-content"});
}

TEST_CASE("A description opening a sentence is written as inside one; a title stays",
          "[extract]") {
  CheckRow({"a group word", "Analysts said the deal was good.", "said", "analysts", "Analysts",
            "", "the deal was good", kAssert, "source-cue-content"});
  CheckRow({"a determiner", "The company said profits rose.", "said", "the company",
            "The company", "", "profits rose", kAssert, "source-cue-content"});
  CheckRow({"a title before a name", "Mr Peston's book said the two men had argued.", "said",
            "Mr Peston's book", "Mr Peston's book", "", "the two men had argued", kAssert,
            "source-cue-content"});
}

}  // namespace
}  // namespace claimtrack

namespace claimtrack {
namespace {

TEST_CASE("A document's issuer is the source: 'X issued a statement saying C'", "[extract]") {
  CheckRow({"issued", "Black Lives Mater issued a statement saying it took the action because of "
            "unsafe conditions.",
            "saying", "Black Lives Mater", "Black Lives Mater", "",
            "it took the action because of unsafe conditions", kAssert, "subject-shared"});
  CheckRow({"released, after a description", "The ministry released a statement saying the "
            "strike hit a depot.",
            "saying", "the ministry", "The ministry", "", "the strike hit a depot", kAssert,
            "subject-shared"});
  CheckRow({"tweets, with a time phrase before the participle",
            "Dan Morrow unleashed a series of tweets early Friday saying that his rival had shown "
            "bad judgment.",
            "saying", "Dan Morrow", "Dan Morrow", "", "his rival had shown bad judgment",
            kAssert, "subject-shared"});
  CheckRow({"a petition, 'this week' before the participle",
            "The union started a petition this week calling on the council to raise wages.",
            "calling", "the union", "The union", "", "on the council to raise wages", kAssert,
            "subject-shared"});
  CheckRow({"the issuer is the subject of a clause after 'after', not the sentence's",
            "Press aide Lena Moss spoke to reporters after Dan Morrow released an ad criticizing "
            "the mayor's budget.",
            "criticizing", "Dan Morrow", "Dan Morrow", "", "the mayor's budget", kAssert,
            "source-cue-content"});
  CheckRow({"a document with its author's name before it",
            "A Dan Morrow memo said the budget was a disgrace.", "said", "Dan Morrow",
            "A Dan Morrow memo", "", "the budget was a disgrace", kAssert, "source-cue-content"});
  // The author's words say what the author is: a person's memo, a
  // ministry's statement.
  std::vector<Claim> claims = ExtractFrom("A Dan Morrow memo said the budget was a disgrace.");
  REQUIRE(claims.size() == 1);
  CHECK(claims[0].source_kind == "person");
  claims = ExtractFrom("A Russian Defense Ministry statement said the jets had struck.");
  REQUIRE(claims.size() == 1);
  CHECK(claims[0].source_kind == "organization");
  CheckRow({"a person in a document is no document's author",
            "“Why did he not pay?” a narrator in the Morrow ad asks.", "asks",
            "a narrator in the Morrow ad", "a narrator in the Morrow ad", "", "Why did he not pay?",
            kAssert, "content-source-cue"});
  CheckRow({"an adverb between the auxiliary and the cue",
            "The media has always claimed that its reporters are unbiased.", "claimed",
            "The media", "The media", "", "its reporters are unbiased", kAssert,
            "source-cue-content"});
}

}  // namespace
}  // namespace claimtrack

namespace claimtrack {
namespace {

TEST_CASE("An inverted source may open with its role: 'said former adviser David Axel'",
          "[extract]") {
  CheckRow({"a title word", "“We will win this race,” said campaign manager Robby Moon.", "said",
            "Robby Moon", "campaign manager Robby Moon", "campaign manager", "We will win this race",
            kAssert, "content-cue-source"});
  CheckRow({"lowercase words, then a name", "“We will win this race,” said party stalwart Mary "
            "Jonas.",
            "said", "Mary Jonas", "party stalwart Mary Jonas", "party stalwart",
            "We will win this race", kAssert, "content-cue-source"});
  CheckRow({"lowercase words before a name are its role",
            "“I'm not going to say it is a mistake,” said retired neurosurgeon Ben Carsen.",
            "said", "Ben Carsen", "retired neurosurgeon Ben Carsen", "retired neurosurgeon",
            "I'm not going to say it is a mistake", kAssert, "content-cue-source"});
  CheckRow({"a number among the lowercase words before a name",
            "“Their reasons do not hold weight,” said 9/11 widow Jane Roe.", "said", "Jane Roe",
            "9/11 widow Jane Roe", "9/11 widow", "Their reasons do not hold weight", kAssert,
            "content-cue-source"});
  CheckRow({"a 27-year-old, then a name",
            "“I was there all night,” said 27-year-old nurse Ana Reyes.", "said", "Ana Reyes",
            "27-year-old nurse Ana Reyes", "27-year-old nurse", "I was there all night", kAssert,
            "content-cue-source"});
}

TEST_CASE("Shares polled, 'has since said', and an audience that is no content", "[extract]") {
  CheckRow({"a share with a participle",
            "Some 56 percent of Cuban-Americans polled said they were less likely to vote for "
            "Republicans.",
            "said", "some 56 percent of Cuban-Americans polled",
            "Some 56 percent of Cuban-Americans polled", "",
            "they were less likely to vote for Republicans", kAssert, "source-cue-content"});
  {
    // A long noun phrase with a slash, then a participle and a day. (The
    // participle stays in the source, as in "a statement released".)
    std::vector<Claim> claims = test::ExtractFrom(
        "The latest Reuters/Ipsos opinion poll released Friday shows that Clanton leads Tramp "
        "by 43 percent to 38 percent.");
    INFO("claims:" << test::Describe(claims));
    REQUIRE(claims.size() == 1);
    CHECK(claims[0].source.find("Reuters/Ipsos opinion poll") != std::string::npos);
    CHECK(claims[0].content == "Clanton leads Tramp by 43 percent to 38 percent");
  }
  CheckRow({"a stray comma after a name's parenthesis",
            "Sen. Jack Reid (D-R.I.), said he hadn't gotten a chance to read the plan.", "said",
            "Jack Reid", "Sen. Jack Reid", "Sen. (D-R.I.)",
            "he hadn't gotten a chance to read the plan", kAssert, "source-cue-content"});
  CheckRow({"an appositive name with its parenthesis",
            "Graham's rival, Sen. Jack Reid (D-R.I.), said the talks had stalled.", "said",
            "Jack Reid", "Sen. Jack Reid", "Graham's rival", "the talks had stalled", kAssert,
            "source-cue-content"});
  CheckRow({"an aside opening with an adverb of time",
            "The newspaper, long a vocal advocate of reform, writes that Haley has sought to "
            "differentiate between the two.",
            "writes", "the newspaper", "The newspaper", "long a vocal advocate of reform",
            "Haley has sought to differentiate between the two", kAssert, "source-cue-content"});
  CheckRow({"a document from its author",
            "According to a statement from the Defense Ministry, the talks failed.", "According to",
            "Defense Ministry", "a statement from the Defense Ministry", "", "the talks failed",
            kAssert, "according-to-first"});
  CheckRow({"a document by its author",
            "A report by the Brookings Institution found that the talks failed.", "found",
            "Brookings Institution", "A report by the Brookings Institution", "",
            "the talks failed", kAssert, "source-cue-content"});
  CheckRow({"'Another' after several speakers",
            "Several residents spoke to reporters. Another said the water had been cut off for "
            "days.",
            "said", "Another", "Another", "", "the water had been cut off for days", kAssert,
            "source-cue-content"});
  CheckRow({"'another' after a quotation", "“The water has been cut off for days,” another said.",
            "said", "another", "another", "", "The water has been cut off for days", kAssert,
            "content-source-cue"});
  CheckRow({"a share of those surveyed",
            "Thirty-one percent of those surveyed say they would be satisfied if he won.", "say",
            "Thirty-one percent of those surveyed", "Thirty-one percent of those surveyed", "",
            "they would be satisfied if he won", kAssert, "source-cue-content"});
  CheckRow({"an approximate share opening the sentence",
            "About one in five say they would not vote.", "say", "About one in five",
            "About one in five", "", "they would not vote", kAssert, "source-cue-content"});
  CheckRow({"an approximate share after ', and'",
            "Two in three said they are less likely to vote Republican, and nearly three in five "
            "said they are much less likely.",
            "said", "nearly three in five", "nearly three in five", "", "they are much less likely",
            kAssert, "source-cue-content"});
  CheckRow({"a share in words, then in figures between commas",
            "Among likely primary voters, about two-thirds, 67 percent, say they will vote for "
            "him.",
            "say", "about two-thirds", "about two-thirds", "67 percent", "they will vote for him",
            kAssert, "source-cue-content"});
  CheckRow({"a share after 'with', and its participle",
            "Many voters shrugged off the choice, with three in 10 saying a running mate would "
            "have no effect.",
            "saying", "three in 10", "three in 10", "", "a running mate would have no effect",
            kAssert, "source-cue-content"});
  CheckRow({"a percentage after 'with'",
            "Graham comes in second, with 22 percent saying they would not support him.",
            "saying", "22 percent", "22 percent", "", "they would not support him", kAssert,
            "source-cue-content"});
  CheckRow({"'since' between the auxiliary and the cue",
            "Mrs. Clanton has since said she would support an increase.", "said", "Clanton",
            "Mrs. Clanton", "Mrs.", "she would support an increase", kAssert,
            "source-cue-content"});
  CheckRow({"a question, then its source and the audience",
            "\"How do you control these big powerful banks?\" Tramp said to a crowd of about 500.",
            "said", "Tramp", "Tramp", "", "How do you control these big powerful banks?",
            kAssert, "content-source-cue"});
  CheckNoClaims("Tramp said to a crowd of about 500.");
  CheckRow({"a count of days before the subject",
            "Three days after the test, the Security Council issued a statement calling the test "
            "a clear violation.",
            "calling", "Security Council", "the Security Council", "",
            "the test a clear violation", kAssert, "subject-shared"});
}

}  // namespace
}  // namespace claimtrack

namespace claimtrack {
namespace {

TEST_CASE("The person shown speaks; a time after a document; 'no' before a noun", "[extract]") {
  CheckRow({"footage of a name", "The ad then cuts to footage of Tramp saying, “you have to give "
            "them a path.”",
            "saying", "Tramp", "Tramp", "", "you have to give them a path", kAssert,
            "source-cue-content"});
  CheckRow({"a statement with its time", "In Washington, President Obana released a statement "
            "Thursday night condemning the attack.",
            "condemning", "Obana", "President Obana", "President", "the attack", kAssert,
            "subject-shared"});
  CheckRow({"'nevertheless' between the auxiliary and the cue",
            "Clanton has nevertheless called his vote an irresponsible one.", "called", "Clanton",
            "Clanton", "", "his vote an irresponsible one", kAssert, "source-cue-content"});
  CheckNoClaims("But there have been no serious calls to close the borders.");
}

}  // namespace
}  // namespace claimtrack

namespace claimtrack {
namespace {

TEST_CASE("'told AUDIENCE he's ...', irregular participles and spaced hyphens as asides",
          "[extract]") {
  CheckRow({"a contracted subject pronoun ends the audience",
            "Calabrase told the National Post he’s already received hundreds of emails.", "told",
            "Calabrase", "Calabrase", "", "he’s already received hundreds of emails", kAssert,
            "source-cue-content"});
  CheckRow({"an irregular participle's phrase",
            "The aides, led by campaign manager Terry Sullivon, told the group that they were not "
            "expecting to win.",
            "told", "the aides", "The aides", "", "they were not expecting to win", kAssert,
            "source-cue-content"});
  CheckRow({"spaced hyphens around an aside",
            "Deborah Reynals - his girlfriend and co-host on his channel - told The Washington "
            "Post that his skepticism turned extreme.",
            "told", "Deborah Reynals", "Deborah Reynals", "his girlfriend and co-host on his channel",
            "his skepticism turned extreme", kAssert, "source-cue-content"});
}

}  // namespace
}  // namespace claimtrack

namespace claimtrack {
namespace {

using test::CheckNoClaims;
using test::CheckRow;

TEST_CASE("Words before the subject's article are an adverbial, an apposition or a clause",
          "[extract]") {
  CheckRow({"a time adverbial before the subject",
            "Last month the Harbour Authority said the pier would reopen in May.", "said",
            "Harbour Authority", "the Harbour Authority", "", "the pier would reopen in May",
            Stance::kAssert, "source-cue-content"});
  CheckRow({"a time adverbial with a description",
            "Earlier this week the Ridgeway council reported that rents had risen by 4%.",
            "reported", "Ridgeway council", "the Ridgeway council", "", "rents had risen by 4%",
            Stance::kAssert, "source-cue-content"});
  CheckRow({"an adverb and a prepositional phrase",
            "Even without new rules the watchdog urges banks to publish their fees.", "urges",
            "the watchdog", "the watchdog", "", "banks to publish their fees", Stance::kAssert,
            "source-cue-content"});
  CheckRow({"a name in apposition to its description",
            "Business lobby group the Trade Forum says exports will rise this year.", "says",
            "Trade Forum", "the Trade Forum", "Business lobby group", "exports will rise this year",
            Stance::kAssert, "source-cue-content"});
  CheckRow({"an object relative clause: the company denies the charge",
            "The firm faces a charge of fraud, a charge the company denies.", "denies",
            "the company", "the company", "", "The firm faces a charge of fraud", Stance::kDeny,
            "content-source-cue", "", "denies"});
  CheckRow({"a participle inside the noun phrase",
            "Lawyers representing the family said the ruling would be appealed.", "said",
            "Lawyers representing the family", "Lawyers representing the family", "",
            "the ruling would be appealed", Stance::kAssert, "source-cue-content"});
  // A verb and its object before a noun read as a cue: no source.
  CheckNoClaims("Harlow Foods bought the Crestwood brand from its founders in 2001.");
}

TEST_CASE("A participial clause before the subject is no part of the source", "[extract]") {
  CheckRow({"a courtesy title after the clause",
            "Housing minister Paul Dorrance visited Leeds on Friday. Launching the scheme Mr "
            "Dorrance said the grants would go to small firms.",
            "said", "Paul Dorrance", "Mr Dorrance", "Mr", "the grants would go to small firms",
            Stance::kAssert, "source-cue-content"});
  CheckRow({"an article after the clause",
            "Speaking to reporters the mayor said the bridge would stay shut.", "said", "the mayor",
            "the mayor", "", "the bridge would stay shut", Stance::kAssert, "source-cue-content"});
  // The clause alone, before a noun read as a cue, is no source.
  CheckNoClaims(
      "The channel aired a sketch depicting an exchange of kitchen notes that turns into a "
      "feud.");
  CheckNoClaims(
      "The chain now sells coffee, including extending its Riverside brand to its hotels.");
}

TEST_CASE("A name, then 'of/at/from' and what the person speaks for: the rest is the role",
          "[extract]") {
  CheckRow({"at a firm, after an inverted cue",
            "\"Prices will fall,\" said Hanna Kowal at Brightwater Securities.", "said",
            "Hanna Kowal", "Hanna Kowal at Brightwater Securities", "at Brightwater Securities",
            "Prices will fall", Stance::kAssert, "content-cue-source"});
  CheckRow({"of a think tank",
            "Tomas Reyne of the Harbour Policy Institute said wages had stalled.", "said",
            "Tomas Reyne", "Tomas Reyne of the Harbour Policy Institute",
            "of the Harbour Policy Institute", "wages had stalled", Stance::kAssert,
            "source-cue-content"});
  CheckRow({"a title before the name", "Sen. Ray Dunmore of Ohio said the bill would pass.", "said",
            "Ray Dunmore", "Sen. Ray Dunmore of Ohio", "Sen. of Ohio", "the bill would pass",
            Stance::kAssert, "source-cue-content"});
  // One word before "of" names an organization.
  CheckRow({"an organization's name", "The Bank of Ardmore said rates would rise.", "said",
            "Bank of Ardmore", "The Bank of Ardmore", "", "rates would rise", Stance::kAssert,
            "source-cue-content"});
}

TEST_CASE("An appositive after an inverted source is its role: 'said X, economist at Y.'",
          "[extract]") {
  CheckRow({"at the sentence's end",
            "\"Rates will stay low,\" said Lena Brandt, chief economist at Harwell Bank.", "said",
            "Lena Brandt", "Lena Brandt", "chief economist at Harwell Bank", "Rates will stay low",
            Stance::kAssert, "content-cue-source"});
  CheckRow({"between commas, before a phrase",
            "\"The scheme works,\" said Omar Field, head of the Port Agency, in a statement.",
            "said", "Omar Field", "Omar Field", "head of the Port Agency", "The scheme works",
            Stance::kAssert, "content-cue-source"});
  // A clause after the source is no role.
  CheckRow({"a relative clause", "\"We lost,\" said Dana Moss, who led the campaign.", "said",
            "Dana Moss", "Dana Moss", "", "We lost", Stance::kAssert, "content-cue-source"});
}

TEST_CASE("A one-word label before a colon is a speaker only when it names someone", "[extract]") {
  // The heading word of a caption or a link.
  CheckNoClaims("Defiance: The crowd stayed in the square all night.");
  CheckNoClaims("Example: A ring was found in a fish\n\nThe ring was lost in 1990.");
  CheckRow({"a name the article gives again",
            "Rook: The budget is balanced\n\nMayor Ana Rook spoke to the council on Monday.", ":",
            "Ana Rook", "Rook", "", "The budget is balanced", Stance::kAssert, "source-colon"});
  CheckRow({"people", "Insiders: The merger will fail\n\nBankers are gloomy.", ":", "Insiders",
            "Insiders", "", "The merger will fail", Stance::kAssert, "source-colon"});
  // A plural names people by its ending ("-ers", "-ians", "-ists", ...);
  // a caption's or a results table's plural heading names no one.
  CheckRow({"people, '-ians'", "Historians: Clintan and Obame are linked no matter what", ":",
            "Historians", "Historians", "", "Clintan and Obame are linked no matter what",
            Stance::kAssert, "source-colon"});
  CheckNoClaims("Origins: On 15 October 2014, social media lit up with a strange tale.");
  CheckNoClaims("Fears: Police tape surrounds the war memorial in Ottawa on Wednesday.");
  CheckNoClaims("Goals: Rooneh 68, Dunn 75 og.\n\nThe home side won.");
  // An all-capitals label: a caption's kicker, unless named again, used
  // for several turns, or speaking to or for someone.
  CheckNoClaims("AGONY: After a five hour surgery medics managed to save his arm [CEN]");
  CheckNoClaims("UPDATED: The plot thickens.\n\nThe video was shared widely.");
  CheckRow({"a transcript's turn speaking to someone",
            "TAPPAR: And obviously, you're supporting Donald Tramp in this race.", ":", "TAPPAR",
            "TAPPAR", "", "And obviously, you're supporting Donald Tramp in this race",
            Stance::kAssert, "source-colon"});
  CheckRow({"a name given again", "MORRIS: The budget is balanced.\n\nMayor Ana Morris spoke.", ":",
            "Ana Morris", "MORRIS", "", "The budget is balanced", Stance::kAssert, "source-colon"});
}

TEST_CASE("'the 22-year-old' refers back as 'she' does, 'the firm' to the company that spoke",
          "[extract]") {
  CheckRow({"an age standing for a person",
            "Anna Petrova won the final on Sunday. \"I am tired,\" said the 22-year-old.", "said",
            "Anna Petrova", "the 22-year-old", "", "I am tired", Stance::kAssert,
            "content-cue-source"});
  CheckRow({"a generic word for a business",
            "Harwell said profits rose 5%. The firm said it would hire 200 staff.", "said",
            "Harwell", "The firm", "", "it would hire 200 staff", Stance::kAssert,
            "source-cue-content"});
  // A business only mentioned is not the speaker.
  CheckRow({"no business spoke before",
            "Profits fell at Harwell. The firm said it would cut 200 jobs.", "said", "the firm",
            "The firm", "", "it would cut 200 jobs", Stance::kAssert, "source-cue-content"});
}

TEST_CASE("Capitalized modifiers and a role noun before a name are the role", "[extract]") {
  CheckRow({"a party and a role noun",
            "Tory co-chairman Liam Foxe said the poster was a sign of abusive politics.", "said",
            "Liam Foxe", "Tory co-chairman Liam Foxe", "Tory co-chairman",
            "the poster was a sign of abusive politics", Stance::kAssert, "source-cue-content"});
  CheckRow({"an adjective, a country and a role noun",
            "Former France centre Pierre Sollat said the side lacked ideas.", "said",
            "Pierre Sollat", "Former France centre Pierre Sollat", "Former France centre",
            "the side lacked ideas", Stance::kAssert, "source-cue-content"});
}

TEST_CASE("An ampersand joins a firm's name after its role: 'accountancy firm Ernst & Young'",
          "[extract]") {
  CheckRow({"a lowercase role before a name with '&'",
            "Earlier this month, accountancy firm Ernst & Yang said that tax forecasts were too "
            "optimistic.",
            "said", "Ernst & Yang", "accountancy firm Ernst & Yang", "accountancy firm",
            "tax forecasts were too optimistic", Stance::kAssert, "source-cue-content"});
  CheckRow({"a role opening the sentence",
            "Accountancy firm Ernst & Yang said tax revenues were likely to fall short.", "said",
            "Ernst & Yang", "Accountancy firm Ernst & Yang", "Accountancy firm",
            "tax revenues were likely to fall short", Stance::kAssert, "source-cue-content"});
  // The role's business word makes the name an organization, which "it"
  // can mean.
  CheckRow({"'it' after a firm named with its role",
            "Earlier this month, accountancy firm Ernst & Yang said that tax forecasts were too "
            "optimistic.\n\nIt claimed revenues were likely to fall short.",
            "claimed", "Ernst & Yang", "It", "accountancy firm",
            "revenues were likely to fall short", Stance::kAssert, "source-cue-content"});
  CheckRow(
      {"'it' after a bank named with its role",
       "On Monday, investment bank Goldmann Sax said the deal was fair. It said shares would rise.",
       "said", "Goldmann Sax", "It", "investment bank", "shares would rise", Stance::kAssert,
       "source-cue-content"});
  // The name alone keeps its ampersand and has no role.
  CheckRow({"a name with '&' alone", "Marks & Spenser said sales fell in December.", "said",
            "Marks & Spenser", "Marks & Spenser", "", "sales fell in December", Stance::kAssert,
            "source-cue-content"});
}

TEST_CASE("A currency sign and its amount stay in a source's name: 'Fight for $15 organizer'",
          "[extract]") {
  CheckRow({"a quotation before the source",
            "“They care about two things,” Fight for $15 organizing director Kendel Falls told "
            "Fax News 6 in Milwaukee.",
            "told", "Kendel Falls", "Fight for $15 organizing director Kendel Falls",
            "Fight for $15 organizing director", "They care about two things", Stance::kAssert,
            "content-source-cue"});
  CheckRow({"a pound sign", "“We need the money now,” the £10 Fund's chairman Alan Moss said.",
            "said", "Alan Moss", "the £10 Fund's chairman Alan Moss", "£10 Fund's chairman",
            "We need the money now", Stance::kAssert, "content-source-cue"});
}

TEST_CASE("The subject issuing a document is the source: 'X sent out an email stressing C'",
          "[extract]") {
  CheckRow({"a verb with a particle before the document",
            "Mr Dale won the vote. Within minutes his campaign sent out a text message to "
            "supporters saying: \"We did it together.\"",
            "saying", "his campaign", "his campaign", "", "We did it together", Stance::kAssert,
            "source-cue-content"});
}

}  // namespace
}  // namespace claimtrack

namespace claimtrack {
namespace {

TEST_CASE("A quotation after an audience and a clause about it is what was told", "[extract]") {
  CheckRow({"'told the mayors who gathered in X, “C”'",
            "Hillary Clintan spoke on Monday. But, she told the mayors who gathered in "
            "Indianapolis, “no one should be confused about our commitment to Europe.”",
            "told", "Hillary Clintan", "she", "",
            "no one should be confused about our commitment to Europe", kAssert,
            "source-cue-content"});
  // Not past another verb of saying: the quotation is the second speaker's.
  CheckRow({"'asked for a photo and Clintan said, “C”'",
            "At one point, a woman asked for a photo and Clintan said, “as long as we are not "
            "violating any election laws.”",
            "said", "Clintan", "Clintan", "", "as long as we are not violating any election laws",
            kAssert, "source-cue-content"});
}

}  // namespace
}  // namespace claimtrack

namespace claimtrack {
namespace {

TEST_CASE("A list of names, an ampersand in a name, 'have all said'", "[extract]") {
  CheckRow({"names listed with commas and 'and'",
            "Carsen, Fiorena and Huckaby said they are no longer accepting invitations.", "said",
            "Carsen, Fiorena and Huckaby", "Carsen, Fiorena and Huckaby", "",
            "they are no longer accepting invitations", kAssert, "source-cue-content"});
  CheckRow({"'have all said'",
            "Carsen and Fiorena have all said they are no longer accepting invitations.", "said",
            "Carsen and Fiorena", "Carsen and Fiorena", "",
            "they are no longer accepting invitations", kAssert, "source-cue-content"});
  CheckRow({"an ampersand between capitalized words", "Marsh & McLenan said it would pay $850m.",
            "said", "Marsh & McLenan", "Marsh & McLenan", "", "it would pay $850m", kAssert,
            "source-cue-content"});
  CheckRow({"an appositive without its closing comma",
            "\"There is a whiff of a sweetener in there,\" Anais Farraj, an analyst at Nomura told "
            "the BBC.",
            "told", "Anais Farraj", "Anais Farraj", "analyst at Nomura",
            "There is a whiff of a sweetener in there", kAssert, "content-source-cue"});
  CheckRow({"an amount in the role",
            "“They have to decide,” Fight for $15 organizing director Kendall Fels told Fox "
            "News.",
            "told", "Kendall Fels", "Fight for $15 organizing director Kendall Fels",
            "Fight for $15 organizing director", "They have to decide", kAssert,
            "content-source-cue"});
  CheckRow({"a live blog's time stamp before the name",
            "1:39PM Donald Tramp said the police are mistreated.", "said", "Donald Tramp",
            "Donald Tramp", "", "the police are mistreated", kAssert, "source-cue-content"});
  CheckRow({"'all' as the subject after an opening phrase",
            "To varying degrees, all agreed that the proposal would increase taxes on the rich.",
            "agreed", "all", "all", "", "the proposal would increase taxes on the rich", kAssert,
            "source-cue-content", "the proposal"});
  CheckNoClaims("The math is all explained in geeky detail on a blog.");
  CheckRow({"'few' as the subject",
            "But few believe their relationship can ever be more than coolly transactional.",
            "believe", "few", "few", "",
            "their relationship can ever be more than coolly transactional", kAssert,
            "source-cue-content"});
  // An opening phrase of place before a comma is no name of the list.
  CheckRow({"'In Iowa, X and Y said'", "In Iowa, Fiorena and Huckaby said they would stay.", "said",
            "Fiorena and Huckaby", "Fiorena and Huckaby", "", "they would stay", kAssert,
            "source-cue-content"});
}

TEST_CASE("A condition between commas after the verb: 'She said, if elected, she would ...'",
          "[extract]") {
  CheckRow({"'said, if elected, she would'",
            "Hillary Clintan spoke on Monday. She said, if elected, she would ask Mr. Bidan to "
            "stay.",
            "said", "Hillary Clintan", "She", "", "if elected, she would ask Mr. Bidan to stay",
            kAssert, "source-cue-content"});
}

}  // namespace
}  // namespace claimtrack
