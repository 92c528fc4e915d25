// Tests for where a source ends and a content starts when no parser marks
// the clause: an audience followed by a subject pronoun, a subject ended by
// its verb, an opening adverbial phrase, a quotation after ", saying,", a
// predicate joined by "but", "As S noted, C", and straight quotation marks
// after "added," or "said:", narration after a quotation's source, polls
// and quantifiers as sources, relative clauses ("X, who said C, said D"),
// credit lines, statements split by a parenthetical attribution, narration
// after a closed quotation, "Said S, “C”", relative clauses inside an
// appositive, and a period inside a quotation before "S said.". Each
// row is written in the form these take in wire copy; the names are
// invented.
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "extract_test_support.h"

namespace claimtrack {
namespace {

using test::CheckNoClaims;
using test::CheckRow;
using test::Describe;
using test::ExtractFrom;

constexpr Stance kAssert = Stance::kAssert;

TEST_CASE("An audience ends before a subject pronoun: 'told POLITICO he planned'",
          "[extract]") {
  CheckRow({"told NAME he", "Wayne Stenholm told POLITICO he planned to stay neutral.", "told",
            "Wayne Stenholm", "Wayne Stenholm", "", "he planned to stay neutral", kAssert,
            "source-cue-content"});
  CheckRow({"told reporters it", "The minister told reporters it was too early to say.",
            "told", "the minister", "The minister", "", "it was too early to say", kAssert,
            "source-cue-content"});
}

TEST_CASE("A source walked leftwards stops at a preposition of time: 'after reports claimed'",
          "[extract]") {
  CheckRow({"after", "Tony Blair made an appeal for unity after reports claimed he went back on "
            "a pledge.",
            "claimed", "reports", "reports", "", "he went back on a pledge", kAssert,
            "source-cue-content"});
}

TEST_CASE("A shared subject ends at its verb and after an opening phrase", "[extract]") {
  CheckRow({"a past-tense verb ends the subject",
            "Hillary Clinton attacked Donald Trump, saying he would appoint judges who would "
            "overturn Roe v. Wade.",
            "saying", "Hillary Clinton", "Hillary Clinton", "",
            "he would appoint judges who would overturn Roe v. Wade", kAssert, "subject-shared"});
  CheckRow({"an opening phrase up to a comma, and a quotation after ', saying,'",
            "Here in Columbia, Bernie Sanders stepped up his emphasis on justice issues, saying, "
            "\"We have got to achieve the day.\"",
            "saying", "Bernie Sanders", "Bernie Sanders", "", "We have got to achieve the day",
            kAssert, "subject-shared"});
  CheckRow({"an adverb after 'And'",
            "And then Donald Trump went fully on the attack, saying, \"Is the president going to "
            "mention the words?\"",
            "saying", "Donald Trump", "Donald Trump", "",
            "Is the president going to mention the words", kAssert, "subject-shared"});
  CheckRow({"a predicate joined by 'but'",
            "Judge Emmet Sulley put off deciding whether the group could question Clinton but "
            "said the group could come back later.",
            "said", "Emmet Sulley", "Judge Emmet Sulley", "Judge",
            "the group could come back later", kAssert, "subject-shared"});
}

TEST_CASE("'As S noted, C': the content follows the comma", "[extract]") {
  CheckRow({"a study", "As another Pew study from 2011 noted, the average age of Latinos born in "
            "California was 18.",
            "noted", "another Pew study from 2011", "another Pew study from 2011", "",
            "the average age of Latinos born in California was 18", kAssert, "as-source-cue"});
  CheckRow({"after 'But'", "But as Clyborn noted, those voters will give Sandors a second look.",
            "noted", "Clyborn", "Clyborn", "", "those voters will give Sandors a second look",
            kAssert, "as-source-cue"});
  CheckRow({"an outlet with a time", "As Reuters reported on Monday, the talks have stalled.",
            "reported", "Reuters", "Reuters", "", "the talks have stalled", kAssert,
            "as-source-cue"});
  CheckRow({"the passive with 'by'",
            "As reported by The New York Times, the campaign spent $2 million on ads.", "reported",
            "New York Times", "The New York Times", "", "the campaign spent $2 million on ads",
            kAssert, "as-source-cue"});
  CheckRow({"the passive with 'in'",
            "As stated in the commentary of Davis, there are conflicting stories about his wife.",
            "stated", "the commentary of Davis", "the commentary of Davis", "",
            "there are conflicting stories about his wife", kAssert, "as-source-cue"});
  // "As" opening a time clause is no source.
  std::vector<Claim> claims = ExtractFrom("As prices rose, officials said the plan would fail.");
  INFO("claims:" << Describe(claims));
  REQUIRE(claims.size() == 1);
  CHECK(claims[0].source == "officials");
}

TEST_CASE("Straight quotation marks open a content after 'added,' and 'said:'", "[extract]") {
  CheckRow({"added, \"C\"",
            "\"We don't want them,\" Donald Trump said. He added, \"I only want to admit people "
            "who love our country.\"",
            "added", "Donald Trump", "He", "", "I only want to admit people who love our country",
            kAssert, "source-cue-content"});
  // A quotation that closes in a later sentence loses its opening mark too.
  CheckRow({"said: \"S1. S2.\"",
            "Obama said: \"There is no magic to the phrase. It is a political talking point.\"",
            "said", "Obama", "Obama", "",
            "There is no magic to the phrase. It is a political talking point", kAssert,
            "source-cue-content"});
}

TEST_CASE("A clause standing for what was said gives no claim: 'what Trump says'",
          "[extract]") {
  CheckNoClaims("The gap between what Trump says his tax plan would do has endured.");
  CheckNoClaims("The question of how experts say it would shape tax law has endured.");
  // Verbs that take a that-clause or a quotation, or else an object.
  CheckNoClaims("Barack Obama responded to a Gold Star mother on Wednesday.");
  CheckNoClaims("The center maintains a program to develop young leaders.");
  CheckRow({"responded that", "Barack Obama responded that the mother was right.", "responded",
            "Barack Obama", "Barack Obama", "", "the mother was right", kAssert,
            "source-cue-content"});
}

TEST_CASE("'according to S' in the middle, in parentheses, or between names", "[extract]") {
  CheckRow({"a parenthetical source",
            "Over the long term, according to the budget office, the rise in annual deficits is "
            "mainly due to aging.",
            "according to", "the budget office", "the budget office", "",
            "Over the long term, according to the budget office, the rise in annual deficits is "
            "mainly due to aging",
            kAssert, "according-to-middle"});
  CheckRow({"a new clause after it is the reporter's",
            "Taxes rose, according to officials, and prices fell.", "according to",
            "officials", "officials", "", "Taxes rose", kAssert, "according-to-last"});
  CheckRow({"a sentence in parentheses",
            "(According to the city police department, it does not keep statistics on "
            "skateboarding.)",
            "According to", "the city police department", "the city police department", "",
            "it does not keep statistics on skateboarding", kAssert, "according-to-first"});
  std::vector<Claim> claims = ExtractFrom(
      "According to an online University of Texas/Texas Tribune poll out Thursday, the senator "
      "has the support of 27 percent.");
  INFO("claims:" << Describe(claims));
  REQUIRE(claims.size() == 1);
  CHECK(claims[0].mention.find("Texas/Texas Tribune poll") != std::string::npos);
  CHECK(claims[0].content == "the senator has the support of 27 percent");
}

TEST_CASE("A quotation before its source, a that-clause after a comma, polls and quantifiers",
          "[extract]") {
  // After a quotation that opens the sentence and closes just before the
  // source, what follows the cue is narration, however long. A share of
  // those polled ("42%") and a quantifier alone ("most") are sources.
  CheckRow({"narration after the cue, however long",
            "“I think it's so unfortunate that he did not join with others of us in the Senate,” "
            "Dana Holt said at an impromptu question-and-answer session with reporters at a "
            "restaurant in Queens on Monday afternoon.",
            "said", "Dana Holt", "Dana Holt", "",
            "I think it's so unfortunate that he did not join with others of us in the Senate",
            kAssert, "content-source-cue"});
  CheckRow({"a participle after the cue",
            "''Imagine a tomorrow where love trumps hate,'' Mrs. Dana Holt said Tuesday night, "
            "drawing applause at her play on her rival's name.",
            "said", "Dana Holt", "Mrs. Dana Holt", "Mrs.",
            "Imagine a tomorrow where love trumps hate", kAssert, "content-source-cue"});
  CheckRow({"a quotation that does not open the sentence is no content",
            "After chants of “Four more years,” Senator Dale Rubin said his campaign here was "
            "closing really strong.",
            "said", "Dale Rubin", "Senator Dale Rubin", "Senator",
            "his campaign here was closing really strong", kAssert, "source-cue-content"});
  CheckRow(
      {"a comma after that",
       "The State Department has said that, at the request of intelligence agencies, it has "
       "classified 22 emails as \"top secret\".",
       "said", "State Department", "The State Department", "",
       "at the request of intelligence agencies, it has classified 22 emails as \"top secret\"",
       kAssert, "source-cue-content", "the request"});
  CheckRow({"an inverted source with a participle after it",
            "“It’s a way to take part without backing him,” says a source involved in the group’s "
            "creation.",
            "says", "a source", "a source", "", "It’s a way to take part without backing him",
            kAssert, "content-cue-source"});
  CheckRow({"a share of those polled", "On economic issues, 42% say they are liberal.", "say",
            "42%", "42%", "", "they are liberal", kAssert, "source-cue-content"});
  CheckRow({"a quantifier alone", "But most say they will vote in November.", "say", "most", "most",
            "", "they will vote in November", kAssert, "source-cue-content"});
  CheckRow({"a role after a name in an appositive",
            "Rep. Elijah Cumbers, chair of the Platform Committee, said that it was committed to "
            "an open process.",
            "said", "Elijah Cumbers", "Rep. Elijah Cumbers", "chair of the Platform Committee",
            "it was committed to an open process", kAssert, "source-cue-content"});
}

TEST_CASE("A relative clause's verb of saying takes the noun phrase before 'who' as source",
          "[extract]") {
  CheckRow({"a non-restrictive clause ends before the main verb",
            "Podesta, who says the project was vetted by his firm's counsel, said he was unaware "
            "of any disagreement.",
            "says", "Podesta", "Podesta", "", "the project was vetted by his firm's counsel",
            kAssert, "relative-source-cue"});
  CheckRow({"a restrictive clause after a verb's object",
            "Pelosi is among those sounding that alarm, echoing security experts who say Russian "
            "security services have been known to doctor documents.",
            "say", "security experts", "security experts", "",
            "Russian security services have been known to doctor documents", kAssert,
            "relative-source-cue"});
  CheckRow({"a restrictive clause after a share",
            "Clinton won by almost 60 points among the 30 percent of voters who said Wall Street "
            "does more to help the economy.",
            "said", "the 30 percent of voters",
            "the 30 percent of voters", "",
            "Wall Street does more to help the economy", kAssert, "relative-source-cue"});
  CheckRow({"a name that is the object of a verb of stance",
            "Ted Crews praised Donald Tramp, who said he is honored.", "said", "Donald Tramp",
            "Donald Tramp", "", "he is honored", kAssert, "relative-source-cue"});
  CheckRow({"a name that is the object of any verb",
            "Ted Crews met Donald Tramp, who said he is honored.", "said", "Donald Tramp",
            "Donald Tramp", "", "he is honored", kAssert, "relative-source-cue"});
  CheckRow({"a name after a noun and its preposition",
            "The feud drew a harsh response from Donald Tramp Jr., who suggested Lewis was trying "
            "to maintain relevance.",
            "suggested", "Donald Tramp Jr.", "Donald Tramp Jr.", "",
            "Lewis was trying to maintain relevance", kAssert, "relative-source-cue"});
  CheckRow({"a year between 'who' and the cue",
            "Obame met McConnel, who in 2010 said the party's most important goal was to make "
            "Obame a one-term president.",
            "said", "McConnel", "McConnel", "",
            "the party's most important goal was to make Obame a one-term president", kAssert,
            "relative-source-cue"});
  CheckRow({"'last year' between 'who' and the cue",
            "Obame met McConnel, who last year said the party's goal was to beat Obame.", "said",
            "McConnel", "McConnel", "", "the party's goal was to beat Obame", kAssert,
            "relative-source-cue"});
  // A restrictive clause: the antecedent is the object of an irregular past
  // verb ("met", "led"), not the sentence's subject with it.
  CheckRow({"an object after an irregular past before 'who'",
            "Tramp met voters who said they wanted change.", "said", "voters", "voters", "",
            "they wanted change", kAssert, "relative-source-cue"});
  CheckRow({"an object after 'led' before 'who' and a verb of telling",
            "Sandors led a delegation of farmers who told reporters the plan would fail.", "told",
            "a delegation of farmers", "a delegation of farmers", "", "the plan would fail",
            kAssert, "relative-source-cue", "the plan"});
  CheckRow({"an object after 'spoke to' before 'who'",
            "The research team spoke to local residents who said they saw the animal.", "said",
            "local residents", "local residents", "", "they saw the animal", kAssert,
            "relative-source-cue"});
  CheckRow({"a number after 'about', and the main verb an irregular past",
            "Matt Borgs, who predicted about one-third of the Ohio vote will be cast before "
            "March 15, spoke on Monday.",
            "predicted", "Matt Borgs", "Matt Borgs", "",
            "about one-third of the Ohio vote will be cast before March 15", kAssert,
            "relative-source-cue"});
  CheckRow({"a second verb of the relative clause ends with it",
            "Sandors, who endorsed Canova in late May and said he would campaign with him, did "
            "not show up.",
            "said", "Sandors", "Sandors", "", "he would campaign with him", kAssert,
            "subject-shared"});
  CheckRow({"the main clause goes on after the relative clause with 'are'",
            "Groups like the Front, which claimed responsibility for the attacks, are slipping "
            "fighters into Europe.",
            "claimed", "Front", "the Front", "", "responsibility for the attacks", kAssert,
            "relative-source-cue"});
  // Acts are not statements: "who endorsed", "who pledged to ...", nor is a
  // topic: "who writes about ...".
  CheckNoClaims("Dale Rubin, who endorsed Clinton in February, arrived on Monday.");
  CheckNoClaims("John Ulzen, who writes about the credit industry, arrived on Monday.");
  CheckNoClaims("A candidate who pledged to ban all imports arrived on Monday.");
  // A request in the infinitive is none either.
  CheckNoClaims("A worker who asked not to be named arrived on Monday.");
}

TEST_CASE("A restrictive relative clause with a contracted verb describes the subject",
          "[extract]") {
  CheckRow({"'who's'",
            "Anyone who’s ever ordered a Grand Slam knows that eggs come with side dishes.",
            "knows", "anyone", "Anyone", "", "eggs come with side dishes", kAssert,
            "source-cue-content"});
  CheckRow({"'who've'", "Voters who've seen the ad say it is unfair.", "say", "Voters", "Voters",
            "", "it is unfair", kAssert, "source-cue-content"});
}

TEST_CASE("A restrictive relative clause between the subject and the cue describes the subject",
          "[extract]") {
  CheckRow({"a clause with its own object",
            "One resident who lives near the plant said the air smelled of sulfur.", "said",
            "one resident", "One resident", "", "the air smelled of sulfur", kAssert,
            "source-cue-content"});
  CheckRow({"anonymity asked for",
            "A diplomat who asked not to be identified said the talks had stalled.", "said",
            "a diplomat", "A diplomat", "", "the talks had stalled", kAssert,
            "source-cue-content"});
  CheckRow({"anonymity given, and a reason",
            "Another worker who asked not to be named because he feared reprisals said the "
            "plant was unsafe.",
            "said", "another worker", "Another worker", "", "the plant was unsafe", kAssert,
            "source-cue-content"});
  // (The place is cut off as in "Ja’afari in remarks to reporters said".)
  CheckRow({"a plural subject and a place",
            "Democrats in Ohio who watched the debate said they were unfazed by the gaffe.",
            "said", "Democrats", "Democrats", "", "they were unfazed by the gaffe", kAssert,
            "source-cue-content"});
  // The words after "who" are the cue's subject: the clause is no
  // description of what comes before it.
  CheckRow({"a name after 'who'",
            "They cited a group of hackers who U.S. officials say is tied to Moscow.", "say",
            "U.S. officials", "U.S. officials", "", "is tied to Moscow", kAssert,
            "source-cue-content"});
}

TEST_CASE("Credit lines, phrasal verbs and lone words are no attributions; asides run on",
          "[extract]") {
  CheckNoClaims("Julie Hirsch reported from Midway Atoll, and Mark Lander from Kaneohe Bay.");
  CheckNoClaims("Additional reporting from Darren Samuels.");
  CheckNoClaims("Al Sharp called into a radio program when she was home sick.");
  CheckNoClaims("Loretta Lunch called in to a town hall about police relations.");
  // A source never opens with a preposition: the subject was lost.
  CheckNoClaims(
      "His appointment of James Zogbe, the president of the institute, to the drafting "
      "committee suggests that he wants the party to take a more evenhanded approach.");
  CheckNoClaims(
      "Clanton held a narrow lead, but even with all precincts reporting, the race "
      "remained too close to call.");
  // What is convened, a court's appeal and a name given are no statements.
  CheckNoClaims("The U.N. Security Council called an emergency meeting to discuss the test.");
  CheckNoClaims("Petro Poroshanko called snap parliamentary elections for October.");
  CheckNoClaims("The groups appealed the ruling to the Sixth Circuit.");
  CheckNoClaims("Barden now helps lead a program called Sandy Hook Promise.");
  CheckNoClaims(
      "Only 22% of Democratic claims were rated false, against 11% of Republican "
      "claims.");
  CheckRow({"a meeting given a name",
            "Fatah al-Shem called the meeting a “conspiracy” designed to divide the insurgents.",
            "called", "Fatah al-Shem", "Fatah al-Shem", "",
            "the meeting a “conspiracy” designed to divide the insurgents", kAssert,
            "source-cue-content"});
  CheckRow({"an appeal in words", "The mayor appealed for calm on Sunday.", "appealed", "the mayor",
            "The mayor", "", "for calm", kAssert, "source-cue-content"});
  CheckNoClaims("It is worth noting the tax bill levied by the European Union.");
  CheckNoClaims("Please ask a question.");
  CheckRow({"an opening adverbial before a parenthetical source",
            "During his years in office, Barack Olden said, a majority of Americans have come to "
            "believe that climate change is real.",
            "said", "Barack Olden", "Barack Olden", "",
            "During his years in office, Barack Olden said, a majority of Americans have come to "
            "believe that climate change is real",
            kAssert, "content-source-cue"});
  CheckRow({"the people around a named person are a group",
            "But in recent days, advisers to Mr. Olden say, the president has grown exasperated.",
            "say", "advisers to Mr. Olden", "advisers to Mr. Olden", "",
            "But in recent days, advisers to Mr. Olden say, the president has grown exasperated",
            kAssert, "content-source-cue"});
}

TEST_CASE("A statement split by a parenthetical attribution goes on after it", "[extract]") {
  CheckRow({"an unquoted statement split by its attribution",
            "It was impossible, Alex Gabov said, so Russia's leaders decided to divide the labor.",
            "said", "Alex Gabov", "Alex Gabov", "",
            "It was impossible, Alex Gabov said, so Russia's leaders decided to divide the labor",
            kAssert, "content-source-cue"});
  CheckRow({"an opening word before a parenthetical source",
            "Overall, Sylvia Manz said, a number of key Republican constituencies are finding "
            "themselves alienated.",
            "said", "Sylvia Manz", "Sylvia Manz", "",
            "Overall, Sylvia Manz said, a number of key Republican constituencies are finding "
            "themselves alienated",
            kAssert, "content-source-cue"});
  CheckRow({"after an inverted source and a relative clause",
            "And the firm, said Louise Sunn, who remains friendly with her former boss, doesn't "
            "forgive or forget.",
            "said", "Louise Sunn", "Louise Sunn", "",
            "And the firm, said Louise Sunn, who remains friendly with her former boss, doesn't "
            "forgive or forget",
            kAssert, "content-cue-source"});
  CheckRow({"a reporter's clause after the source is not content",
            "The talks failed, Dale Porter said, and the delegation left.", "said", "Dale Porter",
            "Dale Porter", "", "The talks failed", kAssert, "content-source-cue"});
}

TEST_CASE("After a quotation closed before its source, narration is not content", "[extract]") {
  CheckRow({"an adverbial phrase after the comma",
            "“I don’t think it’s cut well for him,” Brian Moody said, just prior to the "
            "announcement.",
            "said", "Brian Moody", "Brian Moody", "", "I don’t think it’s cut well for him",
            kAssert, "content-source-cue"});
  CheckRow({"a participle after the comma",
            "''I don't feel like I made light of anyone's pain,'' Ms. Mara Shelby said, sitting at "
            "the dining table.",
            "said", "Mara Shelby", "Ms. Mara Shelby", "Ms.",
            "I don't feel like I made light of anyone's pain", kAssert, "content-source-cue"});
  CheckRow({"the quotation resumes after a participle's phrase",
            "“Every time you say that,” Jon Tesker said, waving at the crowd, “you give "
            "ammunition to the people who want to break up the banks.”",
            "said", "Jon Tesker", "Jon Tesker", "",
            "Every time you say that,” Jon Tesker said, waving at the crowd, “you give "
            "ammunition to the people who want to break up the banks.”",
            kAssert, "content-source-cue"});
  CheckRow({"the quotation resumes at a verb without its mark",
            "“Only you, Dinesh,” Carla Cone said, would use the occasion to reaffirm your love of "
            "country.",
            "said", "Carla Cone", "Carla Cone", "",
            "Only you, Dinesh,” Carla Cone said, would use the occasion to reaffirm your love of "
            "country",
            kAssert, "content-source-cue"});
  CheckRow({"a name with a time word after the inverted cue: 'of Morning Consult'",
            "“The debate changed little,” said Rita Osei of Morning Consult.", "said",
            "Rita Osei", "Rita Osei of Morning Consult", "of Morning Consult",
            "The debate changed little", kAssert, "content-cue-source"});
  CheckRow({"a programme's name after the source: 'on Morning Joe'",
            "“The race is close,” Ana Ruiz said on Morning Joe.", "said", "Ana Ruiz", "Ana Ruiz",
            "", "The race is close", kAssert, "content-source-cue"});
  CheckRow({"the quotation resumes after ', but'",
            "“I like Dana,” Walt Berger said, but “when it comes to taxes, Dana is wrong.”",
            "said", "Walt Berger", "Walt Berger", "",
            "I like Dana,” Walt Berger said, but “when it comes to taxes, Dana is wrong.”",
            kAssert, "content-source-cue"});
  CheckRow({"a partial quotation resumes after ', and still', straight marks",
            "Mills \"got a deal,\" Rosa Ibarra said, and still \"sat in on the interview.\"",
            "said", "Rosa Ibarra", "Rosa Ibarra", "",
            "Mills \"got a deal,\" Rosa Ibarra said, and still \"sat in on the interview.\"",
            kAssert, "content-source-cue"});
  CheckRow({"the quotation resumes after the source's phrase of place and ', and'",
            "Ford is “smart as a whip,” Lee Tran wrote in an email to her staff, and “hard to "
            "read.”",
            "wrote", "Lee Tran", "Lee Tran", "",
            "Ford is “smart as a whip,” Lee Tran wrote in an email to her staff, and “hard to "
            "read.”",
            kAssert, "content-source-cue"});
  CheckRow({"after ', and' a clause of the narrator's with its own quotation is not content",
            "“We will win,” Ann Ebeling said, and her husband cut in: “Maybe.”", "said",
            "Ann Ebeling", "Ann Ebeling", "", "We will win", kAssert, "content-source-cue"});
  // Two quotations, each with its own source, in one sentence.
  const std::string two = "\"His normal demeanor is grumpy,\" Madge Kuhn said, but despite the "
                          "tone, \"I think he will do it,\" said a friend.";
  CheckRow({"the later quotation's attribution", two, "said", "a friend", "a friend", "",
            "I think he will do it", kAssert, "content-cue-source"});
  std::vector<Claim> claims = ExtractFrom(two);
  INFO("claims:" << Describe(claims));
  REQUIRE(claims.size() == 2);
  CHECK(claims[0].source == "Madge Kuhn");
  CHECK(claims[0].content == "His normal demeanor is grumpy");
}

TEST_CASE("After a quotation that opens the sentence: relative clauses, abbreviations, compounds",
          "[extract]") {
  CheckRow({"a relative pronoun after the audience",
            "\"We are in such a critical situation in Europe,\" German Chancellor Angela Merkle "
            "told reporters after the meeting that was held on a pleasure boat.",
            "told", "Angela Merkle", "German Chancellor Angela Merkle", "German Chancellor",
            "We are in such a critical situation in Europe", kAssert, "content-source-cue"});
  CheckRow({"an abbreviation's period in an aside",
            "“Our assumption is that the veto will be overridden,” Senate Majority Leader Mitch "
            "McConnel, R-Ky., said Tuesday.",
            "said", "Mitch McConnel", "Senate Majority Leader Mitch McConnel", "R-Ky.",
            "Our assumption is that the veto will be overridden", kAssert, "content-source-cue"});
  CheckRow({"a quotation closing before the inverted source",
            "\"It is discriminating against fathers, mothers who adopt, LGBT parents and "
            "unmarried parents,\" said Carmen Marti, a policy expert at a liberal think tank.",
            "said", "Carmen Marti", "Carmen Marti", "policy expert at a liberal think tank",
            "It is discriminating against fathers, mothers who adopt, LGBT parents and "
            "unmarried parents",
            kAssert, "content-cue-source"});
  // "think tank" is a noun, never a cue.
  CheckNoClaims("The Center for American Progress is a liberal think tank in Washington.");
}

}  // namespace
}  // namespace claimtrack

namespace claimtrack {
namespace {

TEST_CASE("A phrase after the cue, then a quotation after a comma", "[extract]") {
  CheckRow({"a relative clause's verb, a topic, then the quotation",
            "The guests included Stevie Wunder, who joked of the museum, ''I haven't seen it "
            "yet, but I'm going to.''",
            "joked", "Stevie Wunder", "Stevie Wunder", "",
            "I haven't seen it yet, but I'm going to", kAssert, "relative-source-cue"});
  CheckRow({"a place, then the quotation",
            "Jane Rowe said in a statement, “The talks have stalled.”", "said", "Jane Rowe",
            "Jane Rowe", "", "The talks have stalled", kAssert, "source-cue-content"});
}

TEST_CASE("'began saying', 'kept arguing': the verb of beginning is no part of the source",
          "[extract]") {
  CheckRow({"'began' and an adverb",
            "Once the video was out, critics immediately began arguing that the mayor had lied.",
            "arguing", "critics", "critics", "", "the mayor had lied", kAssert,
            "source-cue-content"});
  CheckRow({"'kept'", "Residents kept saying that the water was unsafe.", "saying", "residents",
            "Residents", "", "the water was unsafe", kAssert, "source-cue-content"});
  // A pronoun is then resolved.
  CheckRow({"a pronoun before 'began'",
            "Donald Tramp arrived on Monday. He began insisting that the race was over.",
            "insisting", "Donald Tramp", "He", "", "the race was over", kAssert,
            "source-cue-content"});
}

TEST_CASE("'continued to call for', and a verb of stance after an opening phrase of time",
          "[extract]") {
  CheckRow({"'continued to'",
            "Small groups of protesters continued to call for more information about the "
            "shooting.",
            "call", "Small groups of protesters", "Small groups of protesters", "",
            "for more information about the shooting", kAssert, "source-cue-content"});
  CheckRow({"'In July,' before the source",
            "In July, the NAACB called for a moratorium on charter schools.", "called", "NAACB",
            "the NAACB", "", "for a moratorium on charter schools", kAssert, "source-cue-content"});
}

TEST_CASE("', but' and a new subject after the content is the reporter's contrast", "[extract]") {
  CheckRow({"', but many corporations'",
            "Companies and individuals complain bitterly that taxes are too high, but many "
            "corporations have found ways to avoid them.",
            "complain", "Companies and individuals", "Companies and individuals", "",
            "taxes are too high", kAssert, "source-cue-content"});
  CheckRow({"'not just X, but Y' is the speaker's pair",
            "Conservatives argue that the agenda has been not just a failure, but a catastrophe.",
            "argue", "Conservatives", "Conservatives", "",
            "the agenda has been not just a failure, but a catastrophe", kAssert,
            "source-cue-content"});
}

TEST_CASE("Judgements of a claim make it a denial; the same words describing things do not",
          "[extract]") {
  CheckRow({"'absolutely false'", "The Pentagon called the claim “absolutely false.”", "called",
            "Pentagon", "The Pentagon", "", "the claim “absolutely false.”", Stance::kDeny,
            "source-cue-content", "the claim", "absolutely false"});
  CheckRow({"'no truth'", "The ministry said there was no truth to the report.", "said",
            "the ministry", "The ministry", "", "there was no truth to the report", Stance::kDeny,
            "source-cue-content", "", "no truth"});
  CheckRow({"'were inaccurate'",
            "Her office said reports that she had likened the assembly to a regime were "
            "inaccurate.",
            "said", "Her office", "Her office", "",
            "reports that she had likened the assembly to a regime were inaccurate", Stance::kDeny,
            "source-cue-content", "", "were inaccurate"});
  CheckRow({"'not one iota of truth'",
            "Mr Howard said there was not one iota of truth in the report.", "said", "Howard",
            "Mr Howard", "Mr", "there was not one iota of truth in the report", Stance::kDeny,
            "source-cue-content", "", "not one iota of truth"});
  CheckRow({"quotation marks inside the idiom",
            "Mr Howard said there was not \"one iota\" of truth in the report.", "said", "Howard",
            "Mr Howard", "Mr", "there was not \"one iota\" of truth in the report", Stance::kDeny,
            "source-cue-content", "", "not \"one iota\" of truth"});
  CheckRow({"'without foundation'", "The company said the allegations were without foundation.",
            "said", "the company", "The company", "", "the allegations were without foundation",
            Stance::kDeny, "source-cue-content", "the allegations", "without foundation"});
  CheckRow({"'misleading' describing a thing",
            "Prosecutors said the messages used misleading subject lines.", "said", "Prosecutors",
            "Prosecutors", "", "the messages used misleading subject lines", Stance::kAssert,
            "source-cue-content"});
}

TEST_CASE("A passive with an aside between its subject and verb", "[extract]") {
  CheckRow({"a participle's aside",
            "The claim, made by the ministry on Sunday, was denied by the Pentagon.", "denied",
            "Pentagon", "the Pentagon", "", "The claim", Stance::kDeny, "passive", "The claim",
            "denied"});
  CheckRow({"a relative clause",
            "The claim, which the ministry made on Sunday, was denied by the Pentagon.", "denied",
            "Pentagon", "the Pentagon", "", "The claim", Stance::kDeny, "passive", "The claim",
            "denied"});
}

TEST_CASE("An inverted source followed by a parenthesis or a dash", "[extract]") {
  CheckRow({"a parenthesis",
            "“Using the tax is a misguided approach,” said Mr. Burmen (a view echoed by everyone "
            "I interviewed).",
            "said", "Burmen", "Mr. Burmen", "Mr.", "Using the tax is a misguided approach", kAssert,
            "content-cue-source"});
  CheckRow({"a dash",
            "“Using the tax is a misguided approach,” said Len Burmen — a view echoed by "
            "everyone I interviewed.",
            "said", "Len Burmen", "Len Burmen", "", "Using the tax is a misguided approach",
            kAssert, "content-cue-source"});
}

TEST_CASE("A verb of saying opening the sentence: 'Said S, “C”'", "[extract]") {
  CheckRow({"an aside between the source and the quotation",
            "The small home was renovated. Said Doreen Pointer, who grew up with Ali in the "
            "neighborhood, “We were all so proud of him.”",
            "Said", "Doreen Pointer", "Doreen Pointer", "", "We were all so proud of him",
            kAssert, "cue-source-content"});
  CheckRow({"a colon before the quotation", "Added Jim Bobb: “We will win this race.”", "Added",
            "Jim Bobb", "Jim Bobb", "", "We will win this race", kAssert, "cue-source-content"});
  // The base form opens an imperative, the -ing form a participle phrase.
  CheckNoClaims("Say what you will about the plan, “it works.”");
}

TEST_CASE("An appositive with a relative clause, and a subject after an opening clause",
          "[extract]") {
  CheckRow({"whose",
            "Pete Sealy, an Indiana GOP consultant whose firm was recently retained by the Kasich "
            "campaign, said he would be shocked.",
            "said", "Pete Sealy", "Pete Sealy", "Indiana GOP consultant",
            "he would be shocked", kAssert, "source-cue-content"});
  CheckRow({"that",
            "Tom Fitt, the president of a group that has sued to obtain the records, said the "
            "damage is done.",
            "said", "Tom Fitt", "Tom Fitt", "president of a group that has sued to obtain the records",
            "the damage is done", kAssert, "source-cue-content"});
  CheckRow({"an opening subordinate clause before a shared subject",
            "When asked whom she supported, Ms. Mara Shelby smiled and said, \"I'm waiting for "
            "Michael Bloomberg.\"",
            "said", "Mara Shelby", "Ms. Mara Shelby", "Ms.", "I'm waiting for Michael Bloomberg",
            kAssert, "subject-shared"});
}

TEST_CASE("A period inside a quotation followed by its short attribution", "[extract]") {
  CheckRow({"name and verb after '.”'",
            "“I hope you are able to find the emails.” Donald Tramp said. Then he left.", "said",
            "Donald Tramp", "Donald Tramp", "", "I hope you are able to find the emails.",
            kAssert, "content-source-cue"});
}

}  // namespace
}  // namespace claimtrack

namespace claimtrack {
namespace {

TEST_CASE("'..., saying C' shares the nearest main-clause source before it", "[extract]") {
  CheckRow({"not the source of a relative clause",
            "Lou Parr was defensive about not paying an architect who said he was stiffed, "
            "saying, “Maybe he didn’t do a good job.”",
            "saying", "Lou Parr", "Lou Parr", "", "Maybe he didn’t do a good job", kAssert,
            "subject-shared"});
  CheckRow({"the nearest before it, not a document in an opening phrase",
            "In a statement announcing the pick, the nurses union called Dana Ruiz a champion, "
            "citing her work on staffing.",
            "citing", "the nurses union", "the nurses union", "", "her work on staffing",
            kAssert, "subject-shared"});
  CheckRow({"not a source inside another's content",
            "Mayor Ruiz said the governor denied the report, adding that talks would resume.",
            "adding", "Ruiz", "Mayor Ruiz", "Mayor", "talks would resume", kAssert,
            "subject-shared"});
}

TEST_CASE("'..., saying C' finds the subject past asides, datelines and long descriptions",
          "[extract]") {
  CheckRow({"a dateline in capitals and a dash",
            "SPRINGFIELD — Sen. Ada Brandt on Wednesday played down the attack, saying it was "
            "politics as usual.",
            "saying", "Ada Brandt", "Sen. Ada Brandt", "Sen.", "it was politics as usual",
            kAssert, "subject-shared"});
  CheckRow({"a place, an agency in parentheses and a dash",
            "New York (AFP) – Governor Ada Brandt hit the campaign trail, accusing her rival of "
            "cowardice.",
            "accusing", "Ada Brandt", "Governor Ada Brandt", "Governor",
            "her rival of cowardice", kAssert, "subject-shared"});
  CheckRow({"a place and its state close an opening phrase",
            "Speaking at a town hall in Salem, New Hampshire, Dan Morrow went after Bush, calling "
            "him a total stiff.",
            "calling", "Dan Morrow", "Dan Morrow", "", "him a total stiff", kAssert,
            "subject-shared"});
  CheckRow({"a place, its state and a time phrase",
            "At a campaign event in Ames, Iowa, on Sunday, Mrs. Ada Brandt expanded on her plan, "
            "saying that schools come first.",
            "saying", "Ada Brandt", "Mrs. Ada Brandt", "Mrs.", "schools come first", kAssert,
            "subject-shared"});
  CheckRow({"a name after the opening phrase keeps its aside",
            "In Iowa, Dan Morrow, a senator from Texas, spoke to voters, saying the race was "
            "close.",
            "saying", "Dan Morrow", "Dan Morrow", "senator from Texas", "the race was close",
            kAssert, "subject-shared"});
  // A heading in capitals is no subject; what follows has its own.
  for (const Claim& claim :
       ExtractFrom("BUDGET FIGHT LOOMS — The mayor's plan drew fire, saying nothing new.")) {
    CHECK(claim.source != "BUDGET FIGHT LOOMS");
  }
  CheckRow({"the comma inside a quotation",
            "Donald Tramp has delivered a defense of “New York values,” saying the city embodied "
            "the spirit of America.",
            "saying", "Donald Tramp", "Donald Tramp", "",
            "the city embodied the spirit of America", kAssert, "subject-shared"});
  CheckRow({"after 'while'",
            "Bolten had a comparable assessment of the record, while saying that the senator "
            "reassured him.",
            "saying", "Bolten", "Bolten", "", "the senator reassured him", kAssert,
            "subject-shared"});
  CheckRow({"an abbreviation and a relative clause between the subject and its verb",
            "Sen. Mark Kirke, R-Ill., who faces a tough race in his home state, rescinded his "
            "endorsement, saying the nominee lacks the temperament to be president.",
            "saying", "Mark Kirke", "Sen. Mark Kirke", "R-Ill.",
            "the nominee lacks the temperament to be president", kAssert, "subject-shared"});
  CheckRow({"a description up to its verb",
            "The billionaire businessman began by talking about the drug crisis, saying that "
            "heroin is now cheaper than candy.",
            "saying", "the billionaire businessman", "The billionaire businessman", "",
            "heroin is now cheaper than candy", kAssert, "subject-shared"});
  CheckRow({"a dateline before the subject",
            "PARIS, Aug 31 (Reuters) - The party leader, Marine Le Penn, voiced support for the "
            "candidate on Wednesday, saying his rival would bring war.",
            "saying", "Marine Le Penn", "Marine Le Penn", "party leader",
            "his rival would bring war", kAssert, "subject-shared"});
  // "and confirmed" joins the relative clause of "a meeting that marked ...".
  CheckNoClaims("Talks between the two sides got off to a rocky start after a meeting that "
                "marked a major shift in the war and confirmed Russia’s role as a heavyweight.");
}

}  // namespace
}  // namespace claimtrack

namespace claimtrack {
namespace {

TEST_CASE("A question asked of an audience, and an opening phrase that is no content",
          "[extract]") {
  CheckRow({"'asked X if' after an opening phrase",
            "During the town hall, Hannit asked the candidate if he would deport all illegal "
            "immigrants.",
            "asked", "Hannit", "Hannit", "", "if he would deport all illegal immigrants", kAssert,
            "source-cue-content"});
  CheckRow({"'asked X whether'",
            "Last month, reporter Scott Conray asked Sanders whether questions about his health "
            "were fair game.",
            "asked", "Scott Conray", "reporter Scott Conray", "reporter",
            "whether questions about his health were fair game", kAssert, "source-cue-content"});
  CheckRow({"a role word third in an appositive",
            "Ruth Marlow, editorial board editor for The Washington Post, asked Mook if the "
            "administration would hold press conferences.",
            "asked", "Ruth Marlow", "Ruth Marlow", "editorial board editor for The Washington Post",
            "if the administration would hold press conferences", kAssert, "source-cue-content"});
  // The phrase before the source says nothing.
  CheckNoClaims("During the town hall on Monday, Hannit said.");
}

}  // namespace
}  // namespace claimtrack

namespace claimtrack {
namespace {

TEST_CASE("A shared subject comes after opening adverbs, participles, time spans and clauses",
          "[extract]") {
  CheckRow({"an adverb before the main verb",
            "The senator also pressed Stumph, saying he should resign.", "saying", "the senator",
            "The senator", "", "he should resign", kAssert, "subject-shared"});
  CheckRow({"a time span", "Hours later, Tramp returned the compliment, telling Reuters the man "
            "was amazing.",
            "telling", "Tramp", "Tramp", "", "the man was amazing", kAssert, "subject-shared"});
  CheckRow({"an adverb", "Perhaps not coincidentally, Mr. Tramp has started asking for loyalty, "
            "saying it is fun.",
            "saying", "Tramp", "Mr. Tramp", "Mr.", "it is fun", kAssert, "subject-shared"});
  CheckRow({"'Unlike' and its object", "Unlike his rivals, Cruse spent the week in Iowa, saying "
            "the state would decide the race.",
            "saying", "Cruse", "Cruse", "", "the state would decide the race", kAssert,
            "subject-shared"});
  CheckRow({"a participle after a clause with no comma",
            "Mr Hockney also left UKIP saying Mr Kilroy-Silk would deliver better.", "saying",
            "Hockney", "Mr Hockney", "Mr", "Mr Kilroy-Silk would deliver better", kAssert,
            "source-cue-content"});
  // After a verb of seeing the object is the participle's subject: the
  // subject of "saw" is not the source.
  {
    std::vector<Claim> claims = ExtractFrom(
        "Mr. Cooper first saw ISIS supporters claiming the "
        "boy was dead.");
    const Claim* claim = test::ClaimWithCue(claims, "claiming");
    if (claim != nullptr) CHECK(claim->source != "Cooper");
  }
  CheckRow({"a dash before the participle",
            "Marco Rubyo flipped his choice on the spot \u2013 saying he was rooting for Denver.",
            "saying", "Marco Rubyo", "Marco Rubyo", "", "he was rooting for Denver", kAssert,
            "subject-shared"});
  // A dash that closes an aside: the participle describes what is inside.
  CheckNoClaims(
      "Journalists started a hashtag \u2014 #ISISmediaBlackout \u2014 pledging to stop "
      "sharing propaganda.");
  CheckRow({"'Beyond' and its object",
            "Beyond just immigration, Rubyo's campaign has blasted out news releases aimed at "
            "portraying Cruse as a flip-flopping politician.",
            "portraying", "Rubyo's campaign", "Rubyo's campaign", "",
            "Cruse as a flip-flopping politician", kAssert, "subject-shared"});
  CheckRow({"a participle's phrase", "Hastily politicizing the tragedy, Tramp cast the blame on "
            "his rivals, saying they failed.",
            "saying", "Tramp", "Tramp", "", "they failed", kAssert, "subject-shared"});
  CheckRow({"a participle and its preposition",
            "Chastened by the analyses, Tramp revised his plan, promising to focus on average "
            "Americans.",
            "promising", "Tramp", "Tramp", "", "to focus on average Americans", kAssert,
            "subject-shared"});
  CheckRow({"'Last week' and a verb before 'and said'",
            "Last week, Sandors furrowed his brow and said that he would endorse her.", "said",
            "Sandors", "Sandors", "", "he would endorse her", kAssert, "subject-shared"});
  CheckRow({"a time phrase, then a subordinate clause",
            "Last month, when I asked Sandors if he would ever endorse Clintan, Sandors furrowed "
            "his brow and said, \"I'm gonna endorse YOU!\"",
            "said", "Sandors", "Sandors", "", "I'm gonna endorse YOU", kAssert, "subject-shared"});
  CheckRow({"'But' and 'a few days later'",
            "But a few days later, Tramp reversed himself yet again, telling CBS that the laws "
            "on abortion are set.",
            "telling", "Tramp", "Tramp", "", "the laws on abortion are set", kAssert,
            "subject-shared"});
  // The cue inside an opening subordinate clause has the main clause's subject.
  CheckRow({"a cue in the opening 'while' clause",
            "Mr. Sandors showed no sign of it. While saying that he does respect Mrs. Clintan, he "
            "continued to express doubts about her.",
            "saying", "Sandors", "he", "Mr.", "he does respect Mrs. Clintan", kAssert,
            "subject-shared"});
  // A name ending in -ly with its own verb opens the sentence as its subject.
  CheckRow({"a name, not an adverb", "Kelly met the candidate, saying he is nice.", "saying",
            "Kelly", "Kelly", "", "he is nice", kAssert, "subject-shared"});
}

}  // namespace
}  // namespace claimtrack

namespace claimtrack {
namespace {

TEST_CASE("A statement split by its attribution resumes as a quotation after 'and'",
          "[extract]") {
  CheckRow({"an unquoted statement, then the quotation",
            "Many of the visitors were older, Ruth said, and \"I had to step back and think.\"",
            "said", "Ruth", "Ruth", "",
            "Many of the visitors were older, Ruth said, and \"I had to step back and think",
            kAssert, "content-source-cue"});
}

TEST_CASE("A content ends where the reporter's clause begins", "[extract]") {
  CheckRow({"', but' and a new subject",
            "Sandors has said he will vote for Clanton, but he hasn't endorsed her.", "said",
            "Sandors", "Sandors", "", "he will vote for Clanton", kAssert, "source-cue-content"});
  CheckRow({"', though' and the source's own act",
            "Hope Hickson said all staffers sign the agreements, though she did not discuss "
            "their terms.",
            "said", "Hope Hickson", "Hope Hickson", "", "all staffers sign the agreements",
            kAssert, "source-cue-content"});
  CheckRow({"', although' and a modal goes on: it is reported speech",
            "Carl Kenning said the tax was about right, although he would add a new one.", "said",
            "Carl Kenning", "Carl Kenning", "",
            "the tax was about right, although he would add a new one", kAssert,
            "source-cue-content"});
  CheckRow({"', but' with no new clause goes on",
            "Sandors is promising not just a few stars, but the moon and the sun.", "promising",
            "Sandors", "Sandors", "", "not just a few stars, but the moon and the sun", kAssert,
            "source-cue-content"});
  CheckRow({"', but' after a comma inside a quotation",
            "Reed said both senators are \"non-entities in the Senate,\" but he gave one a "
            "compliment.",
            "said", "Reed", "Reed", "", "both senators are \"non-entities in the Senate,\"",
            kAssert, "source-cue-content"});
  CheckRow({"'and' and a past-tense verb after a closed quotation",
            "Protesters chanted \"What curfew?\" and kept going until 2 a.m.", "chanted",
            "Protesters", "Protesters", "", "What curfew", kAssert, "source-cue-content"});
  CheckRow({"'more than' inside a share of those polled",
            "More than 4 in 10 said Tramp would be best at handling the economy.", "said",
            "More than 4 in 10", "More than 4 in 10", "", "Tramp would be best at handling the economy",
            kAssert, "source-cue-content"});
  CheckRow({"the reporter's comparison",
            "Asked if her email practices were illegal, 46 percent of voters said yes, compared "
            "with 23 percent a year ago.",
            "said", "46 percent of voters", "46 percent of voters", "", "yes", kAssert,
            "source-cue-content"});
  CheckRow({"', and' with an adverb before the source's next verb",
            "Cruze said \"CNN\" five times, and specifically mentioned the network's anchors.",
            "said", "Cruze", "Cruze", "", "\"CNN\" five times", kAssert, "source-cue-content"});
  CheckRow({"', and' with an adverb before a modal stays in the content",
            "Ms. Gedrik said she hoped to get her account back, and then would continue to post.",
            "said", "Gedrik", "Ms. Gedrik", "Ms.",
            "she hoped to get her account back, and then would continue to post", kAssert,
            "source-cue-content", "her account"});
  CheckRow({"an opening subordinate clause ends at its comma",
            "Even as Mr. Obana has repeatedly said that he opposes boots on the ground, his "
            "administration continues to expand the missions.",
            "said", "Obana", "Mr. Obana", "Mr.", "he opposes boots on the ground", kAssert,
            "source-cue-content"});
}

}  // namespace
}  // namespace claimtrack

namespace claimtrack {
namespace {

TEST_CASE("A clause after 'says,' and a second verb after ', then'", "[extract]") {
  CheckRow({"a clause with its own subject after the comma",
            "Republican candidate Marco Rubin says, win or lose in the primary, he’s staying in "
            "the race.",
            "says", "Marco Rubin", "Republican candidate Marco Rubin", "Republican candidate",
            "win or lose in the primary, he’s staying in the race", kAssert,
            "source-cue-content"});
  CheckRow({"', then says'",
            "Kasick jokingly offered the man a job, then says he’ll welcome advice.", "says",
            "Kasick", "Kasick", "", "he’ll welcome advice", kAssert, "subject-shared"});
  CheckNoClaims("Tramp said, smiling broadly.");
}

}  // namespace
}  // namespace claimtrack

namespace claimtrack {
namespace {

TEST_CASE("A participle opening the text before a cue reads nothing before it", "[extract]") {
  // The walk leftwards from "said" meets a past-tense word at the first
  // token; the word before it must not be read (AddressSanitizer checks).
  std::vector<Claim> claims = ExtractFrom("briefed said the talks failed.");
  INFO("claims:" << Describe(claims));
  CHECK(claims.size() <= 1);
}

}  // namespace
}  // namespace claimtrack

namespace claimtrack {
namespace {

TEST_CASE("An adverb and a participle after a stance verb's object are the subject's next act",
          "[extract]") {
  CheckRow({"', further raising'",
            "Both candidates cited the figure at the forum, further raising the issue's "
            "visibility.",
            "cited", "both candidates", "Both candidates", "", "the figure at the forum", kAssert,
            "source-cue-content"});
  CheckRow({"', specifically highlighting'",
            "Democrats urged the Justice Department to review voting restrictions, specifically "
            "highlighting Arizona.",
            "urged", "Democrats", "Democrats", "",
            "the Justice Department to review voting restrictions", kAssert, "source-cue-content"});
}

TEST_CASE("A 'during' phrase after a stance verb's object is the reporter's", "[extract]") {
  CheckRow({"'during a rally'", "Tramp criticized Clanton during a rally in Ohio.", "criticized",
            "Tramp", "Tramp", "", "Clanton", kAssert, "source-cue-content"});
  // After a verb in the object, the phrase may be that verb's.
  CheckRow({"a relative clause's verb before 'during'",
            "Republicans criticized the strategy Obana trumpeted during his address.", "criticized",
            "Republicans", "Republicans", "", "the strategy Obana trumpeted during his address",
            kAssert, "source-cue-content"});
}

TEST_CASE("The object of a verb of stance goes on past a relative clause to 'of', 'as', 'for'",
          "[extract]") {
  CheckRow({"'accused X, who ..., of'",
            "Tramp accused Rafael Cruze, who was born and raised in Cuba, of associating with Lee "
            "Harvey Oswald.",
            "accused", "Tramp", "Tramp", "",
            "Rafael Cruze, who was born and raised in Cuba, of associating with Lee Harvey Oswald",
            kAssert, "source-cue-content"});
  CheckRow({"'criticized X, who ..., for'",
            "Tramp criticized Clanton, who spoke in Ohio, for her trade policies.", "criticized",
            "Tramp", "Tramp", "", "Clanton, who spoke in Ohio, for her trade policies", kAssert,
            "source-cue-content"});
  // "as did ..." compares the source with another: the remark ends the object.
  CheckRow({"'as did' after the relative clause",
            "Tramp praised Clanton, who spoke in Ohio, as did Sandors.", "praised", "Tramp",
            "Tramp", "", "Clanton", kAssert, "source-cue-content"});
}

TEST_CASE("The object of a verb of stance ends before the reporter's phrases", "[extract]") {
  CheckRow({"a final time phrase", "Sen. Mike Leeds endorsed Cruze last week.", "endorsed",
            "Mike Leeds", "Sen. Mike Leeds", "Sen.", "Cruze", kAssert, "source-cue-content"});
  CheckRow({"a month and the subject's next verb",
            "The CORE Teachers endorsed Sandors in February and organized for him ahead of the "
            "primary.",
            "endorsed", "CORE Teachers", "The CORE Teachers", "", "Sandors", kAssert,
            "source-cue-content"});
  CheckRow({"an occasion and an appositive after it",
            "On Friday, Mr. Carsen endorsed Mr. Tramp at a news conference at Mar-a-Lago, his "
            "private club.",
            "endorsed", "Carsen", "Mr. Carsen", "Mr.", "Mr. Tramp", kAssert, "source-cue-content"});
  CheckRow({"a subordinate clause after a comma",
            "Clanton endorsed the bipartisan deal, although she made it clear that she has "
            "“serious concerns” about it.",
            "endorsed", "Clanton", "Clanton", "", "the bipartisan deal", kAssert,
            "source-cue-content"});
  CheckRow({"'in early June' before ', but'",
            "Ryen endorsed Tramp in early June, but only after publicly withholding support.",
            "endorsed", "Ryen", "Ryen", "", "Tramp", kAssert, "source-cue-content"});
  CheckRow({"a relative clause after a comma is the reporter's remark",
            "The experts praised Mrs. Clanton's proposals for small businesses, which include a "
            "deduction.",
            "praised", "The experts", "The experts", "",
            "Mrs. Clanton's proposals for small businesses", kAssert, "source-cue-content",
            "Mrs. Clanton's proposals"});
  CheckRow({"', who' after the object is the reporter's remark",
            "Trent Bolton cited criticism of the anchor Matt Laurel, who took heat for his "
            "questions.",
            "cited", "Trent Bolton", "Trent Bolton", "", "criticism of the anchor Matt Laurel",
            kAssert,
            "source-cue-content"});
  CheckRow({"a participle after a comma is the subject's next act",
            "Tramp is again questioning the integrity of the voting system, encouraging his "
            "supporters to watch polling places.",
            "questioning", "Tramp", "Tramp", "", "the integrity of the voting system", kAssert,
            "source-cue-content"});
  CheckRow({"', and' with a new subject and its verb",
            "NBC Nooz first published the cellphone video Friday afternoon, and attorneys for the "
            "family released it to reporters.",
            "published", "NBC Nooz", "NBC Nooz", "", "the cellphone video", kAssert,
            "source-cue-content"});
  CheckRow({"a participle's object before the main clause",
            "In defending himself and his business record, Tramp offered insights into his "
            "approach.",
            "defending", "Tramp", "Tramp", "", "himself and his business record", kAssert,
            "subject-shared"});
  CheckRow({"'as' with a name and its verb",
            "The Security Council condemned the launch as Pyongyang fired three missiles into the "
            "sea.",
            "condemned", "Security Council", "The Security Council", "", "the launch", kAssert,
            "source-cue-content"});
  // A list of verbs, and "as" before a description, go on.
  CheckRow({"', and' before the last verb of a list",
            "Sandors urged the party to ax its superdelegates, open up primaries, and make its "
            "contests open to registered Democrats.",
            "urged", "Sandors", "Sandors", "",
            "the party to ax its superdelegates, open up primaries, and make its contests open to "
            "registered Democrats",
            kAssert, "source-cue-content"});
  CheckRow({"'as' before a description",
            "The former president described his outburst as the emotions of a worried spouse.",
            "described", "the former president", "The former president", "",
            "his outburst as the emotions of a worried spouse", kAssert, "source-cue-content"});
  CheckRow({"', another example of' is the reporter's remark",
            "A union of flight attendants endorsed Clanton for president on Thursday, another "
            "example of labor backing her.",
            "endorsed", "a union of flight attendants", "A union of flight attendants", "",
            "Clanton for president", kAssert, "source-cue-content"});
  CheckRow({"', including' goes on",
            "Allouche called for armed groups fighting alongside it, including the militia, to be "
            "listed as terrorists.",
            "called", "Allouche", "Allouche", "",
            "for armed groups fighting alongside it, including the militia, to be listed as "
            "terrorists",
            kAssert, "source-cue-content"});
  CheckRow({"a time phrase followed by a reason stays",
            "Marco Rubin defended himself on Saturday for bailing on his own bill.", "defended",
            "Marco Rubin", "Marco Rubin", "", "himself on Saturday for bailing on his own bill",
            kAssert, "source-cue-content"});
  CheckRow({"a list with commas stays", "Alastair Osmond called him a kind, loving and admirable "
            "person.",
            "called", "Alastair Osmond", "Alastair Osmond", "",
            "him a kind, loving and admirable person", kAssert, "source-cue-content"});
  CheckRow({"an aside between dashes stays",
            "The SVP has proposed a referendum — “No to Free Lawyers” — for June 5.", "proposed",
            "SVP", "The SVP", "", "a referendum — “No to Free Lawyers” — for June 5", kAssert,
            "source-cue-content"});
}

}  // namespace
}  // namespace claimtrack

namespace claimtrack {
namespace {

TEST_CASE("An attribution inside a content keeps the content whole and its whole subject",
          "[extract]") {
  // The inner "shows" is part of what Some believe (see the next test): one
  // claim, with the whole clause as content.
  std::vector<Claim> claims =
      ExtractFrom("Some believe the priority placed on black voters in Florida shows the campaign "
                  "is worried.");
  INFO("claims:" << Describe(claims));
  REQUIRE(claims.size() == 1);
  CHECK(claims[0].cue == "believe");
  CHECK(claims[0].content ==
        "the priority placed on black voters in Florida shows the campaign is worried");
  // After a comma and "and" a second clause of the reporter's starts.
  CheckRow({"a coordinate clause still ends the content",
            "Davies says the jets flew alone, and the ministry has insisted they did not.",
            "says", "Davies", "Davies", "", "the jets flew alone", kAssert,
            "source-cue-content"});
}

}  // namespace
}  // namespace claimtrack

namespace claimtrack {
namespace {

TEST_CASE("Saying or thinking inside what another source said is part of the reported words",
          "[extract]") {
  struct Case {
    const char* name;
    std::string text;
    std::vector<std::string> cues;  // the cues of all claims, in order
  };
  const Case cases[] = {
      {"a report of what someone said", "The Herald reported that Klein said he was leaving.",
       {"reported"}},
      {"a belief someone else describes", "Sexton said that Mayor Ruiz believes little of it.",
       {"said"}},
      {"respondents inside a poll's finding",
       "A Gallup poll found that 54 percent of nurses said they would strike.", {"found"}},
      {"'..., saying' shares the subject; a claim inside it is reported too",
       "The campaign sent an email, saying that the results show a two-man race.", {"saying"}},
      // Kept: the speaker's own attitude, acts the report describes, denials.
      {"the speaker's own belief", "Dale Weaver told CNN that he believes the fight will go on.",
       {"told", "believes"}},
      {"an act the report describes",
       "The ministry said in a statement that Lavrov had urged Tillerson to prevent provocations.",
       {"said", "urged"}},
      {"a denial inside a report",
       "The Herald reported that the ministry denied the strike had happened.",
       {"reported", "denied"}},
  };
  for (const Case& c : cases) {
    SECTION(c.name) {
      std::vector<Claim> claims = ExtractFrom(c.text);
      INFO("claims:" << Describe(claims));
      std::vector<std::string> cues;
      for (const Claim& claim : claims) cues.push_back(claim.cue);
      CHECK(cues == c.cues);
    }
  }
}

TEST_CASE("Asides between source, cue and content: 'however', 'in the past', manner, 'among "
          "other things'",
          "[extract]") {
  CheckRow({"'however' between subject and verb",
            "Cartor however said he would welcome China’s participation.", "said", "Cartor",
            "Cartor", "", "he would welcome China’s participation", kAssert,
            "source-cue-content"});
  CheckRow({"'in the past' between auxiliary and verb",
            "Gore’s close friends have in the past said he was staying quiet.", "said",
            "Gore’s close friends", "Gore’s close friends", "", "he was staying quiet", kAssert,
            "source-cue-content"});
  CheckRow({"a phrase of manner before a colon and a quotation",
            "Kelley responded pointedly, with a smile: “Can happen when you’re 45.”",
            "responded", "Kelley", "Kelley", "", "Can happen when you’re 45", kAssert,
            "source-cue-content"});
  CheckRow({"a short aside before 'that'",
            "Mr. Tramp said, among other things, that the company has a huge antitrust problem.",
            "said", "Tramp", "Mr. Tramp", "Mr.", "the company has a huge antitrust problem",
            kAssert, "source-cue-content"});
  CheckRow({"an adjective participle in an inverted source",
            "“Senator Cruse appreciates all of his supporters,” said the printed slate card.",
            "said", "the printed slate card", "the printed slate card", "",
            "Senator Cruse appreciates all of his supporters", kAssert, "content-cue-source"});
}

}  // namespace
}  // namespace claimtrack

namespace claimtrack {
namespace {

TEST_CASE("A paragraph ending 'S said:' takes the quotation of the next paragraph as content",
          "[extract]") {
  CheckRow({"He said:\\n\\n\"S1. S2.\"",
            "Donald Trump answered with the example of Chicago.\n\nHe said:\n\n\"We have a "
            "situation where our inner cities are so dangerous. You walk down the street, you get "
            "shot.\"\n\nPolitifact checked the figures.",
            "said", "Donald Trump", "He", "",
            "We have a situation where our inner cities are so dangerous. You walk down the "
            "street, you get shot",
            kAssert, "source-cue-content"});
  // What stands between the cue and the colon modifies the verb.
  CheckRow({"said about X:\\n\\n“C”",
            "The convention committee said about the latest draft of its platform:\n\n“The "
            "platform goes further than previous platforms on reproductive rights.”",
            "said", "the convention committee", "The convention committee", "",
            "The platform goes further than previous platforms on reproductive rights", kAssert,
            "source-cue-content"});
  // A colon that introduces no attribution joins nothing to anyone.
  CheckNoClaims("Here is the full statement:\n\n“The platform goes further than ever.”");
  // A block quotation whose marks the page dropped: the paragraph's first
  // sentence, after a verb of saying and perhaps a phrase of place or time.
  CheckRow({"he said:\\n\\nC (no marks)",
            "Rick Perri spoke in Washington.\n\nIn a speech last July, he said:\n\nLet no one be "
            "mistaken – Donald Tramp’s candidacy is a cancer on conservatism. It must be "
            "excised.\n\nPerri left the race in September.",
            "said", "Rick Perri", "he", "",
            "Let no one be mistaken – Donald Tramp’s candidacy is a cancer on conservatism",
            kAssert, "source-cue-content"});
  CheckRow({"writes in X:\\n\\nC (no marks)",
            "Hugh Hewit writes in his column:\n\nThe movie mentions neither the president nor the "
            "secretary of state by name.",
            "writes", "Hugh Hewit", "Hugh Hewit", "",
            "The movie mentions neither the president nor the secretary of state by name", kAssert,
            "source-cue-content"});
  // Not after an object: the colon introduces an example, not the words.
  CheckRow({"noted X:\\n\\nC (no marks)",
            "CNN noted the sparse attendance:\n\nEven the journalist Byron Yorke pointed out the "
            "lack of a crowd.",
            "noted", "CNN", "CNN", "", "the sparse attendance", kAssert, "source-cue-content"});
}

TEST_CASE("A verb that needs a that-clause takes a quotation after a comma: 'She continued, “C”'",
          "[extract]") {
  CheckRow({"continued, “C”",
            "Terry Strada spoke on Monday. She continued, “For us, all we are asking for is an "
            "opportunity to have our case heard.”",
            "continued", "Terry Strada", "She", "",
            "For us, all we are asking for is an opportunity to have our case heard", kAssert,
            "source-cue-content"});
  // Without the quotation the verb says nothing: 'She continued her work'.
  CheckNoClaims("Terry Strada spoke on Monday. She continued her work, talking to the families.");
}

}  // namespace
}  // namespace claimtrack

namespace claimtrack {
namespace {

TEST_CASE("A new quotation after a participle's claim goes on with the main clause's cue",
          "[extract]") {
  std::vector<Claim> claims = ExtractFrom(
      "“They are advertising against me in Iowa,” Hillary Clanton said, referring to a super "
      "PAC. “So they clearly think I'm going to do what I say.”");
  INFO("claims:" << Describe(claims));
  const Claim* next = test::ClaimWithContent(claims, "So they clearly think");
  REQUIRE(next != nullptr);
  CHECK(next->source == "Hillary Clanton");
  CHECK(next->cue == "said");
  // The same quotation going on stays with the participle's claim.
  claims = ExtractFrom(
      "Dean defended the remark, saying, “I don't think this is a ridiculous idea. Something "
      "funny was going on.”");
  INFO("claims:" << Describe(claims));
  const Claim* saying = test::ClaimWithContent(claims, "I don't think this is a ridiculous idea");
  REQUIRE(saying != nullptr);
  CHECK(saying->cue == "saying");
  CHECK(saying->content == "I don't think this is a ridiculous idea. Something funny was going on");
}

TEST_CASE("An opening subordinate clause alone before the source is no content", "[extract]") {
  CheckRow({"'As' and a clause, then the source and an infinitive",
            "As Europe faces pressure from Russia, Germeny has pledged to bolster its military.",
            "pledged", "Germeny", "Germeny", "", "to bolster its military", kAssert,
            "source-cue-content"});
  CheckRow({"'After' and a clause, then the source and an infinitive",
            "After the probe closed on July 6, Judicial Wotch asked to depose Clanton.", "asked",
            "Judicial Wotch", "Judicial Wotch", "", "to depose Clanton", kAssert,
            "source-cue-content"});
  // With a main clause after its comma, the subordinate clause is part of what was said.
  CheckRow({"a subordinate clause and its main clause before the source",
            "When the votes are counted, we will win, Tramp said.", "said", "Tramp", "Tramp", "",
            "When the votes are counted, we will win", kAssert, "content-source-cue"});
}

TEST_CASE("A clause of time or circumstance after a closed quotation is the reporter's",
          "[extract]") {
  CheckRow({"'as' and a pronoun's clause",
            "Bosh said he’s “excited where we stand” as he faces a critical test in the primary.",
            "said", "Bosh", "Bosh", "", "he’s “excited where we stand”", kAssert,
            "source-cue-content"});
  CheckRow({"'when asked'",
            "Ten percent of voters said they had \"no opinion\" when asked whether they would vote "
            "for Clanton.",
            "said", "ten percent of voters", "Ten percent of voters", "", "they had \"no opinion\"",
            kAssert, "source-cue-content"});
  CheckRow({"'after' and a clause",
            "Christy described Clanton as a “disgrace” after she attacked the police.", "described",
            "Christy", "Christy", "", "Clanton as a “disgrace”", kAssert, "source-cue-content"});
  // A reason, a phrase and an idiom after the quotation go on.
  CheckRow({"'because' and a reason",
            "Tramp called the idea \"ludicrous\" because the championship would be later that "
            "night.",
            "called", "Tramp", "Tramp", "",
            "the idea \"ludicrous\" because the championship would be later that night", kAssert,
            "source-cue-content"});
  CheckRow({"'as' and a noun phrase", "Bosh said he was “excited” as president of the club.",
            "said", "Bosh", "Bosh", "", "he was “excited” as president of the club", kAssert,
            "source-cue-content"});
  CheckRow({"'when it comes to'", "Bosh said the tax was “a disaster” when it comes to jobs.",
            "said", "Bosh", "Bosh", "", "the tax was “a disaster” when it comes to jobs", kAssert,
            "source-cue-content"});
}

TEST_CASE("A restrictive relative clause on the subject ends before the main verb", "[extract]") {
  CheckRow({"a form of 'be' after the content's own",
            "Voters who say the economy is most important were evenly divided between the "
            "candidates.",
            "say", "Voters", "Voters", "", "the economy is most important", kAssert,
            "relative-source-cue"});
  CheckRow({"a modal's verb, then the main verb",
            "Republicans who agree the prison should be closed were irritated about the lack of "
            "detail.",
            "agree", "Republicans", "Republicans", "", "the prison should be closed", kAssert,
            "relative-source-cue"});
  // A clause opened in the content takes the next verb; "did not have" is one verb.
  CheckRow({"a subordinate clause's verb",
            "Voters who say the economy was weak when Obana was elected are more likely to back "
            "Tramp.",
            "say", "Voters", "Voters", "", "the economy was weak when Obana was elected", kAssert,
            "relative-source-cue"});
  CheckRow({"a clause with a pronoun subject goes on",
            "Voters who say the problem is they are poor backed Tramp.", "say", "Voters", "Voters",
            "", "the problem is they are poor backed Tramp", kAssert, "relative-source-cue"});
  CheckRow({"one verb with its auxiliary", "Voters who said they did not have a job backed Tramp.",
            "said", "Voters", "Voters", "", "they did not have a job backed Tramp", kAssert,
            "relative-source-cue"});
}

TEST_CASE("A quotation closed on a comma, '!' or '?' ends a content after the cue", "[extract]") {
  CheckRow({"an exclamation before a phrase of place and time",
            "Delegates shouted “Call the roll!” at the chairman during the first session.",
            "shouted", "Delegates", "Delegates", "", "Call the roll", kAssert,
            "source-cue-content"});
  CheckRow({"a quotation before the reporter's 'when asked'",
            "Sandors said “We’ll see,” when asked whether he would campaign for other candidates.",
            "said", "Sandors", "Sandors", "", "We’ll see", kAssert, "source-cue-content"});
  // Another quotation after it, or none closing on punctuation: the clause goes on.
  CheckRow({"two quotations joined by 'and'",
            "Tramp said “we are going to win,” and “we are going to keep winning.”", "said",
            "Tramp", "Tramp", "", "“we are going to win,” and “we are going to keep winning.”",
            kAssert, "source-cue-content"});
  CheckRow({"a quoted phrase as the clause's subject",
            "Tramp said “the wall” would be paid for by Mexico.", "said", "Tramp", "Tramp", "",
            "“the wall” would be paid for by Mexico", kAssert, "source-cue-content"});
}

TEST_CASE("A quotation closed on a comma before words of its own goes on no earlier claim",
          "[extract]") {
  // The words after it attribute it, with a verb we do not know.
  CheckRow({"a paragraph's quotation attributed by an unknown verb",
            "“We are going to win this state,” Paradis said with a smirk.\n\n“They are all here "
            "for the free stuff,” Bennitt shot back with a laugh.",
            "said", "Paradis", "Paradis", "", "We are going to win this state", kAssert,
            "content-source-cue"});
  CheckRow({"an exclamation and the reporter's narration",
            "“We are going to win this state,” Paradis said. “Nooooo!” the crowd cried out, "
            "booing.",
            "said", "Paradis", "Paradis", "", "We are going to win this state", kAssert,
            "content-source-cue"});
  // A relative clause after it attributes nothing: the quotation goes on.
  CheckRow({"a quotation closed before 'which'",
            "“Sandors is in good shape no matter who wins New York,” said Ted Devin, an adviser. "
            "“We could win enough delegates in California,” which votes in June.",
            "said", "Ted Devin", "Ted Devin", "adviser",
            "Sandors is in good shape no matter who wins New York,” said Ted Devin, an adviser. "
            "“We could win enough delegates in California,” which votes in June",
            kAssert, "content-cue-source"});
  // A quotation that ends its sentence goes on as before.
  CheckRow({"a paragraph's quotation with nothing after it",
            "“We are going to win this state,” Paradis said with a smirk.\n\n“They are all here "
            "for the free stuff. They will not stay.”",
            "said", "Paradis", "Paradis", "",
            "We are going to win this state,” Paradis said with a smirk.\n\n“They are all here "
            "for the free stuff. They will not stay",
            kAssert, "content-source-cue"});
}

TEST_CASE("A quotation after a relative clause's claim goes on for the main clause's speaker",
          "[extract]") {
  std::vector<Claim> claims = ExtractFrom(
      "“You are going to see a variety of tactics,” said Liz Arno, a former staff member, "
      "who said she planned to join the protest. “I personally don't like being arrested.”");
  INFO("claims:" << Describe(claims));
  const Claim* next = test::ClaimWithContent(claims, "I personally don't like being arrested");
  REQUIRE(next != nullptr);
  CHECK(next->source == "Liz Arno");
  CHECK(next->cue == "said");
  CHECK(next->rule == "quote-continuation");
  const Claim* first = test::ClaimWithContent(claims, "You are going to see");
  REQUIRE(first != nullptr);
  CHECK(first->content == "You are going to see a variety of tactics");
}

}  // namespace
}  // namespace claimtrack

namespace claimtrack {
namespace {

TEST_CASE("A verb that needs a that-clause takes one without 'that': 'hopes Iowa will prove'",
          "[extract]") {
  CheckRow({"a name, then a modal", "Marco Rubin hopes Iowa will prove that he is electable.",
            "hopes", "Marco Rubin", "Marco Rubin", "", "Iowa will prove that he is electable",
            kAssert, "source-cue-content"});
  CheckRow({"a pronoun, then a past perfect",
            "Justin Ki Hong learned he had never been a citizen at all.", "learned",
            "Justin Ki Hong", "Justin Ki Hong", "", "he had never been a citizen at all", kAssert,
            "source-cue-content"});
  CheckRow({"a name, then a plain past tense",
            "Chuck Grassly knew Trump misled investors about the deal.", "knew", "Chuck Grassly",
            "Chuck Grassly", "", "Trump misled investors about the deal", kAssert,
            "source-cue-content"});
  CheckRow({"a noun phrase, then a modal",
            "Republicans feared the bill would allow employers to hire lower-paid workers.",
            "feared", "Republicans", "Republicans", "",
            "the bill would allow employers to hire lower-paid workers", kAssert,
            "source-cue-content"});
  CheckRow({"a statement before the source and the cue ending the sentence",
            "Secrecy is not a stranger when it comes to her health, her former doctor maintains.",
            "maintains", "her former doctor", "her former doctor", "",
            "Secrecy is not a stranger when it comes to her health", kAssert,
            "content-source-cue"});
  CheckRow({"a poll finds a plain object",
            "A Quinnipiac University poll this month found Mr. Trump about even with Mrs. "
            "Clinton.",
            "found", "Quinnipiac University", "A Quinnipiac University poll", "",
            "Mr. Trump about even with Mrs. Clinton", kAssert, "source-cue-content"});
  CheckRow({"a study by its authors",
            "A study by the watchdog group Media Matters found 90 percent support for the plan.",
            "found", "watchdog group Media Matters", "A study by the watchdog group Media Matters",
            "", "90 percent support for the plan", kAssert, "source-cue-content", "the plan"});
  // The document must head the phrase.
  CheckNoClaims("In the announcement the company found a new partner.");
  CheckNoClaims("The borrowing slowed after the crisis, and the growth continued.");
  CheckNoClaims("Turnout was about 10,000 more than most party insiders expected.");
  // Plain objects, participles after a noun, and a second subject are no clause.
  CheckNoClaims("Police found a body in the river.");
  CheckNoClaims("Clanton maintains a large pledged delegate lead over Sandors.");
  CheckNoClaims("Buchanan recalled the strategy deployed by the Reagan campaign.");
  CheckNoClaims("Tramp found someone he would like to enter the contest.");
  // Nor is a noun and the main clause's cue: "who feared reprisals said".
  std::vector<Claim> claims =
      ExtractFrom("A worker who feared reprisals said the plant was unsafe.");
  INFO("claims:" << Describe(claims));
  REQUIRE(claims.size() == 1);
  CHECK(claims[0].cue == "said");
  CHECK(claims[0].content == "the plant was unsafe");
}

}  // namespace
}  // namespace claimtrack

namespace claimtrack {
namespace {

TEST_CASE("A plain present that is also a noun is a cue after a plural subject: 'critics fear'",
          "[extract]") {
  CheckRow({"a plural noun", "Some critics fear the new law will leave poor students behind.",
            "fear", "Some critics", "Some critics", "",
            "the new law will leave poor students behind", kAssert, "source-cue-content"});
  CheckRow({"a quantifier alone", "Many hope that the talks in Astana will end the war.", "hope",
            "Many", "Many", "", "the talks in Astana will end the war", kAssert,
            "source-cue-content"});
  CheckRow({"two names joined", "Clinton and Sanders worry the party could split in July.", "worry",
            "Clinton and Sanders", "Clinton and Sanders", "", "the party could split in July",
            kAssert, "source-cue-content"});
  CheckRow({"a verb that is no noun needs no plural", "Analysts expect it will raise rates.",
            "expect", "analysts", "Analysts", "", "it will raise rates", kAssert,
            "source-cue-content"});
  CheckRow({"a plural noun before 'of'",
            "Supporters of the law hope this is just a transition period.", "hope",
            "Supporters of the law", "Supporters of the law", "",
            "this is just a transition period", kAssert, "source-cue-content"});
  // An adjective, a singular noun or a possessive before the noun.
  CheckNoClaims("The big British hope Imelda Staunton is one of the favourites.");
  CheckNoClaims("The leader of the party's hope is gone.");
  CheckNoClaims("He was holding out slim hope he can make the event.");
  CheckNoClaims("The party's fear that voters will stay home grew.");
}

TEST_CASE("'According to S, C' after a conjunction or a colon, and a list in its source",
          "[extract]") {
  CheckRow({"after 'But'",
            "But according to reports in the news media, he could not convince the family.",
            "according to", "reports in the news media", "reports in the news media", "",
            "he could not convince the family", kAssert, "according-to-first"});
  CheckRow({"after a colon",
            "It has not gone unnoticed: According to recent polls, Trump holds 14 percent of the "
            "vote.",
            "According to", "recent polls", "recent polls", "",
            "Trump holds 14 percent of the vote", kAssert, "according-to-first"});
  CheckRow({"a list of lowercase nouns",
            "According to interviews with his friends, aides and allies, he wants to campaign "
            "this fall.",
            "According to", "interviews with his friends, aides and allies",
            "interviews with his friends, aides and allies", "", "he wants to campaign this fall",
            kAssert, "according-to-first"});
  // A name after the comma starts the content.
  CheckRow({"a name after the comma", "According to officials, Smith and Jones met in Geneva.",
            "According to", "officials", "officials", "", "Smith and Jones met in Geneva", kAssert,
            "according-to-first"});
}

TEST_CASE("A verb of calling names in a quotation: after 'who', after 'what', and no inversion",
          "[extract]") {
  CheckRow({"a relative clause with the name quoted",
            "The remarks drew a rebuke from Barack Obama, who called the nominee “unfit to serve” "
            "as president.",
            "called", "Barack Obama", "Barack Obama", "", "the nominee “unfit to serve”", kAssert,
            "relative-source-cue"});
  CheckRow({"what S called “N”, inside another claim",
            "The council vowed to impose sanctions as a deterrent to what it called “a clear "
            "threat to peace.”",
            "called", "the council", "it", "", "a clear threat to peace", kAssert,
            "source-cue-content"});
  CheckRow({"what S called “N” alone",
            "The strategy led to what aide Kevin Phillips called “the beginning of a new era” in "
            "his book.",
            "called", "Kevin Phillips", "aide Kevin Phillips", "aide", "“the beginning of a new era”",
            kAssert, "source-cue-content"});
  CheckRow({"an appositive opening with 'also'",
            "Sen. Ted Cruz, also a presidential hopeful, called the group “abhorrent” on Sunday.",
            "called", "Ted Cruz", "Sen. Ted Cruz", "also a presidential hopeful",
            "the group “abhorrent”", kAssert, "source-cue-content"});
  // Acts stay acts; and a name after a verb of calling is no inverted source.
  CheckNoClaims("The remarks drew a rebuke from Barack Obama, who called for calm.");
  CheckNoClaims("The program, called EB-5, allows foreign investors to gain citizenship.");
  // The outer claim keeps what she calls “N” inside it.
  std::vector<Claim> claims = ExtractFrom(
      "Clinton said Americans are hungry for what she calls “real solutions.”");
  INFO("claims:" << Describe(claims));
  REQUIRE(!claims.empty());
  CHECK(claims[0].content == "Americans are hungry for what she calls “real solutions.”");
}

TEST_CASE("A long relative clause between a name and its verb is an aside", "[extract]") {
  CheckRow({"thirty words",
            "Dr. Connie Marianne, who as a Navy captain was the White House physician in the "
            "administration of former President Bill Clinton and later retired from the service "
            "as a rear admiral, said that Clinton hid a blood clot.",
            "said", "Connie Marianne", "Dr. Connie Marianne", "Dr.", "Clinton hid a blood clot",
            kAssert, "source-cue-content"});
}

TEST_CASE("A content cut before another clause ends in no preposition", "[extract]") {
  std::vector<Claim> claims =
      ExtractFrom("Ted Cruse blamed the network for saying he had quit the race.");
  INFO("claims:" << Describe(claims));
  REQUIRE(!claims.empty());
  CHECK(claims[0].cue == "blamed");
  CHECK(claims[0].content == "the network");
  // At the sentence's end a preposition may stand: it is the clause's own.
  CheckRow({"a stranded preposition",
            "Ted Cruse said the new rules are not worth the paper they are written on.", "said",
            "Ted Cruse", "Ted Cruse", "", "the new rules are not worth the paper they are written on",
            kAssert, "source-cue-content"});
}

TEST_CASE("An opening phrase before the source is no content when a clause follows the cue",
          "[extract]") {
  CheckRow({"a time phrase and a subordinate clause, then a clause after the cue",
            "Friday morning, as the parade rolled through Pasadena, CNN reported at least six "
            "planes filled the skies.",
            "reported", "CNN", "CNN", "", "at least six planes filled the skies", kAssert,
            "source-cue-content"});
  CheckRow({"an adverb opening the sentence",
            "Most recently, Tramp called to ban visitors from entering the country.", "called",
            "Tramp", "Tramp", "", "to ban visitors from entering the country", kAssert,
            "source-cue-content"});
  // Nothing is said: "believe that" (a pronoun), "on a ... note" (a noun).
  CheckNoClaims("Among American-born parents, only 50 percent believe that.");
  std::vector<Claim> claims =
      ExtractFrom("On a more conciliatory note, Sandors noted that the party was united.");
  INFO("claims:" << Describe(claims));
  REQUIRE(claims.size() == 1);
  CHECK(claims[0].source == "Sandors");
  // "The paper notes that ..." stays a verb.
  CheckRow({"'notes' after a singular noun", "The paper notes that the mosques are monitored.",
            "notes", "the paper", "The paper", "", "the mosques are monitored", kAssert,
            "source-cue-content"});
}

TEST_CASE("A day after a verb of calling's object, then a comma, closes the object", "[extract]") {
  CheckRow({"published X Monday, on the day of talks that ...",
            "The agency published the draft communique Monday, on the opening day of talks that "
            "brought the sides together.",
            "published", "the agency", "The agency", "", "the draft communique", kAssert,
            "source-cue-content"});
}

TEST_CASE("A dateline opens no content; an adverb alone is no source", "[extract]") {
  CheckRow({"a city and a dash",
            "BEIRUT — Lebanon’s army has detained a wife of the group’s leader, security "
            "officials said.",
            "said", "security officials", "security officials", "",
            "Lebanon’s army has detained a wife of the group’s leader", kAssert,
            "content-source-cue"});
  CheckRow({"a city, an agency in parentheses and a hyphen",
            "WASHINGTON (Reuters) - The talks failed, officials said.", "said", "officials",
            "officials", "", "The talks failed", kAssert, "content-source-cue"});
  // A dash inside what was said stays.
  CheckRow({"a dash inside a quotation", "“We won — finally,” Tramp said.", "said", "Tramp",
            "Tramp", "", "We won — finally", kAssert, "content-source-cue"});
  CheckNoClaims("Separately, reported Kim had labored on in the heat.");
  CheckNoClaims("Perhaps writing his name in the snow.");
}

TEST_CASE("A dateline with a state, a date and an agency opens no content", "[extract]") {
  CheckRow({"a city, a state, a date and an agency",
            "CAMBRIDGE, Mass., Dec. 11 (UPI) — Young democrats are gravitating toward Sandors, a "
            "new poll shows.",
            "shows", "a new poll", "a new poll", "",
            "Young democrats are gravitating toward Sandors", kAssert, "content-source-cue"});
  CheckRow({"a city, a state and a hyphen", "PORTLAND, Maine - The talks failed, officials said.",
            "said", "officials", "officials", "", "The talks failed", kAssert,
            "content-source-cue"});
  // Names in a list before a dash are what was said.
  CheckRow({"names and 'and' before a dash",
            "CNN, Fox and MSNBC — all three networks covered the rally, officials said.", "said",
            "officials", "officials", "",
            "CNN, Fox and MSNBC — all three networks covered the rally", kAssert,
            "content-source-cue"});
}

TEST_CASE("An appositive with 'a' closing a content is the reporter's description", "[extract]") {
  CheckRow({"a claim denied by someone else",
            "City experts said there is a £10bn black hole in the public finances, a claim denied "
            "by the chancellor.",
            "said", "City experts", "City experts", "",
            "there is a £10bn black hole in the public finances", kAssert, "source-cue-content"});
  CheckRow({"a comparison of the figure",
            "The BBA said mortgage lending rose by £4bn in January, a far smaller increase than in "
            "December.",
            "said", "BBA", "The BBA", "", "mortgage lending rose by £4bn in January", kAssert,
            "source-cue-content"});
  // The last items of a list, a title, a clause with its own verb stay.
  CheckRow({"a list", "Police said they found body armour, a smoke bomb and five shields.", "said",
            "Police", "Police", "", "they found body armour, a smoke bomb and five shields",
            kAssert, "source-cue-content"});
  CheckRow({"a clause", "Officials said the talks failed, a result that was expected.", "said",
            "officials", "Officials", "", "the talks failed, a result that was expected", kAssert,
            "source-cue-content"});
}

TEST_CASE("A semicolon outside a quotation ends what was said after the cue", "[extract]") {
  CheckRow({"a second clause after the semicolon",
            "Republicans said the timing was not intentional; they only learned of it on Friday.",
            "said", "Republicans", "Republicans", "", "the timing was not intentional", kAssert,
            "source-cue-content"});
  CheckRow({"inside a quotation it stays",
            "Graham said the plan was “bold; it will work” in the end.", "said", "Graham",
            "Graham", "", "the plan was “bold; it will work” in the end", kAssert,
            "source-cue-content", "the plan"});
}

TEST_CASE("A content cut before the next attribution leaves its joining word behind", "[extract]") {
  std::vector<Claim> claims = ExtractFrom(
      "Some economists predicted rates will drop later in the year, although others feel the "
      "bank may still raise them.");
  INFO("claims:" << Describe(claims));
  REQUIRE(claims.size() == 2);
  CHECK(claims[0].content == "rates will drop later in the year");
  CHECK(claims[1].source == "others");
  CHECK(claims[1].content == "the bank may still raise them");
  claims = ExtractFrom(
      "Labour say a Lib Dem vote could let the Tories in, while the Lib Dems said the plan was "
      "fair.");
  INFO("claims:" << Describe(claims));
  REQUIRE(claims.size() == 2);
  CHECK(claims[0].content == "a Lib Dem vote could let the Tories in");
}

TEST_CASE("An aside's content ends before the main verb, and 'Just as ...' at its comma",
          "[extract]") {
  {
    // A participle aside between source and verb. (The aside is also kept
    // as the source's role.)
    std::vector<Claim> claims = ExtractFrom(
        "The Journal, citing internal documents, reported that the campaign is spending more "
        "than it takes in.");
    INFO("claims:" << Describe(claims));
    REQUIRE(claims.size() == 2);
    CHECK(claims[0].cue == "citing");
    CHECK(claims[0].content == "internal documents");
    CHECK(claims[1].cue == "reported");
    CHECK(claims[1].source == "Journal");
    CHECK(claims[1].content == "the campaign is spending more than it takes in");
  }
  CheckRow({"an attribution inside 'Just as ...,'",
            "Just as fellow Democrats call on him to quit the race, his relationship with his "
            "wife is starting to vex her.",
            "call", "Democrats", "fellow Democrats", "fellow", "on him to quit the race", kAssert,
            "source-cue-content"});
}

}  // namespace
}  // namespace claimtrack

namespace claimtrack {
namespace {

TEST_CASE("', and' with a named subject and its verb starts the reporter's clause", "[extract]") {
  CheckRow({"a name, then 'is'",
            "Mrs. Clanton has said she intends to fill half her cabinet with women, and Ms. "
            "Brainerd is among the few regarded as having the credentials.",
            "said", "Clanton", "Mrs. Clanton", "Mrs.",
            "she intends to fill half her cabinet with women", kAssert, "source-cue-content"});
  // A list of names in the reported clause goes on.
  CheckRow({"names in a list",
            "The monitor said the town was shelled by the army, the militia, and Hezbollah "
            "fighters.",
            "said", "the monitor", "The monitor", "",
            "the town was shelled by the army, the militia, and Hezbollah fighters", kAssert,
            "source-cue-content"});
}

}  // namespace
}  // namespace claimtrack

namespace claimtrack {
namespace {

TEST_CASE("'asked if', 'asked X whether': the question is the content; 'asked X to' is none",
          "[extract]") {
  CheckRow({"'asked if' with a 'that' inside the question",
            "A reporter asked if recent deployments in Iraq meant that he was reversing his "
            "pledge.",
            "asked", "a reporter", "A reporter", "",
            "if recent deployments in Iraq meant that he was reversing his pledge", kAssert,
            "source-cue-content"});
  CheckRow({"'asked X whether' with a 'that' inside the question",
            "A reporter asked Obame whether recent deployments meant that he was reversing his "
            "pledge.",
            "asked", "a reporter", "A reporter", "",
            "whether recent deployments meant that he was reversing his pledge", kAssert,
            "source-cue-content"});
  CheckRow({"'told X that' still skips the audience",
            "John Kerri told the ambassador to Syria that the talks had failed.", "told",
            "John Kerri", "John Kerri", "", "the talks had failed", kAssert, "source-cue-content"});
  // A request is what was asked: the audience and the infinitive, as after
  // "urged" ("Lavrov urged Tillerson to use his influence ...").
  CheckRow({"asked X to", "Mr. Bend asked her to call Mr. Chagory immediately if possible.",
            "asked", "Bend", "Mr. Bend", "Mr.", "her to call Mr. Chagory immediately if possible",
            kAssert, "source-cue-content"});
  CheckRow({"asked X to, with a question inside",
            "Two House committees asked the Justice Department to investigate whether the aide "
            "lied.",
            "asked", "two House committees", "Two House committees", "",
            "the Justice Department to investigate whether the aide lied", kAssert,
            "source-cue-content"});
  CheckRow({"told X to", "Mr. Obame told his advisers to find a way around Congress.", "told",
            "Obame", "Mr. Obame", "Mr.", "his advisers to find a way around Congress", kAssert,
            "source-cue-content"});
}

}  // namespace
}  // namespace claimtrack

namespace claimtrack {
namespace {

TEST_CASE("A quoted title is a show's or a document's name, not what was said", "[extract]") {
  CheckRow({"a show after 'told', then a participle",
            "\"Of course he is fair game,\" Fiorena told \"Fox and Friends,\" reminding viewers "
            "of the past.",
            "told", "Fiorena", "Fiorena", "", "Of course he is fair game", kAssert,
            "content-source-cue"});
  CheckRow({"a network's show after 'told'",
            "\"North Korea is a paranoid, isolated nation,\" Sandors told ABC's \"Good Morning "
            "America.\"",
            "told", "Sandors", "Sandors", "", "North Korea is a paranoid, isolated nation", kAssert,
            "content-source-cue"});
  CheckRow({"a show, then a that-clause", "Tramp told \"Fox and Friends\" that he would win.",
            "told", "Tramp", "Tramp", "", "he would win", kAssert, "source-cue-content"});
  CheckRow({"a titled document after 'according to'",
            "The plan would cost about $1.38 trillion a year, according to the \"Medicare for "
            "all\" document he released.",
            "according to", "\"Medicare for all\" document he released",
            "the \"Medicare for all\" document he released", "",
            "The plan would cost about $1.38 trillion a year", kAssert, "according-to-last",
            "The plan"});
  // A quotation in lowercase after "told" is what was said.
  CheckRow({"a quotation, not a title", "Tramp told reporters, \"we will win big.\"", "told",
            "Tramp", "Tramp", "", "we will win big", kAssert, "source-cue-content"});
}

TEST_CASE("One article before two roles joined by 'and' makes one source", "[extract]") {
  CheckRow({"two roles of one senator",
            "\"China is concerned,\" the independent Vermont senator and Democratic "
            "presidential candidate told reporters.",
            "told", "independent Vermont senator and Democratic presidential candidate",
            "the independent Vermont senator and Democratic presidential candidate", "",
            "China is concerned", kAssert, "content-source-cue"});
  // Two names joined by "and" stay two names of one source phrase.
  CheckRow({"two names", "Wilcocks and Berruff said the department is not needed.", "said",
            "Wilcocks and Berruff", "Wilcocks and Berruff", "", "the department is not needed",
            kAssert, "source-cue-content"});
}

}  // namespace
}  // namespace claimtrack

namespace claimtrack {
namespace {

TEST_CASE("Dashes around the source and the cue: the reporter's aside, an aside before 'that'",
          "[extract]") {
  CheckRow({"a dash after the source of a statement before it",
            "WASHINGTON -- A six-year trend of falling deficits will end this year, sooner than "
            "expected, the Congressional Budget Office reported on Tuesday -- a development "
            "that could shape the race.",
            "reported", "Congressional Budget Office", "the Congressional Budget Office", "",
            "A six-year trend of falling deficits will end this year, sooner than expected",
            kAssert, "content-source-cue"});
  CheckRow({"an aside between dashes before 'that'",
            "The ministry said — without giving evidence — that the strikes hit terrorists.",
            "said", "the ministry", "The ministry", "", "the strikes hit terrorists", kAssert,
            "source-cue-content"});
}

TEST_CASE("A statement opening outside its quotation resumes after the attribution", "[extract]") {
  CheckRow({"'The ''C1,'' he told X, ''and C2.'''",
            "John McGrow spoke on Monday. The ''animosity is like I've never seen before,'' he "
            "told Chris Cuomo of CNN after the debate, ''and I hope we can straighten it out.''",
            "told", "John McGrow", "he", "",
            "The ''animosity is like I've never seen before,'' he told Chris Cuomo of CNN after "
            "the debate, ''and I hope we can straighten it out",
            kAssert, "content-source-cue"});
  // Not after an opening phrase: the quotation after the cue is the content.
  CheckRow({"an opening participle's phrase with a quotation",
            "Holding signs calling Christy “New Jersey’s Biggest Loser,” the protesters chanted "
            "“Chris Christy: Bad for New Jersey.”",
            "chanted", "the protesters", "the protesters", "", "Chris Christy: Bad for New Jersey",
            kAssert, "source-cue-content"});
}

TEST_CASE("An opening mark written after a question closes the quotation", "[extract]") {
  CheckRow({"'“Q?“ he asked.'",
            "Chuck Tod spoke on Sunday. “Do you want to be associated with a fascist?“ he asked.",
            "asked", "Chuck Tod", "he", "", "Do you want to be associated with a fascist?", kAssert,
            "content-source-cue"});
}

}  // namespace
}  // namespace claimtrack

namespace claimtrack {
namespace {

TEST_CASE("'according to' a web site, and an appositive closing the sentence", "[extract]") {
  CheckRow({"a domain as the source",
            "They lived in Angers and were merchants, according to "
            "ouest-france.fr.",
            "according to", "ouest-france.fr", "ouest-france.fr", "",
            "They lived in Angers and were merchants", kAssert, "according-to-last"});
  CheckRow({"an appositive after the source",
            "It is still a major cash generator for the company, according to Brian Weaser, an "
            "analyst at Pivotal Research Group.",
            "according to", "Brian Weaser", "Brian Weaser", "analyst at Pivotal Research Group",
            "It is still a major cash generator for the company", kAssert, "according-to-last"});
  // A clause after the source: the content goes on around it.
  CheckRow({"a clause after the source",
            "About 10 p.m., according to a congressional timeline, the contractors left for the "
            "compound.",
            "according to", "a congressional timeline", "a congressional timeline", "",
            "About 10 p.m., according to a congressional timeline, the contractors left for the "
            "compound",
            kAssert, "according-to-middle"});
}

}  // namespace
}  // namespace claimtrack

namespace claimtrack {
namespace {

TEST_CASE("A passive without an agent inside a that-clause is part of what was said", "[extract]") {
  CheckRow({"'reports that X are believed to be Y'",
            "Metroe reports that daily binges on cheese are believed to be responsible for his "
            "weight gain.",
            "reports", "Metroe", "Metroe", "",
            "daily binges on cheese are believed to be responsible for his weight gain", kAssert,
            "source-cue-content"});
}

}  // namespace
}  // namespace claimtrack
