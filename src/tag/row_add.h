// The adds that scoring spends its arithmetic on: a dense row of weights into an array of
// class scores. Each function has a version for AVX-512, one for AVX2 and plain loops for
// any other processor (or target), and the first call picks the best the processor runs;
// all do the same IEEE operations element by element (no fused multiply-add), so the
// sums, and every tag and tree, are the same bits on every machine.
#pragma once

#include <cstdint>
#include <vector>

namespace dyad::tag {

// scores[c] += row[c] for c in [0, n).
void AddRow(const float* row, float* scores, int n);

// scores[c] += rows[0][c] + ... in turn for every row (the same sums as AddRow with each
// row in order), the partial sums held in registers a block of classes at a time instead
// of going back to memory after every row.
void AddRows(const float* const* rows, int count, float* scores, int n);

// scores[c] += scale * float(row[c]) for c in [0, n): a 16-bit quantised row.
void AddScaledRow(const int16_t* row, float scale, float* scores, int n);

// One version of the three adds.
struct RowAdds {
  const char* name;
  void (*add_row)(const float* row, float* scores, int n);
  void (*add_rows)(const float* const* rows, int count, float* scores, int n);
  void (*add_scaled_row)(const int16_t* row, float scale, float* scores, int n);
};

namespace internal {
// The versions this processor runs, the plain loops first and the one the functions above
// use last (for tests, which compare them all).
std::vector<RowAdds> SupportedRowAdds();
// From now on the three functions above call `v` (one of SupportedRowAdds()), in every
// thread: for a benchmark that compares the versions, which sets the last one back after.
void UseRowAdds(const RowAdds& v);
}  // namespace internal

}  // namespace dyad::tag
