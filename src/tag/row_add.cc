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

namespace {

// Eight floats, read and written at any alignment: GCC's and clang's vector extension,
// one AVX2 register or two SSE ones.
typedef float V8 __attribute__((vector_size(32), aligned(4)));

// rows[r][0, 8 * k) added to scores[0, 8 * k), the partial sums held in k vectors.
template <int k>
inline void AddVectors(const float* const* rows, int count, int offset, float* scores) {
  V8 acc[k];
  for (int v = 0; v < k; ++v) acc[v] = *reinterpret_cast<const V8*>(scores + 8 * v);
  for (int r = 0; r < count; ++r) {
    const float* row = rows[r] + offset;
    for (int v = 0; v < k; ++v) acc[v] += *reinterpret_cast<const V8*>(row + 8 * v);
  }
  for (int v = 0; v < k; ++v) *reinterpret_cast<V8*>(scores + 8 * v) = acc[v];
}

}  // namespace

DYAD_ROW_CLONES void AddRows(const float* const* rows, int count, float* scores, int n) {
  int c = 0;
  for (; c + 32 <= n; c += 32) AddVectors<4>(rows, count, c, scores + c);
  for (; c + 8 <= n; c += 8) AddVectors<1>(rows, count, c, scores + c);
  for (; c < n; ++c) {
    float acc = scores[c];
    for (int r = 0; r < count; ++r) acc += rows[r][c];
    scores[c] = acc;
  }
}

DYAD_ROW_CLONES void AddScaledRow(const int16_t* __restrict row, float scale, float* __restrict scores,
                                  int n) {
  for (int c = 0; c < n; ++c) scores[c] += scale * static_cast<float>(row[c]);
}

}  // namespace dyad::tag
