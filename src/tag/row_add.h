// The adds that scoring spends its arithmetic on: a dense row of weights into an array of
// class scores. Each function is compiled twice, for AVX2 and for any x86-64 (or any other
// target), and the first call picks the version the processor runs (GCC's target_clones);
// both do the same IEEE operations element by element (no fused multiply-add), so the
// sums, and every tag and tree, are the same bits on every machine.
#pragma once

#include <cstdint>

namespace dyad::tag {

// scores[c] += row[c] for c in [0, n).
void AddRow(const float* row, float* scores, int n);

// scores[c] += rows[0][c] + ... in turn for every row (the same sums as AddRow with each
// row in order), the partial sums held in registers a block of classes at a time instead
// of going back to memory after every row.
void AddRows(const float* const* rows, int count, float* scores, int n);

// scores[c] += scale * float(row[c]) for c in [0, n): a 16-bit quantised row.
void AddScaledRow(const int16_t* row, float scale, float* scores, int n);

}  // namespace dyad::tag
