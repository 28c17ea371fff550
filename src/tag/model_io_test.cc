#include "tag/model_io.h"

#include <gtest/gtest.h>

#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "tag/perceptron.h"

namespace dyad::tag {
namespace {

// A model-like byte sequence: a magic string, small fields and arrays on both sides of the
// reader's staging size (64 KiB), one of them in a huge-page vector.
std::string Sample() {
  ByteWriter out;
  out.PutString("DYADTEST");
  out.Put<uint32_t>(7);
  std::vector<uint32_t> big(100000);
  for (size_t i = 0; i < big.size(); ++i) big[i] = static_cast<uint32_t>(i * 2654435761u);
  out.PutVector(big);
  out.PutString("label");
  out.PutVector(std::vector<float>{1.5f, -2.0f});
  std::vector<uint8_t> large(3 << 20);
  for (size_t i = 0; i < large.size(); ++i) large[i] = static_cast<uint8_t>(i * 31 + 7);
  out.PutVector(large);
  return out.bytes();
}

Status ReadSample(ByteReader* in, std::string* label = nullptr) {
  std::string magic;
  RETURN_IF_ERROR(in->GetString(&magic));
  if (magic != "DYADTEST") return DataLoss("magic");
  uint32_t seven = 0;
  RETURN_IF_ERROR(in->Get(&seven));
  if (seven != 7) return DataLoss("field");
  std::vector<uint32_t> big;
  RETURN_IF_ERROR(in->GetVector(&big));
  for (size_t i = 0; i < big.size(); ++i)
    if (big[i] != static_cast<uint32_t>(i * 2654435761u)) return DataLoss("big");
  std::string l;
  RETURN_IF_ERROR(in->GetString(&l));
  if (label) *label = l;
  std::vector<float> small;
  RETURN_IF_ERROR(in->GetVector(&small));
  if (small != std::vector<float>{1.5f, -2.0f}) return DataLoss("small");
  internal::LargeVector<uint8_t> large;
  RETURN_IF_ERROR(in->GetVector(&large));
  for (size_t i = 0; i < large.size(); ++i)
    if (large[i] != static_cast<uint8_t>(i * 31 + 7)) return DataLoss("large");
  return in->done() ? Status::Ok() : DataLoss("bytes left");
}

class ModelIoTest : public ::testing::Test {
 protected:
  std::string Path(const std::string& name) {
    return (std::filesystem::temp_directory_path() / ("dyad_model_io_" + std::to_string(::getpid()) + name)).string();
  }
  void TearDown() override {
    for (const auto& p : written_) std::filesystem::remove(p);
  }
  std::string WriteRaw(const std::string& name, const std::string& bytes) {
    const std::string p = Path(name);
    std::ofstream(p, std::ios::binary) << bytes;
    written_.push_back(p);
    return p;
  }
  std::vector<std::string> written_;
};

TEST_F(ModelIoTest, DecodesAFileAsItReadsIt) {
  const std::string bytes = Sample();
  const std::string p = Path("ok.bin");
  written_.push_back(p);
  ASSERT_TRUE(WriteFileBytes(p, bytes).ok());
  auto in = ByteReader::Open(p);
  ASSERT_TRUE(in.ok()) << in.status().ToString();
  std::string label;
  EXPECT_TRUE(ReadSample(&*in, &label).ok());
  EXPECT_EQ(label, "label");
  // The same bytes from memory, and from a file that is not zstd (read whole).
  ByteReader mem(bytes);
  EXPECT_TRUE(ReadSample(&mem).ok());
  auto plain = ByteReader::Open(WriteRaw("plain.bin", bytes));
  ASSERT_TRUE(plain.ok());
  EXPECT_TRUE(ReadSample(&*plain).ok());
  EXPECT_EQ(ByteReader::Open(Path("missing.bin")).status().code(), StatusCode::kNotFound);
}

TEST_F(ModelIoTest, CutOrDamagedFilesFailWithoutCrashing) {
  const std::string p = Path("whole.bin");
  written_.push_back(p);
  ASSERT_TRUE(WriteFileBytes(p, Sample()).ok());
  std::ifstream f(p, std::ios::binary);
  const std::string packed((std::istreambuf_iterator<char>(f)), std::istreambuf_iterator<char>());
  ASSERT_GT(packed.size(), 100u);
  for (size_t cut : {size_t{5}, size_t{20}, packed.size() / 3, packed.size() / 2, packed.size() - 1}) {
    auto in = ByteReader::Open(WriteRaw("cut" + std::to_string(cut), packed.substr(0, cut)));
    if (in.ok()) { EXPECT_FALSE(ReadSample(&*in).ok()) << "cut at " << cut; }
  }
  for (size_t at : {packed.size() / 4, packed.size() / 2, packed.size() - 8}) {
    std::string damaged = packed;
    damaged[at] = static_cast<char>(damaged[at] ^ 0x5a);
    auto in = ByteReader::Open(WriteRaw("damaged" + std::to_string(at), damaged));
    if (in.ok()) (void)ReadSample(&*in);  // an error or wrong values, never a crash
  }
  // A length larger than what is left fails before any allocation.
  ByteWriter out;
  out.Put<uint64_t>(uint64_t{1} << 60);
  const std::string q = Path("huge.bin");
  written_.push_back(q);
  ASSERT_TRUE(WriteFileBytes(q, out.bytes()).ok());
  auto in = ByteReader::Open(q);
  ASSERT_TRUE(in.ok());
  std::vector<uint32_t> v;
  EXPECT_EQ(in->GetVector(&v).code(), StatusCode::kDataLoss);
}

}  // namespace
}  // namespace dyad::tag
