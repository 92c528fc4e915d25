// Tests for the Tokenizer, LowerText and FindQuotations: news words kept
// whole, quote marks told apart, quotations paired and closed at paragraph
// ends, and invalid UTF-8 read without crashing. Sentences come from the
// articles in tests/data/seeds.
#include "text/tokenizer.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "extract/extraction_rules.h"

namespace claimtrack {
namespace {

const ExtractionRules& Rules() {
  static const ExtractionRules rules = [] {
    ExtractionRules loaded;
    Status status = ExtractionRules::Load(CLAIMTRACK_SOURCE_RULES_DIR, &loaded);
    INFO(status.message());
    REQUIRE(status.ok());
    return loaded;
  }();
  return rules;
}

std::vector<Token> TokenizeAll(const std::string& text) {
  Tokenizer tokenizer(&Rules().abbreviation_set);
  return tokenizer.Tokenize(text, Span{0, text.size()});
}

std::vector<std::string> Texts(const std::string& text, const std::vector<Token>& tokens) {
  std::vector<std::string> out;
  for (const Token& t : tokens) out.emplace_back(t.span.in(text));
  return out;
}

std::vector<std::string> Quotations(const std::string& text) {
  std::vector<std::string> out;
  for (const Span& span : FindQuotations(text)) out.emplace_back(span.in(text));
  return out;
}

TEST_CASE("Tokenizer keeps news words whole", "[text]") {
  struct Case {
    const char* sentence;
    const char* word;   // as written
    const char* lower;  // Token::lower
    TokenKind kind;
  };
  const Case cases[] = {
      {"That claim was immediately denied by the U.S.-led coalition.", "U.S.-led", "u.s.-led",
       TokenKind::kWord},
      {"Russia’s claim that its warplanes flew a joint mission over Syria with the U.S.-led "
       "coalition is “rubbish.”",
       "U.S.-led", "u.s.-led", TokenKind::kWord},
      {"Syria’s rebels distance themselves from an al-Qaida linked group in Syria.", "al-Qaida",
       "al-qaida", TokenKind::kWord},
      {"The harsh and uncompromising tone of Ja’afari’s remarks was a bad omen.", "Ja’afari’s",
       "ja'afari's", TokenKind::kWord},
      {"Ja’afari accused the opposition.", "Ja’afari", "ja'afari", TokenKind::kWord},
      {"They were merchants, according to ouest-france.fr.", "ouest-france.fr", "ouest-france.fr",
       TokenKind::kWord},
      {"A petition on Change.org asks for a ban.", "Change.org", "change.org", TokenKind::kWord},
      {"Bashar al-Ja’afari, Syria’s U.N. ambassador, says the offensive will continue.",
       "al-Ja’afari", "al-ja'afari", TokenKind::kWord},
      {"Bashar al-Ja’afari, Syria’s U.N. ambassador, says the offensive will continue.", "Syria’s",
       "syria's", TokenKind::kWord},
      {"Bashar al-Ja’afari, Syria’s U.N. ambassador, says the offensive will continue.", "U.N.",
       "u.n.", TokenKind::kWord},
      {"The two countries have “serious differences” in ending the six-year war that has "
       "killed 320,000 people, De Mistura said.",
       "320,000", "320,000", TokenKind::kNumber},
      {"The two countries have “serious differences” in ending the six-year war that has "
       "killed 320,000 people, De Mistura said.",
       "six-year", "six-year", TokenKind::kWord},
      {"The U.N. refugee agency is seeking $4.63 billion in new funding.", "4.63", "4.63",
       TokenKind::kNumber},
      {"9:30 p.m.", "p.m.", "p.m.", TokenKind::kWord},
      // A slash between digits joins a date or a figure: "9/11", "24/7", "1/23/2017".
      {"“They are wrong,” said 9/11 widow Jane Roe.", "9/11", "9/11", TokenKind::kNumber},
      {"The hotline is open 24/7, the ministry said.", "24/7", "24/7", TokenKind::kNumber},
      {"The memo, dated 1/23/2017, was leaked.", "1/23/2017", "1/23/2017", TokenKind::kNumber},
      {"Texas/Tribune poll", "/", "/", TokenKind::kPunct},
      {"U.S. Air Force Col. John Dorrian, a coalition spokesman, labeled the claim.", "Col.",
       "col.", TokenKind::kWord},
      {"He says the talks are scheduled to conclude Tuesday. He didn’t elaborate.", "didn’t",
       "didn't", TokenKind::kWord},
      {"Kurtulmus says that “al-Bab is not an operation that was launched to clear it.”", "al-Bab",
       "al-bab", TokenKind::kWord},
  };
  for (const Case& c : cases) {
    INFO(c.sentence << "  /  " << c.word);
    std::string text = c.sentence;
    std::vector<Token> tokens = TokenizeAll(text);
    const Token* found = nullptr;
    for (const Token& t : tokens) {
      if (t.span.in(text) == c.word) found = &t;
    }
    std::string shown;
    for (const std::string& t : Texts(text, tokens)) shown += t + " | ";
    INFO("tokens: " << shown);
    REQUIRE(found != nullptr);
    CHECK(found->lower == c.lower);
    CHECK(found->kind == c.kind);
  }
}

TEST_CASE("Tokenizer splits a sentence into words and punctuation", "[text]") {
  const std::string text =
      "Bashar Ja’afari, Syria’s U.N. ambassador, says rebel leader Mohammad Alloush’s speech in "
      "Astana did not rise to the level of the gathering.";
  std::vector<Token> tokens = TokenizeAll(text);
  CHECK(Texts(text, tokens) ==
        std::vector<std::string>{"Bashar",     "Ja’afari",  ",",      "Syria’s",   "U.N.",
                                 "ambassador", ",",         "says",   "rebel",     "leader",
                                 "Mohammad",   "Alloush’s", "speech", "in",        "Astana",
                                 "did",        "not",       "rise",   "to",        "the",
                                 "level",      "of",        "the",    "gathering", "."});
  REQUIRE(tokens.size() == 25);
  CHECK(tokens[0].capitalized);
  CHECK_FALSE(tokens[7].capitalized);
  CHECK(tokens[2].kind == TokenKind::kPunct);
  CHECK(tokens[24].kind == TokenKind::kPunct);
}

TEST_CASE("Tokenizer takes a sentence's final period apart from an unlisted word", "[text]") {
  // "Syria" is not in abbreviations.txt: its period ends the sentence and is a
  // token of its own (a listed "Col." keeps its period, see above).
  const std::string text = "Russia has conducted an air campaign in Syria.";
  std::vector<Token> tokens = TokenizeAll(text);
  REQUIRE(tokens.size() >= 2);
  CHECK(tokens[tokens.size() - 2].span.in(text) == "Syria");
  CHECK(tokens.back().span.in(text) == ".");
  CHECK(tokens.back().kind == TokenKind::kPunct);
}

TEST_CASE("Tokenizer tells quote marks apart", "[text]") {
  struct Case {
    const char* mark;
    TokenKind kind;
  };
  const Case cases[] = {
      {"“", TokenKind::kOpenQuote},  {"”", TokenKind::kCloseQuote}, {"‘", TokenKind::kOpenQuote},
      {"’", TokenKind::kCloseQuote}, {"«", TokenKind::kOpenQuote},  {"»", TokenKind::kCloseQuote},
      {"\"", TokenKind::kQuote},     {"'", TokenKind::kQuote},
  };
  for (const Case& c : cases) {
    INFO(c.mark);
    std::string text = std::string(c.mark) + " ";
    std::vector<Token> tokens = TokenizeAll(text);
    REQUIRE(tokens.size() == 1);
    CHECK(tokens[0].kind == c.kind);
    CHECK(tokens[0].is_quote());
  }
}

TEST_CASE("Tokenizer turns curly marks written the wrong way round by their place", "[text]") {
  std::vector<Token> tokens = TokenizeAll("”Fear,“ he said.");
  REQUIRE(tokens.size() == 7);
  CHECK(tokens[0].kind == TokenKind::kOpenQuote);
  CHECK(tokens[3].kind == TokenKind::kCloseQuote);
  // As written elsewhere: “ before a word, ” after one.
  tokens = TokenizeAll("a “b” c");
  REQUIRE(tokens.size() == 5);
  CHECK(tokens[1].kind == TokenKind::kOpenQuote);
  CHECK(tokens[3].kind == TokenKind::kCloseQuote);
}

TEST_CASE("Tokenizer: single quotes around words are marks but inside words apostrophes",
          "[text]") {
  const std::string text =
      "The US-led coalition is sending more armored vehicles to ‘keep the focus on ISIS’, a "
      "coalition spokesperson said on Saturday.";
  std::vector<Token> tokens = TokenizeAll(text);
  std::vector<std::string> texts = Texts(text, tokens);
  auto open = std::find(texts.begin(), texts.end(), "‘");
  auto close = std::find(texts.begin(), texts.end(), "’");
  REQUIRE(open != texts.end());
  REQUIRE(close != texts.end());
  CHECK(*(open + 1) == "keep");
  CHECK(*(close - 1) == "ISIS");
  CHECK(tokens[open - texts.begin()].kind == TokenKind::kOpenQuote);
  CHECK(tokens[close - texts.begin()].kind == TokenKind::kCloseQuote);
}

TEST_CASE("Tokenizer stays inside the range it is given", "[text]") {
  const std::string text =
      "Alloush also reiterated the call. Syria’s government envoy later slammed the speech.";
  std::size_t begin = text.find("Syria’s");
  std::size_t end = text.find(" later");
  Tokenizer tokenizer(&Rules().abbreviation_set);
  std::vector<Token> tokens = tokenizer.Tokenize(text, Span{begin, end});
  CHECK(Texts(text, tokens) == std::vector<std::string>{"Syria’s", "government", "envoy"});
}

TEST_CASE("Tokenizer reads ASCII and other scripts alike", "[text]") {
  // ASCII goes through a table, everything else through ICU: both must
  // classify, capitalize and lowercase the same way.
  struct Case {
    const char* sentence;
    std::vector<std::string> words;  // as written, in order
    std::vector<std::string> lower;
  };
  const Case cases[] = {
      {"\tÉlysée\r\nofficials\v\fsaid", {"Élysée", "officials", "said"},
       {"élysée", "officials", "said"}},
      {"ÜNAL\u00a0and\u2003NAÏVE café-goers", {"ÜNAL", "and", "NAÏVE", "café-goers"},
       {"ünal", "and", "naïve", "café-goers"}},
      {"Cafe\u0301 owner Ja’afari, 320,000", {"Cafe\u0301", "owner", "Ja’afari", ",", "320,000"},
       {"cafe\u0301", "owner", "ja'afari", ",", "320,000"}},
      {"\u0663\u0664 Москва заявила", {"\u0663\u0664", "Москва", "заявила"},
       {"\u0663\u0664", "москва", "заявила"}},
  };
  for (const Case& test : cases) {
    INFO(test.sentence);
    std::vector<Token> tokens = TokenizeAll(test.sentence);
    CHECK(Texts(test.sentence, tokens) == test.words);
    std::vector<std::string> lower;
    for (const Token& token : tokens) lower.push_back(token.lower);
    CHECK(lower == test.lower);
  }
  std::vector<Token> tokens = TokenizeAll("Élysée élysée ÜNAL UN \u0663 a");
  REQUIRE(tokens.size() == 6);
  CHECK(tokens[0].capitalized);
  CHECK_FALSE(tokens[1].capitalized);
  CHECK(tokens[2].capitalized);
  CHECK(tokens[3].all_caps);
  CHECK(tokens[4].kind == TokenKind::kNumber);  // an Arabic-Indic digit
  CHECK(tokens[5].kind == TokenKind::kWord);
  CHECK_FALSE(tokens[5].capitalized);
}

TEST_CASE("Tokenizer lowercases ASCII words of every length alike, far from and near the end",
          "[text]") {
  // ASCII words are lowercased eight bytes at a time when 16 bytes of text
  // follow their start, byte by byte otherwise: the results must agree.
  struct Expected {
    std::string lower;
    bool capitalized;
    bool all_caps;
  };
  const std::vector<std::pair<std::string, Expected>> words = {
      {"A", {"a", true, false}},
      {"UN", {"un", true, true}},
      {"Un", {"un", true, false}},
      {"uN", {"un", false, false}},
      {"X1", {"x1", true, false}},
      {"G20", {"g20", true, false}},
      {"NATOs", {"natos", true, false}},
      {"ABCDEFGH", {"abcdefgh", true, true}},
      {"ABCDEFGHi", {"abcdefghi", true, false}},
      {"aBCDEFGHI", {"abcdefghi", false, false}},
      {"abcdefgZ", {"abcdefgz", false, false}},
      {"ZaaaaaaaaaaaaaaaaaaaaaaaZ", {"zaaaaaaaaaaaaaaaaaaaaaaaz", true, false}},
      {"ABCDEFGHIJKLMNOP", {"abcdefghijklmnop", true, true}},
      {"ABCDEFGHIJKLMNOPQ", {"abcdefghijklmnopq", true, true}},
      {"abcdefghijklmnoZ", {"abcdefghijklmnoz", false, false}},
      {"Q9zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz", {"q9zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz", true, false}},
      {"AaZz09", {"aazz09", true, false}},
      {"H", {"h", true, false}},
  };
  for (const auto& [word, expected] : words) {
    // Alone (near the end), and before a long tail and after other words.
    for (const std::string& text : {word, word + ", and then some more words follow it here.",
                                    "Before it " + word + " after it, and on and on to the end."}) {
      INFO(text);
      std::vector<Token> tokens = TokenizeAll(text);
      auto it = std::find_if(tokens.begin(), tokens.end(),
                             [&](const Token& t) { return t.span.in(text) == word; });
      REQUIRE(it != tokens.end());
      CHECK(it->kind == TokenKind::kWord);
      CHECK(it->lower == expected.lower);
      CHECK(it->capitalized == expected.capitalized);
      CHECK(it->all_caps == expected.all_caps);
    }
  }
}

TEST_CASE("Tokenizer makes one token of each ASCII punctuation byte", "[text]") {
  const std::string text = "(Yes)! \"No\" [x]; a,b: $5 -- 'q' ``z'' %\x01";
  std::vector<Token> tokens = TokenizeAll(text);
  std::vector<std::string> expected = {"(", "Yes", ")", "!", "\"", "No", "\"", "[", "x", "]", ";",
                                       "a", ",", "b", ":", "$", "5", "-", "-", "'", "q", "'",
                                       "``", "z", "''", "%", "\x01"};
  CHECK(Texts(text, tokens) == expected);
  for (const Token& t : tokens) {
    INFO(t.span.in(text));
    if (t.is_word() || t.kind == TokenKind::kNumber) continue;
    std::string_view written = t.span.in(text);
    CHECK(t.lower == (written == "``" ? std::string("``") : LowerText(written)));
    CHECK_FALSE(t.capitalized);
    CHECK_FALSE(t.all_caps);
    if (written == "\"" || written == "'" || written == "''") {
      CHECK(t.kind == TokenKind::kQuote);
    } else if (written == "``") {
      CHECK(t.kind == TokenKind::kOpenQuote);
    } else {
      CHECK(t.kind == TokenKind::kPunct);
    }
  }
}

TEST_CASE("LowerString compares with string literals as std::string does", "[text]") {
  LowerString said("said");
  CHECK(said == "said");
  CHECK("said" == said);
  CHECK_FALSE(said == "sai");
  CHECK_FALSE(said == "saidx");
  CHECK_FALSE(said == "says");
  CHECK(said != "says");
  CHECK_FALSE(said != "said");
  LowerString empty;
  CHECK(empty == "");
  CHECK_FALSE(empty == ",");
  // Bytes after a NUL inside the string count, as for std::string.
  LowerString with_nul(std::string("a\0b", 3));
  CHECK_FALSE(with_nul == "a");
  // Everything else is std::string's.
  std::string copy = said;
  CHECK(copy == "said");
  LowerString assigned;
  assigned = std::string("u.s.");
  CHECK(assigned == "u.s.");
  CHECK(assigned.size() == 4);
  CHECK(std::string_view(assigned) == "u.s.");
  CHECK(assigned == std::string("u.s."));
  const std::string* as_base = &assigned;
  CHECK(*as_base == "u.s.");
}

TEST_CASE("LowerText lowercases Unicode and writes curly apostrophes as '", "[text]") {
  CHECK(LowerText("Ja’afari") == "ja'afari");
  CHECK(LowerText("‘Russia’S’") == "'russia's'");
  CHECK(LowerText("U.S.-LED") == "u.s.-led");
  CHECK(LowerText("ÉTAT Ölçü") == "état ölçü");
  // ASCII runs of every length around the eight-byte steps, then the rest
  // after the first other byte, and bytes next to 'A' and 'Z'.
  CHECK(LowerText("") == "");
  CHECK(LowerText("@AZ[`az{") == "@az[`az{");
  CHECK(LowerText("WASHINGTON (Reuters) - THE U.S. SAID") == "washington (reuters) - the u.s. said");
  CHECK(LowerText("ABCDEFGH") == "abcdefgh");
  CHECK(LowerText("ABCDEFGHI") == "abcdefghi");
  CHECK(LowerText("WASHINGTON’S ÉLAN, KREMLIN") == "washington's élan, kremlin");
  CHECK(LowerText("ABCDEFG\xff HIJ") == "abcdefg\xef\xbf\xbd hij");
  CHECK(LowerText("\x01\x7f\t\nMIXED case 123") == "\x01\x7f\t\nmixed case 123");
}

TEST_CASE("FindQuotations pairs quotation marks", "[text]") {
  struct Case {
    const char* name;
    std::string text;
    std::vector<std::string> quotations;
  };
  const Case cases[] = {
      {"curly quotes, with apostrophes in between",
       "Ja’afari in remarks to reporters in Astana repeatedly referred to the rebel delegation "
       "as representatives of “terrorist armed groups.” He also said that the agenda for the "
       "talks is “not ready yet.”",
       {"“terrorist armed groups.”", "“not ready yet.”"}},
      {"straight quotes",
       "The Russian foreign ministry said Lavrov had urged Tillerson to prevent \"provocations\" "
       "against Syrian government forces.",
       {"\"provocations\""}},
      {"single quotes inside a quotation belong to it",
       "He said “they called the Russian claim ‘rubbish’ today” and left.",
       {"“they called the Russian claim ‘rubbish’ today”"}},
      {"guillemets",
       "Lavrov said «these talks started today» in Moscow.",
       {"«these talks started today»"}},
      {"a curly opening closed by a straight mark",
       "“Our roads are crumbling,\" she said. \"Families endure blackouts.\"",
       {"“Our roads are crumbling,\"", "\"Families endure blackouts.\""}},
      {"a straight opening closed by a curly mark",
       "\"We learned a lot in one week,” he said.",
       {"\"We learned a lot in one week,”"}},
      {"a straight quotation inside a curly one, and the other way round",
       "“He said \"no\" to me,” Lee said. \"She said “yes” to me,\" Kim said.",
       {"“He said \"no\" to me,”", "\"She said “yes” to me,\""}},
      {"a quotation left open closes at the paragraph end",
       "Alexander Musienko told reporters that preparatory talks on Sunday were “hard going "
       "….But one needs to give time to our negotiators to let them complete their mission.\n\n"
       "“Undoubtedly one cannot resolve issues like this in just one day,” he added.",
       {"“hard going ….But one needs to give time to our negotiators to let them complete their "
        "mission.",
        "“Undoubtedly one cannot resolve issues like this in just one day,”"}},
      {"a stray straight quote does not swallow the next paragraph",
       "The barrel is 5\" long.\n\nTass said \"the talks began\" on Monday.",
       {"\" long.", "\"the talks began\""}},
      {"an opening at the very end", "He said “", {"“"}},
      {"a straight quotation left open before another one opens",
       "He added: \"Their actions have reflected our pride. \"I have been honoured to speak.\" "
       "Alex Salmon said it had received a boost.",
       {"\"Their actions have reflected our pride.", "\"I have been honoured to speak.\""}},
      // FindQuotations passes over most bytes by a table: the marks must be
      // found after other scripts, cut or stray UTF-8 sequences and CRs.
      {"marks after other scripts and emoji",
       "Москва заявила 😀 “talks began” — «ça va» and „so”.",
       {"“talks began”", "«ça va»", "„so”"}},
      {"marks after cut and stray sequences",
       "\xF0\xE2\x80\x9Cone\xE2\x80\x9D \xE2\x80\xE2\x80\x9Ctwo\xE2\x80\x9D "
       "\x80\xC2\xABthree\xC2\xBB",
       {"\xE2\x80\x9Cone\xE2\x80\x9D", "\xE2\x80\x9Ctwo\xE2\x80\x9D", "\xC2\xABthree\xC2\xBB"}},
      {"a lone CR ends a paragraph", "He said “one\rShe said “two”", {"“one", "“two”"}},
      {"doubled straight marks", "He said ''no'' and ``yes'' today.", {"''no''", "``yes''"}},
      // Marks written the wrong way round do what their place says.
      {"a closing mark opening a paragraph",
       "Getty.\n\n”Fear. I am truly afraid.” ― Edwin Monroy",
       {"”Fear. I am truly afraid.”"}},
      {"an opening mark closing after a comma",
       "“The reality is, that could create problems,“ said Jim Clyburn. “It is hard.”",
       {"“The reality is, that could create problems,“", "“It is hard.”"}},
      {"an opening mark closing a word before a space",
       "He called the KKK “abhorrent“ in a tweet and “evil” later.",
       {"“abhorrent“", "“evil”"}},
      {"a nested opening after a space stays an opening",
       "He said “they said “no” today” and left.",
       {"“they said “no”"}},
  };
  for (const Case& c : cases) {
    SECTION(c.name) { CHECK(Quotations(c.text) == c.quotations); }
  }
}

TEST_CASE("FindQuotations never runs a quotation across a paragraph in the seed articles",
          "[text]") {
  namespace fs = std::filesystem;
  int articles = 0;
  for (const auto& entry : fs::directory_iterator(fs::path(CLAIMTRACK_TEST_DATA_DIR) / "seeds")) {
    std::ifstream in(entry.path(), std::ios::binary);
    std::stringstream buffer;
    buffer << in.rdbuf();
    std::string text = buffer.str();
    ++articles;
    for (const Span& span : FindQuotations(text)) {
      INFO(entry.path().filename().string() << ": " << span.in(text));
      CHECK(span.in(text).find('\n') == std::string_view::npos);
      CHECK(span.end <= text.size());
    }
  }
  CHECK(articles >= 5);
}

TEST_CASE("Tokenizer and FindQuotations survive invalid UTF-8", "[text]") {
  const std::string texts[] = {
      "\xff\xfe Tass said \xc3 the talks \xe2\x80 began.",
      "\xe2\x80",                       // a curly quote cut short
      "“rubbish\xe2",                   // an opening quote, then a cut sequence
      std::string("ab\0cd", 5),         // a NUL byte
      "\xf4\x90\x80\x80 \xed\xa0\x80",  // above U+10FFFF, a lone surrogate
  };
  for (const std::string& text : texts) {
    std::vector<Token> tokens = TokenizeAll(text);
    for (const Token& t : tokens) {
      CHECK(t.span.begin < t.span.end);
      CHECK(t.span.end <= text.size());
    }
    for (const Span& span : FindQuotations(text)) CHECK(span.end <= text.size());
    (void)LowerText(text);
  }
  std::vector<Token> tokens = TokenizeAll(texts[0]);
  std::vector<std::string> words;
  for (const Token& t : tokens) {
    if (t.is_word()) words.emplace_back(t.span.in(texts[0]));
  }
  CHECK(std::find(words.begin(), words.end(), "Tass") != words.end());
  CHECK(std::find(words.begin(), words.end(), "began") != words.end());
}

}  // namespace
}  // namespace claimtrack
