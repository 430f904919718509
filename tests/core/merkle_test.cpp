#include "bailiff/merkle.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace bailiff {
namespace {

// The RFC 6962 reference leaves of Certificate Transparency (transparency-dev/merkle's
// testonly data) and the tree head of each size 0..8.
std::vector<Digest> reference_leaves() {
  const std::vector<std::string> data = {
      "",
      std::string(1, '\x00'),
      "\x10",
      "\x20\x21",
      "\x30\x31",
      "\x40\x41\x42\x43",
      "\x50\x51\x52\x53\x54\x55\x56\x57",
      "\x60\x61\x62\x63\x64\x65\x66\x67\x68\x69\x6a\x6b\x6c\x6d\x6e\x6f"};
  std::vector<Digest> leaves;
  for (const std::string& d : data) leaves.push_back(merkle_leaf_hash(d));
  return leaves;
}

const char* const kReferenceRoots[] = {
    "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
    "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
    "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
    "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
    "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
    "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
    "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
    "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
    "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328",
};

std::vector<std::string> hex_path(const std::vector<Digest>& path) {
  std::vector<std::string> out;
  for (const Digest& d : path) out.push_back(to_hex(d));
  return out;
}

TEST(Merkle, TreeHeadsMatchRfc6962ReferenceForEverySize) {
  const std::vector<Digest> leaves = reference_leaves();
  for (std::size_t n = 0; n <= leaves.size(); ++n) {
    EXPECT_EQ(to_hex(merkle_root(std::span(leaves).first(n))), kReferenceRoots[n]) << "size " << n;
  }
}

TEST(Merkle, SplitIsTheLargestPowerOfTwoSmallerThanN) {
  EXPECT_EQ(merkle_split(2), 1u);
  EXPECT_EQ(merkle_split(3), 2u);
  EXPECT_EQ(merkle_split(4), 2u);
  EXPECT_EQ(merkle_split(5), 4u);
  EXPECT_EQ(merkle_split(8), 4u);
  EXPECT_EQ(merkle_split(9), 8u);
  EXPECT_EQ(merkle_split(15'000'000), 8'388'608u);
  EXPECT_EQ(merkle_split((1ull << 63) + 1), 1ull << 63);
}

TEST(Merkle, AuditPathsMatchRfc6962Reference) {
  const std::vector<Digest> leaves = reference_leaves();
  EXPECT_EQ(hex_path(merkle_audit_path(leaves, 0)),
            (std::vector<std::string>{
                "96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
                "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4"}));
  EXPECT_EQ(hex_path(merkle_audit_path(leaves, 5)),
            (std::vector<std::string>{
                "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b",
                "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
                "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7"}));
}

// A path does not fix the tree size on its own (leaf 34 has the same path in trees of 37 and
// 38 leaves): whoever relies on a root must be told the size too (receipts sign it).
TEST(Merkle, EveryLeafOfEverySizeVerifiesAndNothingElseDoes) {
  std::vector<Digest> all;
  for (int i = 0; i < 37; ++i)
    all.push_back(merkle_leaf_hash(std::string(1, static_cast<char>(i))));
  for (std::size_t n = 1; n <= all.size(); ++n) {
    const std::span<const Digest> tree = std::span(all).first(n);
    const Digest root = merkle_root(tree);
    for (std::size_t i = 0; i < n; ++i) {
      std::vector<Digest> path = merkle_audit_path(tree, i);
      EXPECT_EQ(merkle_root_from_path(i, n, tree[i], path), root) << n << " " << i;
      if (n > 1) {
        EXPECT_NE(merkle_root_from_path((i + 1) % n, n, tree[i], path), root) << n << " " << i;
        EXPECT_NE(merkle_root_from_path(i, n, tree[(i + 1) % n], path), root) << n << " " << i;
        path[0][0] ^= 1;
        EXPECT_NE(merkle_root_from_path(i, n, tree[i], path), root) << n << " " << i;
        path[0][0] ^= 1;
        path.push_back(root);
        EXPECT_EQ(merkle_root_from_path(i, n, tree[i], path), std::nullopt) << n << " " << i;
        path.pop_back();
        path.pop_back();
        EXPECT_EQ(merkle_root_from_path(i, n, tree[i], path), std::nullopt) << n << " " << i;
      }
      EXPECT_EQ(merkle_root_from_path(n, n, tree[i], path), std::nullopt);
    }
  }
}

}  // namespace
}  // namespace bailiff
