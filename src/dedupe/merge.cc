// Grouping events by (date, source, target, code).
#include "dedupe/merge.h"

#include <map>
#include <set>
#include <string>
#include <tuple>

namespace dyad::dedupe {
namespace {

std::string SourceKey(const Event& e) {
  if (!e.news_source.empty()) return e.news_source;
  std::string_view url = e.url;
  size_t scheme = url.find("://");
  if (scheme != std::string_view::npos) url.remove_prefix(scheme + 3);
  return std::string(url.substr(0, url.find('/')));
}

Event::Evidence EvidenceOf(const Event& e) { return {e.event_id, e.article_id, e.sentence_index}; }

}  // namespace

std::vector<Event> MergeEvents(std::vector<Event> events, const MergeOptions& options) {
  if (options.keep_all) {
    for (Event& e : events)
      if (e.evidence.empty()) e.evidence.push_back(EvidenceOf(e));
    return events;
  }
  using Key = std::tuple<int64_t, std::string, std::string, std::string>;
  std::map<Key, size_t> index;
  std::vector<Event> out;
  std::vector<std::set<std::string>> articles, sources;
  for (Event& e : events) {
    Key key{e.date.ToDays(), e.source.code, e.target.code, e.cameo};
    auto [it, fresh] = index.try_emplace(key, out.size());
    if (fresh) {
      if (e.evidence.empty()) e.evidence.push_back(EvidenceOf(e));
      articles.emplace_back();
      for (const auto& ev : e.evidence) articles.back().insert(ev.article_id);
      sources.push_back({SourceKey(e)});
      out.push_back(std::move(e));
      continue;
    }
    Event& m = out[it->second];
    m.num_mentions += e.num_mentions;
    if (e.evidence.empty()) e.evidence.push_back(EvidenceOf(e));
    m.evidence.insert(m.evidence.end(), e.evidence.begin(), e.evidence.end());
    for (const auto& ev : e.evidence) articles[it->second].insert(ev.article_id);
    sources[it->second].insert(SourceKey(e));
  }
  for (size_t i = 0; i < out.size(); ++i) {
    out[i].num_articles = static_cast<uint32_t>(articles[i].size());
    out[i].num_sources = static_cast<uint32_t>(sources[i].size());
  }
  return out;
}

}  // namespace dyad::dedupe
