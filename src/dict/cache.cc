// Model serialization for the compiled cache. Every read is bounds-checked: a corrupt
// file yields DataLoss, never a crash or a partial model.
#include "dict/cache.h"

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <unistd.h>

namespace dyad::dict {
namespace {

constexpr char kMagic[8] = {'D', 'Y', 'A', 'D', 'D', 'I', 'C', 'T'};
constexpr size_t kHeader = 8 + 4 + 4 + 8 + 8 + 8;
constexpr int kMaxDepth = kMaxPatternDepth;

class Writer {
 public:
  void U8(uint8_t v) { out_.push_back(static_cast<char>(v)); }
  void U32(uint32_t v) { Raw(&v, 4); }
  void I32(int32_t v) { Raw(&v, 4); }
  void U64(uint64_t v) { Raw(&v, 8); }
  void Str(std::string_view s) {
    U32(static_cast<uint32_t>(s.size()));
    out_.append(s);
  }
  void Where(SourceRef w) {
    U32(w.file);
    U32(w.line);
  }
  void Words(const std::vector<Word>& ws) {
    U32(static_cast<uint32_t>(ws.size()));
    for (const Word& w : ws) {
      Str(w.text);
      U8(static_cast<uint8_t>(w.match));
      U8(w.gap_after);
    }
  }
  void Phr(const Phrase& p) {
    Str(p.written);
    Words(p.words);
  }
  void Phrases(const std::vector<Phrase>& ps) {
    U32(static_cast<uint32_t>(ps.size()));
    for (const Phrase& p : ps) Phr(p);
  }
  void Code(const EventCode& c) {
    Str(c.code);
    Str(c.paired);
    U8(static_cast<uint8_t>(c.suffix));
  }
  void Items(const std::vector<PatternItem>& items) {
    U32(static_cast<uint32_t>(items.size()));
    for (const PatternItem& it : items) {
      U8(static_cast<uint8_t>(it.kind));
      Str(it.word.text);
      U8(static_cast<uint8_t>(it.word.match));
      U8(it.word.gap_after);
      Str(it.name);
      U32(static_cast<uint32_t>(it.children.size()));
      for (const auto& c : it.children) Items(c);
    }
  }
  void Map(const std::map<std::string, std::string>& m) {
    U32(static_cast<uint32_t>(m.size()));
    for (const auto& [k, v] : m) {
      Str(k);
      Str(v);
    }
  }
  std::string& out() { return out_; }

 private:
  void Raw(const void* p, size_t n) { out_.append(static_cast<const char*>(p), n); }
  std::string out_;
};

class Reader {
 public:
  explicit Reader(std::string_view in) : in_(in) {}
  bool ok() const { return ok_; }
  uint8_t U8() {
    uint8_t v = 0;
    Raw(&v, 1);
    return v;
  }
  uint32_t U32() {
    uint32_t v = 0;
    Raw(&v, 4);
    return v;
  }
  int32_t I32() {
    int32_t v = 0;
    Raw(&v, 4);
    return v;
  }
  std::string Str() {
    uint32_t n = U32();
    if (!ok_ || n > in_.size() - pos_) {
      ok_ = false;
      return {};
    }
    std::string s(in_.substr(pos_, n));
    pos_ += n;
    return s;
  }
  // A count of items each at least `min_bytes` long, checked against what is left.
  uint32_t Count(size_t min_bytes) {
    uint32_t n = U32();
    if (!ok_ || n > (in_.size() - pos_) / std::max<size_t>(min_bytes, 1)) {
      ok_ = false;
      return 0;
    }
    return n;
  }
  SourceRef Where() {
    SourceRef w;
    w.file = U32();
    w.line = U32();
    return w;
  }
  WordMatch Match() {
    uint8_t m = U8();
    if (m > 3) ok_ = false;
    return static_cast<WordMatch>(m & 3);
  }
  std::vector<Word> Words() {
    std::vector<Word> ws(Count(6));
    for (Word& w : ws) {
      w.text = Str();
      w.match = Match();
      w.gap_after = U8() != 0;
    }
    return ws;
  }
  Phrase Phr() {
    Phrase p;
    p.written = Str();
    p.words = Words();
    return p;
  }
  std::vector<Phrase> Phrases() {
    std::vector<Phrase> ps(Count(8));
    for (Phrase& p : ps) p = Phr();
    return ps;
  }
  EventCode Code() {
    EventCode c;
    c.code = Str();
    c.paired = Str();
    c.suffix = static_cast<char>(U8());
    return c;
  }
  std::vector<PatternItem> Items(int depth) {
    if (depth > kMaxDepth) {
      ok_ = false;
      return {};
    }
    std::vector<PatternItem> items(Count(15));  // kind, text, match, gap, name, children
    for (PatternItem& it : items) {
      uint8_t kind = U8();
      if (kind > static_cast<uint8_t>(PatternItem::Kind::kPrepPhrase)) ok_ = false;
      it.kind = static_cast<PatternItem::Kind>(kind);
      it.word.text = Str();
      it.word.match = Match();
      it.word.gap_after = U8() != 0;
      it.name = Str();
      it.children.resize(Count(4));
      for (auto& c : it.children) c = Items(depth + 1);
      if (!ok_) break;
    }
    return items;
  }
  std::map<std::string, std::string> Map() {
    std::map<std::string, std::string> m;
    uint32_t n = Count(8);
    for (uint32_t i = 0; i < n && ok_; ++i) {
      std::string k = Str();
      m[k] = Str();
    }
    return m;
  }
  bool at_end() const { return pos_ == in_.size(); }

 private:
  void Raw(void* p, size_t n) {
    if (!ok_ || n > in_.size() - pos_) {
      ok_ = false;
      return;
    }
    std::memcpy(p, in_.data() + pos_, n);
    pos_ += n;
  }
  std::string_view in_;
  size_t pos_ = 0;
  bool ok_ = true;
};

void WritePayload(const Model& m, Writer& w) {
  w.U32(static_cast<uint32_t>(m.files.size()));
  for (const std::string& f : m.files) w.Str(f);
  w.U32(static_cast<uint32_t>(m.actors.size()));
  for (const Actor& a : m.actors) {
    w.U8(static_cast<uint8_t>(a.kind));
    w.Phrases(a.phrases);
    w.U32(static_cast<uint32_t>(a.codes.size()));
    for (const DatedCode& c : a.codes) {
      w.Str(c.code);
      w.I32(c.from);
      w.I32(c.to);
    }
    w.Str(a.country);
    w.U32(a.primaries);
    w.Where(a.where);
  }
  w.U32(static_cast<uint32_t>(m.agents.size()));
  for (const Agent& a : m.agents) {
    w.Phrases(a.phrases);
    w.Str(a.code);
    w.U8(a.prefix);
    w.Where(a.where);
  }
  w.U32(static_cast<uint32_t>(m.verbs.size()));
  for (const VerbBlock& b : m.verbs) {
    w.Str(b.name);
    w.Code(b.code);
    w.U32(static_cast<uint32_t>(b.verbs.size()));
    for (const VerbForm& v : b.verbs) {
      w.U32(static_cast<uint32_t>(v.words.size()));
      for (const std::string& s : v.words) w.Str(s);
      w.U32(static_cast<uint32_t>(v.inflected));
      w.U32(static_cast<uint32_t>(v.forms.size()));
      for (const std::string& s : v.forms) w.Str(s);
      w.U8(v.has_code);
      w.Code(v.code);
      w.U8(v.noun);
    }
    w.U32(static_cast<uint32_t>(b.patterns.size()));
    for (const VerbPattern& p : b.patterns) {
      w.Items(p.items);
      w.Code(p.code);
      w.Where(p.where);
    }
    w.Where(b.where);
  }
  w.U32(static_cast<uint32_t>(m.synsets.size()));
  for (const Synset& s : m.synsets) {
    w.Str(s.name);
    w.Phrases(s.members);
    w.U8(s.no_plural);
    w.Where(s.where);
  }
  w.U32(static_cast<uint32_t>(m.transformations.size()));
  for (const Transformation& t : m.transformations) {
    for (const std::string* s : {&t.outer_source, &t.inner_source, &t.inner_target, &t.inner_verb, &t.outer_verb,
                                 &t.result_source, &t.result_target, &t.result_code})
      w.Str(*s);
    w.Where(t.where);
  }
  w.U32(static_cast<uint32_t>(m.discards.size()));
  for (const Discard& d : m.discards) {
    w.Phr(d.phrase);
    w.U8(d.story);
    w.Where(d.where);
  }
  w.U32(static_cast<uint32_t>(m.issues.size()));
  for (const Issue& i : m.issues) {
    w.Str(i.category);
    w.Phr(i.phrase);
    w.Str(i.code);
    w.U8(i.ignore);
    w.Where(i.where);
  }
  w.U32(static_cast<uint32_t>(m.time_shifts.size()));
  for (const TimeShift& t : m.time_shifts) {
    w.Phr(t.phrase);
    w.Str(t.code);
    w.Where(t.where);
  }
  w.Phrases(m.nouns);
  w.Phrases(m.adjectives);
  w.U32(static_cast<uint32_t>(m.generics.size()));
  for (const std::string& g : m.generics) w.Str(g);
  w.Map(m.modifiers);
  w.Map(m.options);
  w.Map(m.labels);
  w.U32(static_cast<uint32_t>(m.warnings.size()));
  for (const Warning& x : m.warnings) {
    w.Where(x.where);
    w.Str(x.message);
  }
}

bool ReadPayload(Reader& r, Model* m) {
  m->files.resize(r.Count(4));
  for (std::string& f : m->files) f = r.Str();
  m->actors.resize(r.Count(20));
  for (Actor& a : m->actors) {
    uint8_t kind = r.U8();
    if (kind > 2) return false;
    a.kind = static_cast<ActorKind>(kind);
    a.phrases = r.Phrases();
    a.codes.resize(r.Count(12));
    for (DatedCode& c : a.codes) {
      c.code = r.Str();
      c.from = r.I32();
      c.to = r.I32();
    }
    a.country = r.Str();
    a.primaries = r.U32();
    a.where = r.Where();
    if (!r.ok()) return false;
  }
  m->agents.resize(r.Count(17));
  for (Agent& a : m->agents) {
    a.phrases = r.Phrases();
    a.code = r.Str();
    a.prefix = r.U8() != 0;
    a.where = r.Where();
    if (!r.ok()) return false;
  }
  m->verbs.resize(r.Count(29));  // name, code, forms, patterns, where
  for (VerbBlock& b : m->verbs) {
    b.name = r.Str();
    b.code = r.Code();
    b.verbs.resize(r.Count(22));
    for (VerbForm& v : b.verbs) {
      v.words.resize(r.Count(4));
      for (std::string& s : v.words) s = r.Str();
      v.inflected = static_cast<int>(r.U32());
      v.forms.resize(r.Count(4));
      for (std::string& s : v.forms) s = r.Str();
      v.has_code = r.U8() != 0;
      v.code = r.Code();
      v.noun = r.U8() != 0;
      if (!r.ok() || v.inflected < 0 || static_cast<size_t>(v.inflected) >= std::max<size_t>(v.words.size(), 1))
        return false;
    }
    b.patterns.resize(r.Count(21));
    for (VerbPattern& p : b.patterns) {
      p.items = r.Items(0);
      p.code = r.Code();
      p.where = r.Where();
      if (!r.ok()) return false;
    }
    b.where = r.Where();
  }
  m->synsets.resize(r.Count(17));
  for (Synset& s : m->synsets) {
    s.name = r.Str();
    s.members = r.Phrases();
    s.no_plural = r.U8() != 0;
    s.where = r.Where();
    if (!r.ok()) return false;
  }
  m->transformations.resize(r.Count(40));
  for (Transformation& t : m->transformations) {
    for (std::string* s : {&t.outer_source, &t.inner_source, &t.inner_target, &t.inner_verb, &t.outer_verb,
                           &t.result_source, &t.result_target, &t.result_code})
      *s = r.Str();
    t.where = r.Where();
  }
  m->discards.resize(r.Count(17));
  for (Discard& d : m->discards) {
    d.phrase = r.Phr();
    d.story = r.U8() != 0;
    d.where = r.Where();
    if (!r.ok()) return false;
  }
  m->issues.resize(r.Count(25));
  for (Issue& i : m->issues) {
    i.category = r.Str();
    i.phrase = r.Phr();
    i.code = r.Str();
    i.ignore = r.U8() != 0;
    i.where = r.Where();
    if (!r.ok()) return false;
  }
  m->time_shifts.resize(r.Count(20));
  for (TimeShift& t : m->time_shifts) {
    t.phrase = r.Phr();
    t.code = r.Str();
    t.where = r.Where();
  }
  m->nouns = r.Phrases();
  m->adjectives = r.Phrases();
  m->generics.resize(r.Count(4));
  for (std::string& g : m->generics) g = r.Str();
  m->modifiers = r.Map();
  m->options = r.Map();
  m->labels = r.Map();
  m->warnings.resize(r.Count(12));
  for (Warning& x : m->warnings) {
    x.where = r.Where();
    x.message = r.Str();
  }
  return r.ok() && r.at_end();
}

uint64_t Load64(const char* p) {
  uint64_t v;
  std::memcpy(&v, p, 8);
  return v;
}

}  // namespace

uint64_t Checksum64(std::string_view data, uint64_t seed) {
  constexpr uint64_t kMul = 0x9E3779B97F4A7C15ull;
  uint64_t h = seed ^ (data.size() * kMul);
  size_t i = 0;
  for (; i + 8 <= data.size(); i += 8) {
    h ^= Load64(data.data() + i) * 0xBF58476D1CE4E5B9ull;
    h = ((h << 27) | (h >> 37)) * kMul + 0x94D049BB133111EBull;
  }
  uint64_t tail = 0;
  if (i < data.size()) std::memcpy(&tail, data.data() + i, data.size() - i);
  h ^= tail * 0xBF58476D1CE4E5B9ull;
  h ^= h >> 31;
  h *= kMul;
  h ^= h >> 29;
  return h;
}

std::string SerializeModel(const Model& model, uint64_t source_sum) {
  Writer payload;
  WritePayload(model, payload);
  Writer head;
  head.out().append(kMagic, 8);
  head.U32(kCacheVersion);
  head.U32(0);
  head.U64(source_sum);
  head.U64(payload.out().size());
  head.U64(Checksum64(payload.out()));
  return head.out() + payload.out();
}

Result<Model> DeserializeModel(std::string_view bytes, uint64_t source_sum) {
  if (bytes.size() < kHeader || std::memcmp(bytes.data(), kMagic, 8) != 0)
    return DataLoss("not a dyad dictionary cache");
  uint32_t version;
  std::memcpy(&version, bytes.data() + 8, 4);
  if (version != kCacheVersion) return Unsupported("cache version " + std::to_string(version));
  if (Load64(bytes.data() + 16) != source_sum) return NotFound("cache is stale: sources changed");
  const uint64_t size = Load64(bytes.data() + 24);
  if (size != bytes.size() - kHeader) return DataLoss("cache is truncated");
  std::string_view payload = bytes.substr(kHeader);
  if (Checksum64(payload) != Load64(bytes.data() + 32)) return DataLoss("cache checksum mismatch");
  Model m;
  Reader r(payload);
  if (!ReadPayload(r, &m)) return DataLoss("cache payload is malformed");
  return m;
}

Status WriteFileAtomically(const std::string& path, std::string_view bytes) {
  std::string tmp = path + ".tmp" + std::to_string(::getpid());
  std::FILE* f = std::fopen(tmp.c_str(), "wb");
  if (f == nullptr) return IoError("cannot write " + tmp);
  bool ok = std::fwrite(bytes.data(), 1, bytes.size(), f) == bytes.size();
  ok = (std::fclose(f) == 0) && ok;
  if (!ok || std::rename(tmp.c_str(), path.c_str()) != 0) {
    std::remove(tmp.c_str());
    return IoError("cannot write " + path);
  }
  return Status::Ok();
}

}  // namespace dyad::dict
