// The pipeline as a validation-suite coder (see suite_coder.h).
#include "pipeline/suite_coder.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <vector>

#include "actors/conllu_document.h"
#include "actors/find_mentions.h"
#include "util/ascii.h"

namespace dyad::pipeline {
namespace {

std::string Trim(std::string_view s) {
  const size_t b = s.find_first_not_of(" \t\r\n");
  if (b == std::string_view::npos) return {};
  const size_t e = s.find_last_not_of(" \t\r\n");
  return std::string(s.substr(b, e - b + 1));
}

std::vector<std::string_view> Split(std::string_view s, char sep) {
  std::vector<std::string_view> out;
  size_t b = 0;
  for (;;) {
    const size_t e = s.find(sep, b);
    out.push_back(s.substr(b, e == std::string_view::npos ? std::string_view::npos : e - b));
    if (e == std::string_view::npos) return out;
    b = e + 1;
  }
}

}  // namespace

std::string UdV2Relations(std::string_view conllu) {
  static const std::pair<std::string_view, std::string_view> kRenamed[] = {
      {"dobj", "obj"},   {"nsubjpass", "nsubj:pass"}, {"csubjpass", "csubj:pass"}, {"auxpass", "aux:pass"},
      {"name", "flat"},  {"mwe", "fixed"},            {"neg", "advmod"},
  };
  std::vector<std::string_view> lines = Split(conllu, '\n');
  if (!lines.empty() && lines.back().empty()) lines.pop_back();
  // The UPOS of each word id of the current sentence, for the nmod -> obl rule.
  std::vector<std::vector<std::string_view>> rows;
  std::string out;
  auto flush = [&] {
    std::map<std::string_view, std::string_view> upos;
    for (const auto& cols : rows)
      if (cols.size() == 10) upos[cols[0]] = cols[3];
    for (auto& cols : rows) {
      std::string rel;
      if (cols.size() == 10) {
        rel = std::string(cols[7]);
        for (const auto& [v1, v2] : kRenamed)
          if (rel == v1) rel = std::string(v2);
        const std::string_view head_upos = upos.count(cols[6]) ? upos[cols[6]] : std::string_view();
        if ((rel == "nmod" || rel.rfind("nmod:", 0) == 0) && rel != "nmod:poss" &&
            (head_upos == "VERB" || head_upos == "AUX" || head_upos == "ADJ" || head_upos == "ADV"))
          rel = "obl" + rel.substr(4);
      }
      for (size_t i = 0; i < cols.size(); ++i) {
        if (i) out += '\t';
        out += i == 7 && cols.size() == 10 ? std::string_view(rel) : cols[i];
      }
      out += '\n';
    }
    rows.clear();
  };
  for (std::string_view line : lines) {
    if (line.empty()) {
      flush();
      out += '\n';
      continue;
    }
    rows.push_back(Split(line, '\t'));
  }
  flush();
  return out;
}

// What keeps a given parse from being a tree, or "": every head inside its sentence, and
// following heads from any word reaches the root (the coder walks heads up to it).
static std::string NotATree(const Document& doc) {
  for (const Sentence& s : doc.sentences) {
    const int32_t begin = static_cast<int32_t>(s.token_begin), end = static_cast<int32_t>(s.token_end);
    for (int32_t t = begin; t < end; ++t) {
      int32_t cur = t;
      for (int32_t steps = 0; cur >= 0; ++steps) {
        if (cur < begin || cur >= end) return "a head outside its sentence";
        if (steps > end - begin) return "heads that form a cycle";
        cur = doc.tokens[static_cast<size_t>(cur)].head;
      }
    }
  }
  return {};
}

SuiteCoderOptions OptionsFor(const std::vector<code::SuiteRecord>& records) {
  SuiteCoderOptions out;
  out.discards = std::any_of(records.begin(), records.end(),
                             [](const code::SuiteRecord& r) { return r.expect == code::Expect::kDiscard; });
  out.code_reports = std::none_of(records.begin(), records.end(),
                                  [](const code::SuiteRecord& r) { return !r.conllu.empty(); });
  out.exact_words = out.code_reports;
  out.passive_needs_agent = out.code_reports;
  return out;
}

SuiteCoder::SuiteCoder(std::shared_ptr<const Coder> coder, SuiteCoderOptions options)
    : coder_(std::move(coder)), options_(options) {
  tree_coder_.emplace(coder_->shared_dictionary());
  for (const dict::Agent& a : coder_->dictionary().model().agents) {
    for (size_t i = 0; i + 3 <= a.code.size(); i += 3) {
      const std::string chunk = a.code.substr(i, 3);
      if (std::all_of(chunk.begin(), chunk.end(), [](char c) { return std::isupper(static_cast<unsigned char>(c)); }))
        agent_codes_.insert(chunk);
    }
  }
}

void SuiteCoder::SetOption(std::string_view line) {
  const size_t eq = line.find('=');
  if (eq != std::string_view::npos && AsciiLower(Trim(line.substr(0, eq))) == "require_dyad") {
    options_.require_dyad = AsciiLower(Trim(line.substr(eq + 1))) != "false";
    return;
  }
  ++ignored_options_;
}

std::string SuiteCoder::SuiteCode(std::string_view code) const {
  if (code.empty()) return "---";
  if (code.size() % 3 != 0) return std::string(code);
  for (size_t i = 0; i < code.size(); i += 3) {
    if (!agent_codes_.contains(code.substr(i, 3))) return std::string(code);
  }
  return "---" + std::string(code);
}

Result<std::pair<Document, std::vector<Event>>> SuiteCoder::Analyse(const code::SuiteRecord& record) {
  code::TreeCoderOptions coding;
  coding.targetless = !options_.require_dyad;
  coding.code_reports = coding.targetless && options_.code_reports;
  coding.exact_words = options_.exact_words;
  coding.passive_needs_agent = options_.passive_needs_agent;
  coding.meeting_place_target = true;  // every PETRARCH suite codes a meeting's place so
  coding.home_visits = true;           // and a visit to the visitor's own country
  coding.intents = options_.intents.get();
  if (options_.use_given_parse && !record.conllu.empty()) {
    ASSIGN_OR_RETURN(Document doc, actors::DocumentFromConllu(UdV2Relations(record.conllu)));
    if (const std::string bad = NotATree(doc); !bad.empty())
      return Status(StatusCode::kDataLoss, "the record's CoNLL-U parse is no tree: " + bad);
    ++given_parses_;
    const std::vector<actors::Mention> mentions = actors::FindMentions(doc, coder_->dictionary(), record.date);
    std::vector<Event> events = tree_coder_->Code(doc, mentions, record.date, coding);
    return std::pair{std::move(doc), std::move(events)};
  }
  ASSIGN_OR_RETURN(CodedArticle coded, coder_->CodeText(record.text, record.date));
  std::vector<Event> events = tree_coder_->Code(coded.doc, coded.mentions, record.date, coding);
  return std::pair{std::move(coded.doc), std::move(events)};
}

code::CodedRecord SuiteCoder::Code(const code::SuiteRecord& record) {
  code::CodedRecord out;
  auto analysed = Analyse(record);
  if (!analysed.ok()) {
    if (errors_++ == 0) first_error_ = record.id + ": " + analysed.status().ToString();
    return out;
  }
  auto& [doc, events] = *analysed;
  if (options_.discards) {
    std::vector<std::string_view> forms;
    forms.reserve(doc.tokens.size());
    for (const Token& t : doc.tokens) forms.push_back(doc.Form(t));
    out.discarded = !coder_->dictionary().FindDiscards(forms).empty();
  }
  for (Event& e : events) {
    if (options_.require_dyad && (e.source.code.empty() || e.target.code.empty())) continue;
    e.source.code = SuiteCode(e.source.code);
    e.target.code = SuiteCode(e.target.code);
    out.events.push_back(std::move(e));
  }
  return out;
}

}  // namespace dyad::pipeline
