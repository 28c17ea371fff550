#include "util/input.h"

#include <gtest/gtest.h>
#include <zlib.h>
#include <zstd.h>

namespace dyad {
namespace {

std::string Gzip(std::string_view data) {
  z_stream z{};
  deflateInit2(&z, 6, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY);
  std::string out(deflateBound(&z, data.size()) + 32, '\0');
  z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
  z.avail_in = data.size();
  z.next_out = reinterpret_cast<Bytef*>(out.data());
  z.avail_out = out.size();
  deflate(&z, Z_FINISH);
  out.resize(z.total_out);
  deflateEnd(&z);
  return out;
}

std::string Zstd(std::string_view data) {
  std::string out(ZSTD_compressBound(data.size()), '\0');
  out.resize(ZSTD_compress(out.data(), out.size(), data.data(), data.size(), 3));
  return out;
}

std::string ReadThrough(std::string_view bytes) {
  auto in = OpenMemory(bytes);
  auto all = ReadAll(*in);
  EXPECT_TRUE(all.ok()) << all.status().ToString();
  return all.ok() ? *all : "";
}

TEST(Input, PlainGzipAndZstdReadTheSame) {
  std::string text;
  for (int i = 0; i < 20000; ++i) text += "line " + std::to_string(i) + "\n";
  EXPECT_EQ(ReadThrough(text), text);
  EXPECT_EQ(ReadThrough(Gzip(text)), text);
  EXPECT_EQ(ReadThrough(Zstd(text)), text);
}

TEST(Input, ConcatenatedGzipMembersReadAsOneStream) {
  EXPECT_EQ(ReadThrough(Gzip("first record\n") + Gzip("second record\n")),
            "first record\nsecond record\n");
}

TEST(Input, TruncatedStreamsAreDataLoss) {
  std::string text(100000, 'x');
  for (std::string packed : {Gzip(text), Zstd(text)}) {
    auto in = OpenMemory(std::string_view(packed).substr(0, packed.size() / 2));
    auto all = ReadAll(*in);
    ASSERT_FALSE(all.ok());
    EXPECT_EQ(all.status().code(), StatusCode::kDataLoss);
  }
}

TEST(Input, MissingFileIsNotFound) {
  auto in = OpenInput("/nonexistent/dyad/file.txt");
  ASSERT_FALSE(in.ok());
  EXPECT_EQ(in.status().code(), StatusCode::kNotFound);
}

TEST(LineReader, SplitsLinesAndSkipsOverlongOnes) {
  std::string data = "a\r\nbb\n" + std::string(5000, 'x') + "\nccc";
  auto in = OpenMemory(data);
  LineReader lines(*in, 1000);
  std::string_view line;
  auto r = lines.Next(&line);
  ASSERT_TRUE(r.ok() && *r);
  EXPECT_EQ(line, "a");
  r = lines.Next(&line);
  ASSERT_TRUE(r.ok() && *r);
  EXPECT_EQ(line, "bb");
  r = lines.Next(&line);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), StatusCode::kResourceExhausted);
  r = lines.Next(&line);
  ASSERT_TRUE(r.ok() && *r);
  EXPECT_EQ(line, "ccc");
  EXPECT_EQ(lines.line_number(), 4u);
  r = lines.Next(&line);
  ASSERT_TRUE(r.ok());
  EXPECT_FALSE(*r);
}

}  // namespace
}  // namespace dyad
