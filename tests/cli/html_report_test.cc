// The html report in a real browser: headless Chromium (Debian's chromium
// package) loads the report of the sample store from a file:// URL, and the
// DOM it dumps after the page's script has run is checked: a dispute card per
// dispute of the JSON report, the joint-airstrike card, a filter from the URL
// fragment hiding the cards it should, and article text that never becomes
// elements. A screenshot is saved for a person to look at. Where
// /usr/bin/chromium is absent, the test says it is skipped and passes.
#include <algorithm>
#include <catch2/catch.hpp>
#include <cctype>
#include <filesystem>
#include <iostream>
#include <string>
#include <vector>

#include "base/json.h"
#include "run_binary.h"

namespace claimtrack::test {
namespace {

namespace fs = std::filesystem;

const fs::path kSeeds = fs::path(CLAIMTRACK_TEST_DATA_DIR) / "seeds";
const fs::path kChromium = "/usr/bin/chromium";

std::string Describe(const ProcessResult& run) {
  return "exit " + std::to_string(run.exit_code) + (run.timed_out ? " (timed out)" : "") +
         "\n--- stdout:\n" + run.out.substr(0, 4000) + "\n--- stderr:\n" + run.err.substr(0, 4000);
}

std::size_t Count(const std::string& text, const std::string& part) {
  std::size_t count = 0;
  for (std::size_t pos = text.find(part); pos != std::string::npos;
       pos = text.find(part, pos + part.size())) {
    ++count;
  }
  return count;
}

// Headless Chromium as root on a machine without network: no sandbox (root),
// no GPU, nothing that phones home, a fresh profile per run.
ProcessResult RunChromium(const TempDir& dir, const std::vector<std::string>& args) {
  static int profiles = 0;
  std::vector<std::string> argv = {
      kChromium.string(),
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--disable-dev-shm-usage",
      "--user-data-dir=" + dir.File("profile-" + std::to_string(++profiles))};
  argv.insert(argv.end(), args.begin(), args.end());
  ProcessOptions options;
  options.timeout_seconds = 120;
  return RunProcess(argv, options);
}

// The dispute cards of a dumped DOM, in order: each one's opening tag and
// its markup up to its </article> (a card holds no other article): enough to
// tell a card's words and whether it carries the `hidden` attribute.
struct Card {
  std::string tag;   // "<article class=\"dispute\" ... >"
  std::string body;  // what lies between the tag and its </article>
  bool hidden() const { return Contains(tag, " hidden"); }
};

std::vector<Card> DisputeCards(const std::string& dom) {
  std::vector<Card> cards;
  const std::string marker = "data-testid=\"dispute\"";
  std::size_t pos = dom.find(marker);
  while (pos != std::string::npos) {
    const std::size_t open = dom.rfind('<', pos);
    const std::size_t close = dom.find('>', pos);
    std::size_t end = dom.find("</article>", close);
    if (end == std::string::npos) end = dom.size();
    cards.push_back({dom.substr(open, close + 1 - open), dom.substr(close + 1, end - close - 1)});
    pos = dom.find(marker, end);
  }
  return cards;
}

// The joint airstrike card: the Russian claim of a joint mission, called
// propaganda by Col. John Dorrian.
bool IsJointMission(const Card& card) {
  return Contains(card.body, "joint mission") && Contains(card.body, "Dorrian");
}

std::string Lower(std::string text) {
  for (char& c : text) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return text;
}

// `text` for a URL fragment: letters and digits as they are, the rest %XX.
std::string PercentEncode(const std::string& text) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : text) {
    if (std::isalnum(c)) {
      out += static_cast<char>(c);
    } else {
      out += '%';
      out += kHex[c >> 4];
      out += kHex[c & 15];
    }
  }
  return out;
}

TEST_CASE("the html report works in headless Chromium", "[html]") {
  if (!fs::exists(kChromium)) {
    WARN("SKIPPED: chromium not installed (" << kChromium.string()
                                             << "; apt-get install chromium chromium-driver)");
    return;
  }
  TempDir dir;
  const std::string db = dir.File("seeds.sqlite");
  ProcessResult ingest = RunClaimtrack({"ingest", "--db", db, kSeeds.string()});
  INFO("ingest: " << Describe(ingest));
  REQUIRE(ingest.exit_code == 0);
  ProcessResult match = RunClaimtrack({"match", "--db", db});
  INFO("match: " << Describe(match));
  REQUIRE(match.exit_code == 0);

  ProcessResult json = RunClaimtrack({"report", "--db", db, "--format", "json"});
  REQUIRE(json.exit_code == 0);
  JsonValue root;
  REQUIRE(ParseJson(json.out, &root).ok());
  const std::vector<JsonValue>& disputes = root.Find("disputes")->as_array();
  REQUIRE(disputes.size() >= 2);
  // The disputes a reader filtering on side Russia should still see.
  const std::size_t russian =
      std::count_if(disputes.begin(), disputes.end(), [](const JsonValue& d) {
        const std::vector<JsonValue>& claims = d.Find("claims")->as_array();
        return std::any_of(claims.begin(), claims.end(),
                           [](const JsonValue& c) { return c.GetString("side") == "Russia"; });
      });
  REQUIRE(russian >= 1);
  REQUIRE(russian < disputes.size());

  const std::string page = dir.File("report.html");
  ProcessResult html = RunClaimtrack({"report", "--db", db, "--format", "html", "-o", page});
  INFO("html: " << Describe(html));
  REQUIRE(html.exit_code == 0);
  const std::string url = "file://" + page;

  SECTION("every dispute is a card, the joint airstrike one among them") {
    ProcessResult run = RunChromium(dir, {"--dump-dom", url});
    INFO("chromium: " << Describe(run));
    REQUIRE(run.exit_code == 0);
    REQUIRE(Contains(run.out, "</html>"));
    const std::vector<Card> cards = DisputeCards(run.out);
    CHECK(cards.size() == disputes.size());
    CHECK(std::count_if(cards.begin(), cards.end(), IsJointMission) == 1);
    CHECK(std::none_of(cards.begin(), cards.end(), [](const Card& c) { return c.hidden(); }));
    // The page's script ran: it wrote the count of shown disputes.
    const std::string shown = std::to_string(disputes.size()) + " of " +
                              std::to_string(disputes.size()) + " disputes shown";
    CHECK(Contains(run.out, shown));

    // A picture for people: the side-by-side cards.
    const fs::path screenshot = dir.path().parent_path() / "claimtrack_html_report.png";
    ProcessResult shot = RunChromium(dir, {"--screenshot=" + screenshot.string(),
                                           "--window-size=1280,2000", "--hide-scrollbars", url});
    INFO("screenshot: " << Describe(shot));
    CHECK(shot.exit_code == 0);
    CHECK(fs::exists(screenshot));
    CHECK(fs::file_size(screenshot) > 10000);
    std::cout << "html report screenshot: " << screenshot.string() << "\n";
  }

  SECTION("a filter in the URL fragment hides the cards that do not match") {
    ProcessResult run = RunChromium(dir, {"--dump-dom", url + "#side=Russia"});
    INFO("chromium: " << Describe(run));
    REQUIRE(run.exit_code == 0);
    const std::vector<Card> cards = DisputeCards(run.out);
    REQUIRE(cards.size() == disputes.size());
    const std::size_t hidden =
        std::count_if(cards.begin(), cards.end(), [](const Card& c) { return c.hidden(); });
    CHECK(hidden == disputes.size() - russian);
    for (const Card& card : cards) {
      INFO(card.tag);
      if (IsJointMission(card)) CHECK_FALSE(card.hidden());
      // A shown card holds a Russian claim; a hidden one none.
      CHECK(Contains(card.body, "data-side=\"Russia\"") == !card.hidden());
    }
    CHECK(Contains(run.out, std::to_string(russian) + " of " + std::to_string(disputes.size()) +
                                " disputes shown"));

    // Search and topic together: the joint mission card stays, and any other
    // card only when it has that topic and the word.
    const auto joint = std::find_if(cards.begin(), cards.end(), IsJointMission);
    REQUIRE(joint != cards.end());
    const std::size_t topic_at = joint->tag.find("data-topic=\"") + 12;
    const std::string topic =
        joint->tag.substr(topic_at, joint->tag.find('"', topic_at) - topic_at);
    ProcessResult search =
        RunChromium(dir, {"--dump-dom", url + "#q=PROPAGANDA&topic=" + PercentEncode(topic)});
    INFO("topic " << topic << ": " << Describe(search));
    REQUIRE(search.exit_code == 0);
    const std::vector<Card> searched = DisputeCards(search.out);
    REQUIRE(searched.size() == disputes.size());
    for (const Card& card : searched) {
      INFO(card.tag);
      const bool expected = Contains(card.tag, "data-topic=\"" + topic + "\"") &&
                            Contains(Lower(card.body), "propaganda");
      CHECK(card.hidden() == !expected);
      if (IsJointMission(card)) CHECK_FALSE(card.hidden());
    }
  }

  SECTION("article text with markup never becomes elements") {
    const std::string xss_db = dir.File("xss.sqlite");
    const std::string text =
        "On Monday the Russian Defense Ministry announced that it had carried out a joint "
        "airstrike mission with coalition warplanes against IS in Syria "
        "<script>document.title='pwned'</script>. That claim was immediately denied by the "
        "Pentagon\n\nThe U.S. says Russia’s claim that its warplanes flew a joint mission "
        "\"><img src=x onerror=\"document.title='pwned'\"> is “rubbish.”\n";
    const std::string jsonl = "{\"id\": \"xss\", \"title\": " +
                              JsonQuote("<img src=x onerror=\"document.title='pwned'\">") +
                              ", \"date\": \"2017-02-01\", \"text\": " + JsonQuote(text) + "}\n";
    REQUIRE(RunClaimtrack({"ingest", "--db", xss_db, dir.Write("xss.jsonl", jsonl)}).exit_code ==
            0);
    REQUIRE(RunClaimtrack({"match", "--db", xss_db}).exit_code == 0);
    const std::string xss_page = dir.File("xss.html");
    REQUIRE(
        RunClaimtrack({"report", "--db", xss_db, "--format", "html", "-o", xss_page}).exit_code ==
        0);
    ProcessResult run = RunChromium(dir, {"--dump-dom", "file://" + xss_page});
    INFO("chromium: " << Describe(run));
    REQUIRE(run.exit_code == 0);
    REQUIRE(DisputeCards(run.out).size() >= 1);
    CHECK(Contains(run.out, "<title>Disputed claims</title>"));  // no script changed it
    CHECK_FALSE(Contains(run.out, "pwned</title>"));
    CHECK_FALSE(Contains(run.out, "<img"));
    CHECK(Count(run.out, "<script") == 1);
    CHECK(Contains(run.out, "&lt;script&gt;document.title='pwned'&lt;/script&gt;"));
  }
}

}  // namespace
}  // namespace claimtrack::test
