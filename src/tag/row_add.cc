// See row_add.h. Three versions of each add: plain loops (left to the compiler, for any
// target), AVX2 (eight floats an instruction) and AVX-512 (sixteen, the last block of a
// row masked, so no scalar tail); the processor's best is chosen once, at load. Every
// version does the same IEEE operations element by element: a multiply, then an add,
// never fused (this file is compiled with -ffp-contract=off: GCC would otherwise fuse
// the AVX-512 intrinsics' multiply and add, which are plain vector arithmetic to it).
#include "tag/row_add.h"

#include <atomic>

#if defined(__x86_64__) && defined(__GNUC__)
#include <immintrin.h>
#define DYAD_ROW_X86 1
#if !defined(__clang__)
// GCC 12's AVX-512 conversions start from _mm512_undefined_*, which its own warning
// takes for an uninitialised read.
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
#endif
#endif

namespace dyad::tag {
namespace {

void AddRowPlain(const float* __restrict row, float* __restrict scores, int n) {
  for (int c = 0; c < n; ++c) scores[c] += row[c];
}

// Classes [from, n) of AddRows: the whole of the plain version, the tail of AVX2's.
void AddRowsFrom(const float* const* rows, int count, float* scores, int from, int n) {
  for (int c = from; c < n; ++c) {
    float acc = scores[c];
    for (int r = 0; r < count; ++r) acc += rows[r][c];
    scores[c] = acc;
  }
}

void AddRowsPlain(const float* const* rows, int count, float* scores, int n) { AddRowsFrom(rows, count, scores, 0, n); }

void AddScaledRowPlain(const int16_t* __restrict row, float scale, float* __restrict scores, int n) {
  for (int c = 0; c < n; ++c) scores[c] += scale * static_cast<float>(row[c]);
}

#ifdef DYAD_ROW_X86

#define DYAD_AVX2 __attribute__((target("avx2")))
#define DYAD_AVX512 __attribute__((target("avx512f,avx512bw,avx512vl")))

DYAD_AVX2 void AddRowAvx2(const float* __restrict row, float* __restrict scores, int n) {
  int c = 0;
  for (; c + 8 <= n; c += 8)
    _mm256_storeu_ps(scores + c, _mm256_add_ps(_mm256_loadu_ps(scores + c), _mm256_loadu_ps(row + c)));
  AddRowPlain(row + c, scores + c, n - c);
}

// rows[r][offset, offset + 8k) added to scores[0, 8k), the partial sums in k registers.
template <int k>
DYAD_AVX2 inline void AddBlocksAvx2(const float* const* rows, int count, int offset, float* scores) {
  __m256 acc[k];
  for (int v = 0; v < k; ++v) acc[v] = _mm256_loadu_ps(scores + 8 * v);
  for (int r = 0; r < count; ++r) {
    const float* row = rows[r] + offset;
    for (int v = 0; v < k; ++v) acc[v] = _mm256_add_ps(acc[v], _mm256_loadu_ps(row + 8 * v));
  }
  for (int v = 0; v < k; ++v) _mm256_storeu_ps(scores + 8 * v, acc[v]);
}

DYAD_AVX2 void AddRowsAvx2(const float* const* rows, int count, float* scores, int n) {
  int c = 0;
  for (; c + 32 <= n; c += 32) AddBlocksAvx2<4>(rows, count, c, scores + c);
  for (; c + 8 <= n; c += 8) AddBlocksAvx2<1>(rows, count, c, scores + c);
  AddRowsFrom(rows, count, scores, c, n);
}

DYAD_AVX2 void AddScaledRowAvx2(const int16_t* __restrict row, float scale, float* __restrict scores, int n) {
  const __m256 s = _mm256_set1_ps(scale);
  int c = 0;
  for (; c + 8 <= n; c += 8) {
    const __m256 w = _mm256_cvtepi32_ps(_mm256_cvtepi16_epi32(_mm_loadu_si128(reinterpret_cast<const __m128i*>(row + c))));
    _mm256_storeu_ps(scores + c, _mm256_add_ps(_mm256_loadu_ps(scores + c), _mm256_mul_ps(s, w)));
  }
  AddScaledRowPlain(row + c, scale, scores + c, n - c);
}

// The lanes [0, left) of a 16-lane block, left < 16.
DYAD_AVX512 inline __mmask16 Lanes(int left) { return static_cast<__mmask16>((1u << left) - 1); }

DYAD_AVX512 void AddRowAvx512(const float* __restrict row, float* __restrict scores, int n) {
  int c = 0;
  for (; c + 16 <= n; c += 16)
    _mm512_storeu_ps(scores + c, _mm512_add_ps(_mm512_loadu_ps(scores + c), _mm512_loadu_ps(row + c)));
  if (c < n) {
    const __mmask16 m = Lanes(n - c);
    _mm512_mask_storeu_ps(scores + c, m, _mm512_add_ps(_mm512_maskz_loadu_ps(m, scores + c), _mm512_maskz_loadu_ps(m, row + c)));
  }
}

// rows[r][offset, offset + 16k) added to scores[0, 16k), the partial sums in k registers;
// the last register's lanes limited to `last` (all sixteen when the block is whole).
template <int k>
DYAD_AVX512 inline void AddBlocksAvx512(const float* const* rows, int count, int offset, float* scores,
                                        __mmask16 last) {
  __m512 acc[k];
  for (int v = 0; v < k; ++v) acc[v] = _mm512_maskz_loadu_ps(v == k - 1 ? last : 0xffff, scores + 16 * v);
  for (int r = 0; r < count; ++r) {
    const float* row = rows[r] + offset;
    for (int v = 0; v < k; ++v)
      acc[v] = _mm512_add_ps(acc[v], _mm512_maskz_loadu_ps(v == k - 1 ? last : 0xffff, row + 16 * v));
  }
  for (int v = 0; v < k; ++v) _mm512_mask_storeu_ps(scores + 16 * v, v == k - 1 ? last : 0xffff, acc[v]);
}

DYAD_AVX512 void AddRowsAvx512(const float* const* rows, int count, float* scores, int n) {
  int c = 0;
  for (; c + 64 <= n; c += 64) AddBlocksAvx512<4>(rows, count, c, scores + c, 0xffff);
  // At most 63 classes left: as many registers as they need, the last one masked.
  const int left = n - c;
  const __mmask16 last = (left & 15) == 0 ? 0xffff : Lanes(left & 15);
  switch ((left + 15) / 16) {
    case 4: AddBlocksAvx512<4>(rows, count, c, scores + c, last); break;
    case 3: AddBlocksAvx512<3>(rows, count, c, scores + c, last); break;
    case 2: AddBlocksAvx512<2>(rows, count, c, scores + c, last); break;
    case 1: AddBlocksAvx512<1>(rows, count, c, scores + c, last); break;
    default: break;
  }
}

DYAD_AVX512 void AddScaledRowAvx512(const int16_t* __restrict row, float scale, float* __restrict scores, int n) {
  const __m512 s = _mm512_set1_ps(scale);
  int c = 0;
  for (; c + 16 <= n; c += 16) {
    const __m512 w = _mm512_cvtepi32_ps(_mm512_cvtepi16_epi32(_mm256_loadu_si256(reinterpret_cast<const __m256i*>(row + c))));
    _mm512_storeu_ps(scores + c, _mm512_add_ps(_mm512_loadu_ps(scores + c), _mm512_mul_ps(s, w)));
  }
  if (c < n) {
    const __mmask16 m = Lanes(n - c);
    const __m512 w = _mm512_cvtepi32_ps(_mm512_cvtepi16_epi32(_mm256_maskz_loadu_epi16(m, row + c)));
    _mm512_mask_storeu_ps(scores + c, m, _mm512_add_ps(_mm512_maskz_loadu_ps(m, scores + c), _mm512_mul_ps(s, w)));
  }
}

#endif  // DYAD_ROW_X86

constexpr RowAdds kPlain{"plain", AddRowPlain, AddRowsPlain, AddScaledRowPlain};
#ifdef DYAD_ROW_X86
constexpr RowAdds kAvx2{"avx2", AddRowAvx2, AddRowsAvx2, AddScaledRowAvx2};
constexpr RowAdds kAvx512{"avx512", AddRowAvx512, AddRowsAvx512, AddScaledRowAvx512};
#endif

// The best version the processor runs: the last of these.
const RowAdds* Best() {
#ifdef DYAD_ROW_X86
  __builtin_cpu_init();
  if (__builtin_cpu_supports("avx512f") && __builtin_cpu_supports("avx512bw") &&
      __builtin_cpu_supports("avx512vl"))
    return &kAvx512;
  if (__builtin_cpu_supports("avx2")) return &kAvx2;
#endif
  return &kPlain;
}

// Each function goes through a pointer that starts at a stub: the first call (from any
// thread; they all store the same value) points it at the best version, so a call costs a
// load and an indirect jump.
void AddRowFirst(const float* row, float* scores, int n);
void AddRowsFirst(const float* const* rows, int count, float* scores, int n);
void AddScaledRowFirst(const int16_t* row, float scale, float* scores, int n);
constinit std::atomic<decltype(&AddRowFirst)> add_row{AddRowFirst};
constinit std::atomic<decltype(&AddRowsFirst)> add_rows{AddRowsFirst};
constinit std::atomic<decltype(&AddScaledRowFirst)> add_scaled_row{AddScaledRowFirst};

void AddRowFirst(const float* row, float* scores, int n) {
  add_row.store(Best()->add_row, std::memory_order_relaxed);
  Best()->add_row(row, scores, n);
}
void AddRowsFirst(const float* const* rows, int count, float* scores, int n) {
  add_rows.store(Best()->add_rows, std::memory_order_relaxed);
  Best()->add_rows(rows, count, scores, n);
}
void AddScaledRowFirst(const int16_t* row, float scale, float* scores, int n) {
  add_scaled_row.store(Best()->add_scaled_row, std::memory_order_relaxed);
  Best()->add_scaled_row(row, scale, scores, n);
}

}  // namespace

namespace internal {
std::vector<RowAdds> SupportedRowAdds() {
  const RowAdds* best = Best();
  std::vector<RowAdds> v{kPlain};
#ifdef DYAD_ROW_X86
  if (best != &kPlain) v.push_back(kAvx2);
  if (best == &kAvx512) v.push_back(kAvx512);
#endif
  return v;
}

void UseRowAdds(const RowAdds& v) {
  add_row.store(v.add_row, std::memory_order_relaxed);
  add_rows.store(v.add_rows, std::memory_order_relaxed);
  add_scaled_row.store(v.add_scaled_row, std::memory_order_relaxed);
}
}  // namespace internal

void AddRow(const float* row, float* scores, int n) {
  add_row.load(std::memory_order_relaxed)(row, scores, n);
}

void AddRows(const float* const* rows, int count, float* scores, int n) {
  add_rows.load(std::memory_order_relaxed)(rows, count, scores, n);
}

void AddScaledRow(const int16_t* row, float scale, float* scores, int n) {
  add_scaled_row.load(std::memory_order_relaxed)(row, scale, scores, n);
}

}  // namespace dyad::tag
