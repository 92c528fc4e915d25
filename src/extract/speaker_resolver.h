// SpeakerResolver: turns source phrases into the speakers they name, within
// one article.
//   - Names take their longest earliest form in the article: "Ja’afari" and
//     "Bashar al-Ja’afari" are the same person, named "Bashar al-Ja’afari"
//     when that form comes first and is longest.
//   - Pronouns resolve to the last compatible source: he/she to a person, it
//     to an organization or country, they to a group or organization.
//   - Definite descriptions ("the ministry", "the Ambassador", "the
//     officials") resolve to the last source whose name or role has that word.
// Use one resolver per article; call LearnNames first, then Resolve in text
// order.
#pragma once

#include <array>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "extract/source_phrase.h"

namespace claimtrack {

struct ResolvedSource {
  std::string name;
  std::string role;
  SourceKind kind = SourceKind::kUnknown;
};

class SpeakerResolver {
 public:
  // Records every proper name of the article, so that a short form can take
  // a longer form that appears later.
  void LearnNames(const std::vector<SourcePhrase>& phrases);

  // Records a person named at byte `offset` who need not be a source
  // ("Kasich" in "Kasich’s rally drew ... . “...,” he told ..."), so that a
  // later pronoun can refer to him. Call in text order, before Resolve calls
  // for later offsets.
  // `subject`: the name opens its sentence, the likeliest antecedent of a
  // later "it", "he" or "she" (the previous sentence's subject, as centering
  // theory has it). `sentence`: where the mention's sentence starts, so that
  // its subject can be told from a later name in it.
  void AddMention(const SourcePhrase& phrase, std::size_t offset, bool subject = false,
                  std::size_t sentence = 0);

  // Resolves `phrase` (found in a sentence starting at byte `offset`), given
  // the sources resolved and the people mentioned before it. Returns false
  // when a pronoun has no compatible antecedent; nothing is recorded then.
  // The source is recorded as the latest speaker, whom a later "he" or "the
  // ministry" may stand for, unless `speaks` is false: the owner of "Trump's
  // claim that ..." is no speaker of the sentence.
  bool Resolve(const SourcePhrase& phrase, std::size_t offset, ResolvedSource* out,
               bool speaks = true);

  // A person's gender as titles, roles and kinship words in the article
  // tell it ("Mr", "Lady", "spokeswoman"); he and she skip a person of the
  // other one.
  enum class Gender { kUnknown, kMale, kFemale };

 private:
  // Resolve, recording the source as the latest speaker.
  bool ResolveAndRecord(const SourcePhrase& phrase, std::size_t offset, ResolvedSource* out);
  struct Known {
    ResolvedSource source;
    std::string mention_lower;
    bool proper = false;  // named ("Iran"), not described ("a regional source")
    std::size_t offset = 0;
    bool subject = false;
    std::size_t sentence = 0;  // for a mention: where its sentence starts
    // For a mention: the index in mentions_ of the subject of its sentence
    // named before it, or kNoSubject.
    std::size_t sentence_subject = static_cast<std::size_t>(-1);
  };
  // A proper name of the article with what CanonicalName compares, computed
  // once when it is learned: CanonicalName runs for every mention against
  // every name, so recomputing them made resolution quadratic in NameKey
  // calls (docs/performance.md).
  struct KnownName {
    SourcePhrase phrase;
    std::vector<std::string> key;   // NameKey(phrase.name)
    bool possessive_first = false;  // the first word ends in 's ("Russia's Defense Ministry")
  };
  // The canonical long form of a proper name, or the name itself, and its
  // kind; remembered in canonical_.
  std::string CanonicalName(const SourcePhrase& phrase, SourceKind* kind) const;
  std::string FindCanonicalName(const SourcePhrase& phrase, SourceKind* kind) const;
  // The same, given the name's NameKey (or views of its words).
  template <typename Key>
  std::string FindCanonicalName(const SourcePhrase& phrase, const Key& key, SourceKind* kind) const;

  // CanonicalName's answers for one name, by SourceKind (as an index).
  using CanonicalAnswers = std::array<std::optional<std::pair<std::string, SourceKind>>, 4>;
  // Hashes a std::string key and a std::string_view looked up alike.
  struct NameHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view name) const noexcept {
      return std::hash<std::string_view>{}(name);
    }
  };

  std::vector<KnownName> names_;  // proper names in order of appearance
  // The answer for a name of one word, which most mentions are ("Kasich",
  // "Russia"), read from two maps kept as names_ grows, with no memo: by a
  // word, the index in names_ of the first of the longest names of two
  // words or more, not of an organization or group, that end with it; and of
  // the first organization's name of two words or more that starts with it
  // (its first word not possessive). FindCanonicalName gives the same.
  std::unordered_map<std::string, std::size_t, NameHash, std::equal_to<>> person_by_last_word_;
  std::unordered_map<std::string, std::size_t, NameHash, std::equal_to<>>
      organization_by_first_word_;
  std::string OneWordCanonicalName(const SourcePhrase& phrase, SourceKind* kind) const;
  // CanonicalName's answers since the last LearnNames, by name and kind.
  mutable std::unordered_map<std::string, CanonicalAnswers, NameHash, std::equal_to<>> canonical_;
  // Notes the gender that the words of `lower_words` and then of `role` (as
  // written; lowercased here) give, when they give one and `name` has none yet.
  void NoteGender(const std::string& name, std::string_view lower_words, std::string_view role);
  bool GenderFits(const std::string& name, Gender wanted) const;

  std::unordered_map<std::string, Gender> genders_;  // by canonical name, first evidence wins
  std::vector<Known> history_;   // resolved sources in text order
  std::vector<Known> mentions_;  // people named in the text, in text order
};

// A name's comparison key: lowercase words without "al-" prefixes and
// possessive endings ("Bashar al-Ja’afari" -> {"bashar", "ja'afari"}).
std::vector<std::string> NameKey(std::string_view name);

}  // namespace claimtrack
