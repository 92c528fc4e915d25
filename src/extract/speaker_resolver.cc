// SpeakerResolver: canonical names, pronouns and definite descriptions.
#include "extract/speaker_resolver.h"

#include <algorithm>
#include <array>
#include <iterator>
#include <unordered_set>

#include "base/phrase_map.h"
#include "base/word_list.h"
#include "text/tokenizer.h"

namespace claimtrack {

namespace {

// Calls each(word) for the words of `text` split on spaces, as SplitWords
// splits them (runs of spaces separate, no empty words), without building
// strings: speaker resolution splits every mention and role this way.
template <typename Each>
void ForEachWord(std::string_view text, const Each& each) {
  std::size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && text[i] == ' ') ++i;
    std::size_t start = i;
    while (i < text.size() && text[i] != ' ') ++i;
    if (i > start) each(text.substr(start, i - start));
  }
}

// The gender titles, roles and kinship words give ("Mr", "Lady",
// "spokeswoman", "his wife"), gathered over one or more lowercase texts as if
// they were one text joined by spaces; kUnknown when the words give none or
// both.
class GenderOfWords {
 public:
  using Gender = SpeakerResolver::Gender;

  void Add(std::string_view lower_text) {
    ForEachWord(lower_text, [this](std::string_view word) {
      if (mixed_) return;
      while (!word.empty() && word.back() == '.') word.remove_suffix(1);
      Gender g = kMale.Contains(word)     ? Gender::kMale
                 : kFemale.Contains(word) ? Gender::kFemale
                                          : Gender::kUnknown;
      if (g == Gender::kUnknown) return;
      if (gender_ != Gender::kUnknown && gender_ != g) mixed_ = true;
      gender_ = g;
    });
  }

  Gender gender() const { return mixed_ ? Gender::kUnknown : gender_; }

 private:
  static constexpr WordList<22> kMale{std::array<std::string_view, 22>{
      "mr",     "sir",         "lord",       "king",        "prince",      "duke",
      "sheikh", "spokesman",   "chairman",   "congressman", "councilman",  "assemblyman",
      "father", "businessman", "son",        "brother",     "husband",     "uncle",
      "actor",  "grandfather", "boyfriend",  "nephew"}};
  static constexpr WordList<24> kFemale{std::array<std::string_view, 24>{
      "mrs",        "ms",          "miss",          "lady",          "dame",        "baroness",
      "queen",      "princess",    "duchess",       "spokeswoman",   "chairwoman",  "congresswoman",
      "councilwoman", "assemblywoman", "businesswoman", "mother",    "daughter",    "sister",
      "wife",       "aunt",        "grandmother",   "actress",       "girlfriend",  "niece"}};
  Gender gender_ = Gender::kUnknown;
  bool mixed_ = false;  // both genders seen: kUnknown, whatever follows
};

// One lowercase word as NameKey keeps it, in *out; false for a word it
// leaves out ("the").
bool KeyWord(std::string_view word, std::string_view* out) {
  if (word == "the") return false;
  if (word.size() > 3 && (word.substr(0, 3) == "al-" || word.substr(0, 3) == "el-")) {
    word.remove_prefix(3);
  }
  if (word.size() > 2 && word.substr(word.size() - 2) == "'s") word.remove_suffix(2);
  *out = word;
  return true;
}

// True when `shorter`'s words end `longer`'s (and `shorter` has some).
template <typename Words>
bool EndsWith(const std::vector<std::string>& longer, const Words& shorter) {
  if (shorter.empty() || shorter.size() > longer.size()) return false;
  return std::equal(shorter.rbegin(), shorter.rend(), longer.rbegin());
}

// NameKey(name) as views into `lower`, which it sets to LowerText(name): no
// string per word and, for a name of up to kMaxWords words, no vector.
class NameKeyView {
 public:
  static constexpr std::size_t kMaxWords = 16;

  NameKeyView(std::string_view name, std::string* lower) {
    *lower = LowerText(name);
    ForEachWord(*lower, [this](std::string_view word) {
      std::string_view kept;
      if (!KeyWord(word, &kept)) return;
      if (size_ < kMaxWords) words_[size_] = kept;
      ++size_;
    });
  }

  // False for a name of more than kMaxWords words, whose key is not held.
  bool complete() const { return size_ <= kMaxWords; }
  bool empty() const { return size_ == 0; }
  std::size_t size() const { return size_; }
  std::string_view operator[](std::size_t k) const { return words_[k]; }
  auto rbegin() const { return std::make_reverse_iterator(words_.begin() + size_); }
  auto rend() const { return std::make_reverse_iterator(words_.begin()); }

 private:
  std::array<std::string_view, kMaxWords> words_;
  std::size_t size_ = 0;
};

bool HasWord(std::string_view lower_text, std::string_view word) {
  bool found = false;
  ForEachWord(lower_text, [&](std::string_view w) { found = found || w == word; });
  return found;
}

}  // namespace

std::vector<std::string> NameKey(std::string_view name) {
  // The words of LowerText(name) that KeyWord keeps, with no string built
  // per word: CanonicalName computes this for every new name of an article.
  std::string lower = LowerText(name);
  std::vector<std::string> key;
  ForEachWord(lower, [&](std::string_view word) {
    std::string_view kept;
    if (KeyWord(word, &kept)) key.emplace_back(kept);
  });
  return key;
}

void SpeakerResolver::LearnNames(const std::vector<SourcePhrase>& phrases) {
  canonical_.clear();  // the names they were chosen from change
  // Most names an article mentions are asked about once or twice: room for
  // them up front, rather than rehashing every name as the memo grows.
  canonical_.reserve(64);
  // An article names the same people many times. A name learned again with
  // the same kind changes no answer of FindCanonicalName, which takes the
  // first of the longest matches, so names_ keeps each (name, kind) once:
  // every mention of a later name is compared with fewer names.
  std::array<std::unordered_set<std::string_view>, 4> learned;  // names by SourceKind
  names_.reserve(names_.size() + phrases.size());  // no KnownName moved as names_ grows
  for (const SourcePhrase& phrase : phrases) {
    if (!phrase.proper || phrase.pronoun != PronounKind::kNone) continue;
    if (!learned[static_cast<std::size_t>(phrase.kind)].insert(phrase.name).second) continue;
    // The name's lowercase words, split and keyed in one pass, as NameKey
    // keys them, with no string per word.
    const std::string lower = LowerText(phrase.name);
    KnownName name;
    bool two_sources = false;
    bool first = true;
    ForEachWord(lower, [&](std::string_view word) {
      // "US and Russia" names two sources, never the long form of one.
      if (word == "and") two_sources = true;
      if (first) {
        name.possessive_first = word.size() > 2 && word.substr(word.size() - 2) == "'s";
        first = false;
      }
      std::string_view kept;
      if (!two_sources && KeyWord(word, &kept)) name.key.emplace_back(kept);
    });
    if (two_sources) continue;
    name.phrase = phrase;
    names_.push_back(std::move(name));
    const KnownName& added = names_.back();
    const std::size_t index = names_.size() - 1;
    const SourceKind kind = added.phrase.kind;
    if (kind != SourceKind::kOrganization && kind != SourceKind::kGroup && added.key.size() >= 2) {
      auto [longest, inserted] = person_by_last_word_.try_emplace(added.key.back(), index);
      if (!inserted && names_[longest->second].key.size() < added.key.size()) longest->second = index;
    }
    if (kind == SourceKind::kOrganization && added.key.size() > 1 && !added.possessive_first) {
      organization_by_first_word_.try_emplace(added.key.front(), index);
    }
  }
  // "Mr Pound" anywhere in the article makes "Dick Pound" a man everywhere.
  for (const SourcePhrase& phrase : phrases) {
    if (!phrase.proper || phrase.kind != SourceKind::kPerson) continue;
    SourceKind kind = phrase.kind;
    NoteGender(CanonicalName(phrase, &kind), LowerText(phrase.mention), phrase.role);
  }
}

std::string SpeakerResolver::CanonicalName(const SourcePhrase& phrase, SourceKind* kind) const {
  // No space, so at most one word (words are split at spaces only).
  if (phrase.name.find(' ') == std::string::npos) return OneWordCanonicalName(phrase, kind);
  // The answer depends on the name, its kind and names_ only; an article
  // names the same few people over and over. Looked up by the name as it
  // stands, with no key string built for the lookup.
  const std::size_t by_kind = static_cast<std::size_t>(phrase.kind);
  auto memo = canonical_.find(std::string_view(phrase.name));
  if (memo != canonical_.end() && memo->second[by_kind]) {
    *kind = memo->second[by_kind]->second;
    return memo->second[by_kind]->first;
  }
  std::string name = FindCanonicalName(phrase, kind);
  CanonicalAnswers& answers = memo != canonical_.end() ? memo->second : canonical_[phrase.name];
  answers[by_kind] = std::make_pair(name, *kind);
  return name;
}

std::string SpeakerResolver::OneWordCanonicalName(const SourcePhrase& phrase,
                                                  SourceKind* kind) const {
  // FindCanonicalName for a key of at most one word: a key of none ("", "the")
  // matches nothing; one word matches a longer person's name ending with it
  // (none for an organization), else an organization's starting with it.
  const std::string lower = LowerText(phrase.name);
  std::string_view word;
  if (!lower.empty() && KeyWord(lower, &word)) {
    if (phrase.kind != SourceKind::kOrganization) {
      auto person = person_by_last_word_.find(word);
      if (person != person_by_last_word_.end()) {
        *kind = SourceKind::kPerson;
        return names_[person->second].phrase.name;
      }
    }
    bool abbreviation = std::none_of(phrase.name.begin(), phrase.name.end(),
                                     [](char c) { return c >= 'a' && c <= 'z'; });
    if (phrase.kind == SourceKind::kUnknown && !abbreviation) {
      auto organization = organization_by_first_word_.find(word);
      if (organization != organization_by_first_word_.end()) {
        *kind = SourceKind::kOrganization;
        return names_[organization->second].phrase.name;
      }
    }
  }
  *kind = phrase.kind;
  return phrase.name;
}

std::string SpeakerResolver::FindCanonicalName(const SourcePhrase& phrase, SourceKind* kind) const {
  // The name's key as views, for all but very long names.
  std::string lower;
  NameKeyView view(phrase.name, &lower);
  if (view.complete()) return FindCanonicalName(phrase, view, kind);
  return FindCanonicalName(phrase, NameKey(phrase.name), kind);
}

template <typename Key>
std::string SpeakerResolver::FindCanonicalName(const SourcePhrase& phrase, const Key& key,
                                               SourceKind* kind) const {
  const SourcePhrase* best = nullptr;
  std::size_t best_size = key.size();
  for (const KnownName& known : names_) {
    const SourcePhrase& other = known.phrase;
    if (other.kind == SourceKind::kOrganization || other.kind == SourceKind::kGroup) continue;
    if (phrase.kind == SourceKind::kOrganization) break;  // no name qualifies
    const std::vector<std::string>& other_key = known.key;
    if (other_key.size() > best_size && EndsWith(other_key, key)) {
      best = &other;
      best_size = other_key.size();
    }
  }
  if (best) {
    *kind = SourceKind::kPerson;
    return best->name;
  }
  // "Anadolu" for "the Anadolu Agency": an organization's first word. Not
  // for abbreviations and countries: "the US" is not "US Defense Department",
  // "Russia" is not "Russia’s Defense Ministry".
  bool abbreviation = std::none_of(phrase.name.begin(), phrase.name.end(),
                                   [](char c) { return c >= 'a' && c <= 'z'; });
  if (phrase.kind == SourceKind::kUnknown && key.size() == 1 && !abbreviation) {
    for (const KnownName& known : names_) {
      const SourcePhrase& other = known.phrase;
      if (other.kind != SourceKind::kOrganization) continue;
      const std::vector<std::string>& other_key = known.key;
      if (other_key.size() > 1 && other_key[0] == key[0] && !known.possessive_first) {
        *kind = SourceKind::kOrganization;
        return other.name;
      }
    }
  }
  *kind = phrase.kind;
  return phrase.name;
}

void SpeakerResolver::AddMention(const SourcePhrase& phrase, std::size_t offset, bool subject,
                                 std::size_t sentence) {
  SourceKind kind = phrase.kind;
  // Built in place, in room for the mentions of a typical article: a Known
  // moved (into the vector, or as it grows) moves three strings.
  if (mentions_.empty()) mentions_.reserve(64);
  Known& known = mentions_.emplace_back();
  known.source.name = phrase.proper ? CanonicalName(phrase, &kind) : phrase.name;
  known.source.kind = kind;
  known.source.role = phrase.role;
  known.mention_lower = LowerText(phrase.mention);
  known.proper = phrase.proper;
  known.offset = offset;
  known.subject = subject;
  known.sentence = sentence;
  // The sentence's subject, named before this mention (mentions come in
  // text order): the mention before it knows it already.
  const std::size_t index = mentions_.size() - 1;
  if (index > 0 && mentions_[index - 1].sentence == sentence) {
    const Known& before = mentions_[index - 1];
    known.sentence_subject = before.subject ? index - 1 : before.sentence_subject;
  }
  NoteGender(known.source.name, known.mention_lower, phrase.role);
}

void SpeakerResolver::NoteGender(const std::string& name, std::string_view lower_words,
                                 std::string_view role) {
  GenderOfWords words;
  words.Add(lower_words);
  if (!role.empty()) words.Add(LowerText(role));
  Gender gender = words.gender();
  if (gender != Gender::kUnknown) genders_.emplace(name, gender);
}

bool SpeakerResolver::GenderFits(const std::string& name, Gender wanted) const {
  if (wanted == Gender::kUnknown) return true;
  auto it = genders_.find(name);
  return it == genders_.end() || it->second == wanted;
}

bool SpeakerResolver::Resolve(const SourcePhrase& phrase, std::size_t offset, ResolvedSource* out,
                              bool speaks) {
  const std::size_t recorded = history_.size();
  bool resolved = ResolveAndRecord(phrase, offset, out);
  if (!speaks && history_.size() > recorded) {
    history_.erase(history_.begin() + static_cast<std::ptrdiff_t>(recorded), history_.end());
  }
  return resolved;
}

bool SpeakerResolver::ResolveAndRecord(const SourcePhrase& phrase, std::size_t offset,
                                       ResolvedSource* out) {
  *out = ResolvedSource();
  if (phrase.pronoun == PronounKind::kPerson) {
    // "she" never refers back to "Mr Pound", nor "he" to "Lady Smith".
    std::string pronoun = LowerText(phrase.mention);
    Gender wanted = pronoun == "he" || pronoun == "him"    ? Gender::kMale
                    : pronoun == "she" || pronoun == "her" ? Gender::kFemale
                                                           : Gender::kUnknown;
    // The latest person before this sentence, as a source or only named.
    const Known* latest = nullptr;
    for (auto it = history_.rbegin(); it != history_.rend(); ++it) {
      if (it->source.kind == SourceKind::kPerson && GenderFits(it->source.name, wanted)) {
        latest = &*it;
        break;
      }
    }
    // A person only mentioned is the antecedent when no speaker came in the
    // last few paragraphs (the last speaker usually goes on speaking), or
    // when the mention opened a later sentence as its subject ("Juha Sipila
    // spoke ... He says ...").
    constexpr std::size_t kSpeakerReach = 1500;  // bytes
    auto fits = [&](const Known& m) {
      return m.offset < offset && m.source.kind == SourceKind::kPerson &&
             GenderFits(m.source.name, wanted);
    };
    for (auto it = mentions_.rbegin(); it != mentions_.rend(); ++it) {
      if (!fits(*it)) continue;
      // "Sen. Marco Rubio responded, ripping into President Barack Obama.
      // “...,” he said": the subject of the sentence, not a later name in it.
      // (Not when that later name is the last speaker: '“C,” analyst Adam
      // Landes told Reuters. But he said ...'.)
      const Known* mention = &*it;
      const bool spoke = latest && latest->source.name == it->source.name;
      if (!mention->subject && !spoke && it->sentence_subject < mentions_.size() &&
          fits(mentions_[it->sentence_subject])) {
        mention = &mentions_[it->sentence_subject];
      }
      if (!latest || (mention->offset > latest->offset &&
                      (mention->subject || latest->offset + kSpeakerReach < offset))) {
        latest = mention;
      }
      break;
    }
    if (!latest) return false;
    Known known = *latest;
    if (known.source.role.empty()) {
      for (auto it = history_.rbegin(); it != history_.rend(); ++it) {
        if (it->source.name == known.source.name && !it->source.role.empty()) {
          known.source.role = it->source.role;
          break;
        }
      }
    }
    *out = known.source;
    known.offset = offset;
    history_.push_back(known);
    return true;
  }
  if (phrase.pronoun != PronounKind::kNone) {
    // "it" and "they" reach back a few paragraphs at most: further back,
    // some other organization has usually been named in between.
    constexpr std::size_t kThingReach = 2000;  // bytes
    if (phrase.pronoun == PronounKind::kThing || phrase.pronoun == PronounKind::kPlural) {
      // "Jordan wants a deal ... But it has rejected ...", "The union leaders
      // met ... They said ...": the subject of an earlier sentence, when it
      // comes after the last organization or group that spoke.
      bool plural = phrase.pronoun == PronounKind::kPlural;
      auto fits = [&](const Known& k) {
        SourceKind kind = k.source.kind;
        if (plural) return kind == SourceKind::kGroup || kind == SourceKind::kOrganization;
        return kind == SourceKind::kOrganization || (kind == SourceKind::kUnknown && k.proper);
      };
      const Known* subject = nullptr;
      for (auto it = mentions_.rbegin(); it != mentions_.rend(); ++it) {
        if (it->offset >= offset) continue;
        if (it->offset + kThingReach < offset) break;
        bool kind_fits = plural ? it->source.kind == SourceKind::kGroup
                                : it->source.kind != SourceKind::kPerson &&
                                      it->source.kind != SourceKind::kGroup;
        if (it->subject && kind_fits) {
          subject = &*it;
          break;
        }
      }
      const Known* speaker = nullptr;
      for (auto it = history_.rbegin(); it != history_.rend(); ++it) {
        if (it->offset + kThingReach < offset) break;
        if (fits(*it)) {
          speaker = &*it;
          break;
        }
      }
      if (subject && (!speaker || subject->offset > speaker->offset)) {
        Known known = *subject;
        known.offset = offset;
        *out = known.source;
        if (out->kind == SourceKind::kUnknown) out->kind = SourceKind::kOrganization;
        history_.push_back(known);
        return true;
      }
    }
    for (auto it = history_.rbegin(); it != history_.rend(); ++it) {
      if (it->offset + kThingReach < offset) break;
      SourceKind kind = it->source.kind;
      bool fits = false;
      switch (phrase.pronoun) {
        case PronounKind::kPerson:
          fits = kind == SourceKind::kPerson;
          break;
        case PronounKind::kThing:
          fits = kind == SourceKind::kOrganization ||
                 (kind == SourceKind::kUnknown && it->proper);
          break;
        case PronounKind::kPlural:
          fits = kind == SourceKind::kGroup || kind == SourceKind::kOrganization;
          break;
        case PronounKind::kNone:
          break;
      }
      if (fits) {
        *out = it->source;
        Known known = *it;
        known.offset = offset;
        history_.push_back(known);
        return true;
      }
    }
    return false;
  }

  if (!phrase.proper && !phrase.head.empty()) {
    // "the ministry", "the Ambassador", "the officials", "the statement".
    std::string_view first = phrase.mention;
    // Only a bare "the HEAD": "the opposition-rebel delegation" names a
    // delegation of its own, not the last delegation mentioned.
    bool definite = (first.substr(0, 4) == "the " || first.substr(0, 4) == "The ") &&
                    SplitWords(first).size() == 2;
    if (definite) {
      for (auto it = history_.rbegin(); it != history_.rend(); ++it) {
        if (HasWord(LowerText(it->source.name), phrase.head) ||
            HasWord(LowerText(it->source.role), phrase.head) ||
            HasWord(it->mention_lower, phrase.head)) {
          *out = it->source;
          history_.push_back(Known{*out, LowerText(phrase.mention), it->proper, offset});
          return true;
        }
      }
    }
    // No earlier source named so: "the 22-year-old" (an age standing for
    // a person), "the 47-year-old director", refer back as "he" or "she"
    // does; "the company", "the firm" (a generic word for a business), to
    // the latest named organization that spoke.
    std::vector<std::string> words = SplitWords(LowerText(first));
    bool article = !words.empty() && words[0] == "the";
    auto age = [](std::string_view w) {
      constexpr std::string_view kSuffix = "-year-old";
      return w.size() > kSuffix.size() && w.substr(w.size() - kSuffix.size()) == kSuffix &&
             w[0] >= '0' && w[0] <= '9';
    };
    static constexpr WordList<14> kBusinessWords(
        {"company", "firm", "group", "airline", "bank", "carrier", "insurer", "retailer",
         "carmaker", "broadcaster", "brewer", "club", "chain", "manufacturer"});
    // "The influential delegate and conservative activist": two roles under
    // one article, each a lowercase singular noun, are one person's, as "he"
    // or "she" refers back. (Not "the German and Danish governments", "the
    // Associated Press and television networks".)
    bool two_roles = false;
    if (article && words.size() >= 4 && words.back().back() != 's') {
      const std::vector<std::string> written = SplitWords(first);
      std::size_t joins = 0;
      bool plain = written.size() == words.size();
      for (std::size_t w = 1; plain && w < words.size(); ++w) {
        static constexpr WordList<7> kNotRoles({"the", "a", "an", "his", "her", "their", "its"});
        plain = !kNotRoles.Contains(words[w]);
        if (words[w] != "and") continue;
        ++joins;
        const std::string& before = written[w - 1];
        plain = plain && w >= 2 && w + 1 < words.size() && !before.empty() &&
                !(before[0] >= 'A' && before[0] <= 'Z') && before.back() != 's';
      }
      two_roles = plain && joins == 1;
    }
    if (article && ((words.size() >= 2 && words.size() <= 3 && age(words[1])) || two_roles)) {
      SourcePhrase anaphor = phrase;
      anaphor.pronoun = PronounKind::kPerson;
      if (Resolve(anaphor, offset, out)) return true;
    } else if (article && words.size() == 2 && kBusinessWords.Contains(words[1])) {
      constexpr std::size_t kBusinessReach = 3000;  // bytes
      for (auto it = history_.rbegin(); it != history_.rend(); ++it) {
        if (it->offset + kBusinessReach < offset) break;
        // A name of unknown kind, but not a plural ("Campaigners") or a
        // compound adjective ("Anglo-Dutch") opening a sentence.
        const std::string& name = it->source.name;
        bool named = it->source.kind == SourceKind::kOrganization ||
                     (it->source.kind == SourceKind::kUnknown && !name.empty() &&
                      name.back() != 's' && name.find('-') == std::string::npos);
        if (it->proper && named) {
          *out = it->source;
          if (out->kind == SourceKind::kUnknown) out->kind = SourceKind::kOrganization;
          history_.push_back(Known{*out, it->mention_lower, true, offset});
          return true;
        }
      }
    }
  }

  SourceKind kind = phrase.kind;
  out->name = phrase.proper ? CanonicalName(phrase, &kind) : phrase.name;
  out->kind = kind;
  out->role = phrase.role;
  if (out->role.empty()) {
    // The role given with an earlier mention of the same person.
    for (auto it = history_.rbegin(); it != history_.rend(); ++it) {
      if (it->source.name == out->name && !it->source.role.empty()) {
        out->role = it->source.role;
        break;
      }
    }
  }
  history_.push_back(Known{*out, LowerText(phrase.mention), phrase.proper, offset});
  if (out->kind == SourceKind::kPerson) {
    NoteGender(out->name, history_.back().mention_lower, out->role);
  }
  return true;
}

}  // namespace claimtrack
