// The row adds give, in every version the processor running the test supports (and so in
// the one the functions pick), the same bits as the plain scalar loops, at every length
// and alignment that scoring uses.
#include "tag/row_add.h"

#include <gtest/gtest.h>

#include <bit>
#include <cstdint>
#include <random>
#include <vector>

namespace dyad::tag {
namespace {

std::vector<float> RandomFloats(std::mt19937& rng, size_t n) {
  std::uniform_real_distribution<float> d(-40.0f, 40.0f);
  std::vector<float> v(n);
  for (float& x : v) x = d(rng);
  return v;
}

const std::vector<RowAdds>& Versions() {
  static const std::vector<RowAdds> versions = internal::SupportedRowAdds();
  return versions;
}

// Every element, the ones outside the row included (which must be untouched).
void ExpectSameBits(const std::vector<float>& got, const std::vector<float>& want, const char* version, int n) {
  ASSERT_EQ(got.size(), want.size());
  for (size_t c = 0; c < got.size(); ++c)
    ASSERT_EQ(std::bit_cast<uint32_t>(got[c]), std::bit_cast<uint32_t>(want[c])) << version << " n=" << n << " at " << c;
}

TEST(RowAddTest, ThePlainLoopsAreAlwaysAVersion) {
  ASSERT_FALSE(Versions().empty());
  EXPECT_STREQ(Versions().front().name, "plain");
}

TEST(RowAddTest, AddRowMatchesTheScalarLoop) {
  std::mt19937 rng(7);
  for (int n : {0, 1, 3, 7, 8, 9, 15, 16, 17, 31, 63, 64, 65, 83, 101, 103, 108, 255}) {
    for (int shift : {0, 1, 3}) {  // rows and scores not on a vector boundary
      const std::vector<float> row = RandomFloats(rng, n + shift);
      std::vector<float> scores = RandomFloats(rng, n + shift + 1), want = scores;
      for (int c = 0; c < n; ++c) want[shift + c] += row[shift + c];
      for (const RowAdds& v : Versions()) {
        std::vector<float> got = scores;
        v.add_row(row.data() + shift, got.data() + shift, n);
        ExpectSameBits(got, want, v.name, n);
      }
      AddRow(row.data() + shift, scores.data() + shift, n);
      ExpectSameBits(scores, want, "chosen", n);
    }
  }
}

TEST(RowAddTest, AddRowsMatchesTheRowsAddedInTurn) {
  std::mt19937 rng(5);
  for (int n : {0, 1, 7, 8, 9, 15, 16, 17, 31, 32, 33, 41, 48, 63, 64, 65, 83, 103, 108, 255}) {
    for (int count : {0, 1, 2, 16, 17}) {
      for (int shift : {0, 1, 3}) {
        std::vector<std::vector<float>> rows;
        std::vector<const float*> pointers;
        for (int r = 0; r < count; ++r) rows.push_back(RandomFloats(rng, n + shift));
        for (const auto& row : rows) pointers.push_back(row.data() + shift);
        std::vector<float> scores = RandomFloats(rng, n + shift + 1), want = scores;
        for (const auto& row : rows)
          for (int c = 0; c < n; ++c) want[shift + c] += row[shift + c];
        for (const RowAdds& v : Versions()) {
          std::vector<float> got = scores;
          v.add_rows(pointers.data(), count, got.data() + shift, n);
          ExpectSameBits(got, want, v.name, n);
        }
        AddRows(pointers.data(), count, scores.data() + shift, n);
        ExpectSameBits(scores, want, "chosen", n);
      }
    }
  }
}

TEST(RowAddTest, AddScaledRowMatchesTheScalarLoop) {
  std::mt19937 rng(11);
  std::uniform_int_distribution<int> value(-32767, 32767);
  for (int n : {0, 1, 3, 7, 8, 9, 15, 16, 17, 31, 63, 64, 65, 83, 101, 103, 108, 255}) {
    for (int shift : {0, 1, 2}) {
      std::vector<int16_t> row(n + shift);
      for (int16_t& x : row) x = static_cast<int16_t>(value(rng));
      const float scale = 0.000123f * static_cast<float>(n + 1);
      std::vector<float> scores = RandomFloats(rng, n + shift + 1), want = scores;
      for (int c = 0; c < n; ++c) want[shift + c] += scale * static_cast<float>(row[shift + c]);
      for (const RowAdds& v : Versions()) {
        std::vector<float> got = scores;
        v.add_scaled_row(row.data() + shift, scale, got.data() + shift, n);
        ExpectSameBits(got, want, v.name, n);
      }
      AddScaledRow(row.data() + shift, scale, scores.data() + shift, n);
      ExpectSameBits(scores, want, "chosen", n);
    }
  }
}

}  // namespace
}  // namespace dyad::tag
