// TABARI's word-level sentence filters (see tabari_clauses.h).
#include "code/tabari_clauses.h"

#include <cctype>
#include <cstdlib>
#include <sstream>

namespace dyad::code {

CommaLimits ParseCommaLimits(std::string_view spec, CommaLimits base) {
  std::string spaced;
  for (char c : spec) {
    if (c == '=') {
      spaced += " = ";
    } else {
      spaced += c;
    }
  }
  std::istringstream in(spaced);
  std::string w, key;
  CommaLimits out = base;
  out.off = false;
  while (in >> w) {
    if (w == "OFF") {
      out.off = true;
    } else if (w == "=") {
      continue;
    } else if (!key.empty() && std::isdigit(static_cast<unsigned char>(w[0]))) {
      const int v = std::atoi(w.c_str());
      if (key == "MIN") out.min = v;
      if (key == "MAX") out.max = v;
      if (key == "EMIN") out.emin = v;
      if (key == "EMAX") out.emax = v;
      if (key == "BMIN") out.bmin = v;
      if (key == "BMAX") out.bmax = v;
      key.clear();
    } else {
      key = w;
    }
  }
  return out;
}

bool IsWordToken(std::string_view t) {
  if (t.empty() || t[0] == '\'') return false;
  for (char c : t) {
    if (std::isalnum(static_cast<unsigned char>(c))) return true;
  }
  return false;
}

int CountWords(const std::vector<std::string>& tokens) {
  int n = 0;
  for (const std::string& t : tokens) n += IsWordToken(t);
  return n;
}

std::vector<bool> CommaClauseMask(const std::vector<std::string>& tokens, const CommaLimits& limits,
                                  const std::function<bool(std::string_view)>& list_word) {
  std::vector<bool> keep(tokens.size(), true);
  if (limits.off) return keep;
  std::vector<size_t> commas;
  for (size_t i = 0; i < tokens.size(); ++i) {
    if (tokens[i] == ",") commas.push_back(i);
  }
  if (commas.empty()) return keep;
  auto words = [&](size_t from, size_t to) {
    int n = 0;
    for (size_t i = from; i < to; ++i) n += IsWordToken(tokens[i]);
    return n;
  };
  auto drop = [&](size_t from, size_t to) {
    for (size_t i = from; i < to; ++i) keep[i] = false;
  };
  // A comma beside a conjunction lists actors ("A, B, and C"; ", and C and D,"): the
  // clauses around it are not subordinate.
  auto conjunction = [&](size_t i) {
    return i < tokens.size() && (tokens[i] == "and" || tokens[i] == "or" || tokens[i] == "And");
  };
  // The clause before the first comma goes with that comma.
  const int begin_words = words(0, commas.front());
  if (begin_words >= limits.bmin && begin_words <= limits.bmax) drop(0, commas.front() + 1);
  // Internal clauses, paired from the left: a dropped clause takes the comma that opens
  // it, and the comma that closes it opens no other clause.
  bool last_closed = false;
  for (size_t k = 0; k + 1 < commas.size(); ++k) {
    const int n = words(commas[k] + 1, commas[k + 1]);
    if (n < limits.min || n > limits.max || conjunction(commas[k] + 1)) continue;
    if (conjunction(commas[k + 1] + 1)) {
      bool names = true;
      for (size_t i = commas[k] + 1; i < commas[k + 1] && names && list_word; ++i) names = list_word(tokens[i]);
      if (names) continue;
    }
    drop(commas[k], commas[k + 1]);
    last_closed = k + 1 == commas.size() - 1;
    ++k;
  }
  // The clause after the last comma, up to the closing full stop, goes with that comma;
  // a sentence without a full stop has no such clause.
  size_t end = tokens.size();
  while (end > commas.back() + 1 && !IsWordToken(tokens[end - 1])) --end;
  const bool stop = end < tokens.size() && (tokens.back() == "." || tokens.back() == "?" || tokens.back() == "!");
  const int end_words = words(commas.back() + 1, end);
  if (stop && !last_closed && !conjunction(commas.back() + 1) && end_words >= limits.emin &&
      end_words <= limits.emax) {
    drop(commas.back(), end);
  }
  return keep;
}

}  // namespace dyad::code
