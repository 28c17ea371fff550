// Writing replaces an article's knowledge rows wholesale (delete, then insert), so storing
// an article twice never leaves rows of the older analysis behind. Queries build their
// WHERE clause from the filters that are set, always with '?' parameters.
#include "store/knowledge_rows.h"

#include <sqlite3.h>

namespace dyad::store {
namespace {

constexpr int kMaxLimit = 10000;

std::string Join(const std::vector<std::string>& parts, std::string_view sep) {
  std::string out;
  for (const std::string& p : parts) out += (out.empty() ? "" : std::string(sep)) + p;
  return out;
}

// "RUS" -> "RUS%" for LIKE, with LIKE's wildcards in the prefix escaped.
std::string PrefixPattern(std::string_view prefix) {
  std::string out;
  for (char c : prefix) {
    if (c == '%' || c == '_' || c == '\\') out += '\\';
    out += c;
  }
  return out + "%";
}

Status CheckLimit(const KnowledgeFilter& f) {
  if (f.limit < 1 || f.limit > kMaxLimit) return InvalidArgument("limit must be 1.." + std::to_string(kMaxLimit));
  return {};
}

// WHERE terms on a table aliased `t` with a `day` column; values appended to `values`.
void DayTerms(const KnowledgeFilter& f, std::vector<std::string>* where, std::vector<int64_t>* days) {
  if (f.from) {
    where->push_back("t.day >= ?");
    days->push_back(f.from->ToDays());
  }
  if (f.to) {
    where->push_back("t.day <= ?");
    days->push_back(f.to->ToDays());
  }
}

Status WriteRows(Db& db, int64_t aid, const knowledge::ArticleKnowledge& k) {
  const int64_t day = k.date.ToDays();
  const std::string date = k.date.ToString();
  for (const char* sql : {"DELETE FROM quotes WHERE article = ?", "DELETE FROM entities WHERE article = ?",
                          "DELETE FROM article_themes WHERE article = ?"}) {
    ASSIGN_OR_RETURN(Stmt del, db.Prepare(sql));
    del.BindInt(1, aid);
    RETURN_IF_ERROR(del.Run());
  }
  ASSIGN_OR_RETURN(Stmt q, db.Prepare("INSERT OR REPLACE INTO quotes(article, begin_byte, end_byte, kind, "
                                      "sentence_first, sentence_last, day, date, text, speaker_text, "
                                      "speaker_name, speaker_code) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)"));
  for (const knowledge::Quotation& x : k.quotations) {
    q.BindInt(1, aid);
    q.BindInt(2, x.quote.begin);
    q.BindInt(3, x.quote.end);
    q.BindText(4, x.quote.kind == knowledge::QuoteKind::kDirect ? "direct" : "indirect");
    q.BindInt(5, x.quote.sentence_first);
    q.BindInt(6, x.quote.sentence_last);
    q.BindInt(7, day);
    q.BindText(8, date);
    q.BindText(9, x.text);
    if (x.has_speaker) {
      q.BindText(10, x.speaker.text);
      q.BindText(11, x.speaker.name);
      q.BindTextOrNull(12, x.speaker.code);
    }
    RETURN_IF_ERROR(q.Run());
  }
  ASSIGN_OR_RETURN(Stmt e, db.Prepare("INSERT OR REPLACE INTO entities(article, kind, name, code, country, roles, "
                                      "count, first_byte, day) VALUES (?,?,?,?,?,?,?,?,?)"));
  auto entity = [&](const char* kind, const std::string& name, const std::string& code, const std::string& country,
                    const std::string& roles, uint32_t count, uint32_t first) {
    e.BindInt(1, aid);
    e.BindText(2, kind);
    e.BindText(3, name);
    e.BindTextOrNull(4, code);
    e.BindTextOrNull(5, country);
    e.BindTextOrNull(6, roles);
    e.BindInt(7, count);
    e.BindInt(8, first);
    e.BindInt(9, day);
    return e.Run();
  };
  for (const knowledge::Entity& p : k.persons)
    RETURN_IF_ERROR(entity("person", p.name, p.code, "", Join(p.roles, "; "), p.count(), p.spans[0].begin));
  for (const knowledge::Entity& o : k.organisations)
    RETURN_IF_ERROR(entity("organisation", o.name, o.code, "", Join(o.roles, "; "), o.count(), o.spans[0].begin));
  for (const knowledge::Place& p : k.locations)
    RETURN_IF_ERROR(entity("location", p.name, "", p.country, "", p.count(), p.spans[0].begin));
  ASSIGN_OR_RETURN(Stmt t, db.Prepare("INSERT OR REPLACE INTO article_themes(article, theme, label, count, day) "
                                      "VALUES (?,?,?,?,?)"));
  for (const knowledge::ArticleTheme& th : k.themes) {
    t.BindInt(1, aid);
    t.BindText(2, th.code);
    t.BindTextOrNull(3, th.label);
    t.BindInt(4, th.count);
    t.BindInt(5, day);
    RETURN_IF_ERROR(t.Run());
  }
  return {};
}

}  // namespace

Status AddKnowledge(Db& db, std::string_view article_id, const knowledge::ArticleKnowledge& k) {
  ASSIGN_OR_RETURN(Stmt find, db.Prepare("SELECT aid FROM articles WHERE id = ?"));
  find.BindText(1, article_id);
  ASSIGN_OR_RETURN(bool found, find.Step());
  if (!found) return NotFound("article '" + std::string(article_id) + "' is not in the store");
  const int64_t aid = find.Int(0);
  const bool own_transaction = sqlite3_get_autocommit(db.get()) != 0;
  if (own_transaction) RETURN_IF_ERROR(db.Exec("BEGIN IMMEDIATE"));
  Status st = WriteRows(db, aid, k);
  if (own_transaction) {
    if (!st.ok()) {
      (void)db.Exec("ROLLBACK");
      return st;
    }
    return db.Exec("COMMIT");
  }
  return st;
}

Result<std::vector<StoredQuote>> QueryQuotes(Db& db, const KnowledgeFilter& f) {
  RETURN_IF_ERROR(CheckLimit(f));
  std::vector<std::string> where, values;
  std::vector<int64_t> days;
  if (!f.actor.empty()) where.push_back("t.speaker_code LIKE ? ESCAPE '\\'"), values.push_back(PrefixPattern(f.actor));
  if (!f.name.empty()) where.push_back("t.speaker_name = ?"), values.push_back(f.name);
  DayTerms(f, &where, &days);
  std::string sql =
      "SELECT a.id, t.date, t.kind, t.text, t.begin_byte, t.end_byte, t.sentence_first, t.sentence_last, "
      "t.speaker_text, t.speaker_name, t.speaker_code FROM quotes t JOIN articles a ON a.aid = t.article";
  if (!where.empty()) sql += " WHERE " + Join(where, " AND ");
  sql += " ORDER BY t.day DESC, a.id, t.begin_byte LIMIT ?";
  ASSIGN_OR_RETURN(Stmt st, db.Prepare(sql));
  int i = 1;
  for (const std::string& v : values) st.BindText(i++, v);
  for (int64_t d : days) st.BindInt(i++, d);
  st.BindInt(i, f.limit);
  std::vector<StoredQuote> out;
  for (;;) {
    ASSIGN_OR_RETURN(bool row, st.Step());
    if (!row) break;
    StoredQuote q;
    q.article_id = st.Text(0);
    q.date = st.Text(1);
    q.kind = st.Text(2);
    q.text = st.Text(3);
    q.begin = static_cast<uint32_t>(st.Int(4));
    q.end = static_cast<uint32_t>(st.Int(5));
    q.sentence_first = static_cast<uint32_t>(st.Int(6));
    q.sentence_last = static_cast<uint32_t>(st.Int(7));
    q.speaker_text = st.Text(8);
    q.speaker_name = st.Text(9);
    q.speaker_code = st.Text(10);
    out.push_back(std::move(q));
  }
  return out;
}

Result<std::vector<StoredEntity>> QueryPeople(Db& db, const KnowledgeFilter& f, bool with_places) {
  RETURN_IF_ERROR(CheckLimit(f));
  std::vector<std::string> where = {with_places ? "1" : "t.kind <> 'location'"}, values;
  std::vector<int64_t> days;
  if (!f.actor.empty()) where.push_back("t.code LIKE ? ESCAPE '\\'"), values.push_back(PrefixPattern(f.actor));
  if (!f.name.empty()) where.push_back("t.name = ?"), values.push_back(f.name);
  DayTerms(f, &where, &days);
  std::string sql =
      "SELECT t.kind, t.name, MAX(t.code), COUNT(*), SUM(t.count), MIN(t.day), MAX(t.day) FROM entities t WHERE " +
      Join(where, " AND ") + " GROUP BY t.kind, t.name ORDER BY COUNT(*) DESC, SUM(t.count) DESC, t.name LIMIT ?";
  ASSIGN_OR_RETURN(Stmt st, db.Prepare(sql));
  int i = 1;
  for (const std::string& v : values) st.BindText(i++, v);
  for (int64_t d : days) st.BindInt(i++, d);
  st.BindInt(i, f.limit);
  std::vector<StoredEntity> out;
  for (;;) {
    ASSIGN_OR_RETURN(bool row, st.Step());
    if (!row) break;
    StoredEntity e;
    e.kind = st.Text(0);
    e.name = st.Text(1);
    e.code = st.Text(2);
    e.articles = st.Int(3);
    e.mentions = st.Int(4);
    e.first_date = Date::FromDays(static_cast<int32_t>(st.Int(5))).ToString();
    e.last_date = Date::FromDays(static_cast<int32_t>(st.Int(6))).ToString();
    out.push_back(std::move(e));
  }
  return out;
}

Result<std::vector<StoredTheme>> QueryThemes(Db& db, const KnowledgeFilter& f) {
  RETURN_IF_ERROR(CheckLimit(f));
  std::vector<std::string> where, values;
  std::vector<int64_t> days;
  if (!f.theme.empty()) where.push_back("t.theme = ?"), values.push_back(f.theme);
  if (!f.country.empty()) {
    where.push_back(
        "EXISTS (SELECT 1 FROM entities x WHERE x.article = t.article AND "
        "(x.country = ? OR x.code LIKE ? ESCAPE '\\'))");
    values.push_back(f.country);
    values.push_back(PrefixPattern(f.country));
  }
  DayTerms(f, &where, &days);
  std::string sql =
      "SELECT a.id, COALESCE(a.title, ''), t.day, t.theme, COALESCE(t.label, ''), t.count "
      "FROM article_themes t JOIN articles a ON a.aid = t.article";
  if (!where.empty()) sql += " WHERE " + Join(where, " AND ");
  sql += " ORDER BY t.day DESC, a.id, t.count DESC LIMIT ?";
  ASSIGN_OR_RETURN(Stmt st, db.Prepare(sql));
  int i = 1;
  for (const std::string& v : values) st.BindText(i++, v);
  for (int64_t d : days) st.BindInt(i++, d);
  st.BindInt(i, f.limit);
  std::vector<StoredTheme> out;
  for (;;) {
    ASSIGN_OR_RETURN(bool row, st.Step());
    if (!row) break;
    StoredTheme t;
    t.article_id = st.Text(0);
    t.title = st.Text(1);
    t.date = Date::FromDays(static_cast<int32_t>(st.Int(2))).ToString();
    t.theme = st.Text(3);
    t.label = st.Text(4);
    t.count = st.Int(5);
    out.push_back(std::move(t));
  }
  return out;
}

}  // namespace dyad::store
