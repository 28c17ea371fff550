// See row_add.h. The loops are left to the compiler's vectoriser; target_clones builds
// them once with AVX2 (eight floats an instruction) and once for the baseline (four).
#include "tag/row_add.h"

namespace dyad::tag {

#if defined(__x86_64__) && defined(__GNUC__) && !defined(__clang__)
#define DYAD_ROW_CLONES __attribute__((target_clones("avx2", "default")))
#else
#define DYAD_ROW_CLONES
#endif

DYAD_ROW_CLONES void AddRow(const float* __restrict row, float* __restrict scores, int n) {
  for (int c = 0; c < n; ++c) scores[c] += row[c];
}

DYAD_ROW_CLONES void AddScaledRow(const int16_t* __restrict row, float scale, float* __restrict scores,
                                  int n) {
  for (int c = 0; c < n; ++c) scores[c] += scale * static_cast<float>(row[c]);
}

}  // namespace dyad::tag
