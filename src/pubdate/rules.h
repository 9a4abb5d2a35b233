// The data of publication-date inference: data/pubdate/<lang>/evidence.rules (word lists of each
// kind of evidence, and the examples the tests run).
#pragma once
#include <map>
#include <string>
#include <vector>

namespace annalist::pubdate {

/// An `example` line: a text and the interval inferred from it ("" for none).
struct EvidenceExample {
  std::string text;
  std::string first, last;  ///< ISO days; both empty for `none`
  std::string file;
  std::size_t line = 0;
};

/// An `event` line: a dated event the news commemorates, and the phrases that name it.
struct DatedEvent {
  std::string day;  ///< ISO day
  std::vector<std::vector<std::string>> phrases;  ///< normalised tokens of each phrase
};

/// One `evidence` block.
struct EvidenceKind {
  std::string name;  ///< header, reported-past, announced-future, office, anniversary
  /// Word lists by name; each phrase as its normalised tokens.
  std::map<std::string, std::vector<std::vector<std::string>>> words;
  /// Number words by list name: normalised word -> value.
  std::map<std::string, std::map<std::string, int>> numbers;
  std::vector<DatedEvent> events;
  std::vector<EvidenceExample> examples;
};

class EvidenceRules {
 public:
  /// Reads `dir`/evidence.rules. Throws InputError naming the file, line and reason.
  static EvidenceRules load(const std::string& dir);
  /// Parses the text of one rules file (the tests prove the error messages with it).
  static EvidenceRules parse(const std::string& text, const std::string& file);

  /// The block of a kind, or nullptr when the data leaves it out (the evidence is then not used).
  const EvidenceKind* kind(const std::string& name) const;
  const std::vector<EvidenceKind>& kinds() const { return kinds_; }

 private:
  std::vector<EvidenceKind> kinds_;
};

}  // namespace annalist::pubdate
