#include "bailiff/merkle.hpp"

namespace bailiff {

Digest merkle_leaf_hash(std::string_view leaf_data) {
  Sha256 hasher;
  const std::uint8_t prefix = 0x00;
  hasher.update(&prefix, 1);
  hasher.update(leaf_data);
  return hasher.finish();
}

Digest merkle_node_hash(const Digest& left, const Digest& right) {
  Sha256 hasher;
  const std::uint8_t prefix = 0x01;
  hasher.update(&prefix, 1);
  hasher.update(left.data(), left.size());
  hasher.update(right.data(), right.size());
  return hasher.finish();
}

std::uint64_t merkle_split(std::uint64_t n) {
  std::uint64_t k = 1;
  while (k < n - k) k <<= 1;  // k * 2 < n without overflow
  return k;
}

Digest merkle_root(std::span<const Digest> leaves) {
  if (leaves.empty()) return sha256("");
  if (leaves.size() == 1) return leaves[0];
  const std::uint64_t k = merkle_split(leaves.size());
  return merkle_node_hash(merkle_root(leaves.first(k)), merkle_root(leaves.subspan(k)));
}

std::vector<Digest> merkle_audit_path(std::span<const Digest> leaves, std::uint64_t index) {
  // PATH(m, D[n]) = PATH(m, D[0:k]) : MTH(D[k:n]) for m < k, else PATH(m - k, D[k:n]) :
  // MTH(D[0:k]); built top-down, so the siblings are collected root first and reversed.
  std::vector<Digest> path;
  while (leaves.size() > 1) {
    const std::uint64_t k = merkle_split(leaves.size());
    if (index < k) {
      path.push_back(merkle_root(leaves.subspan(k)));
      leaves = leaves.first(k);
    } else {
      path.push_back(merkle_root(leaves.first(k)));
      leaves = leaves.subspan(k);
      index -= k;
    }
  }
  return {path.rbegin(), path.rend()};
}

std::optional<Digest> merkle_root_from_path(std::uint64_t index, std::uint64_t size,
                                            const Digest& leaf, std::span<const Digest> path) {
  if (index >= size) return std::nullopt;
  std::uint64_t fn = index;
  std::uint64_t sn = size - 1;
  Digest r = leaf;
  for (const Digest& p : path) {
    if (sn == 0) return std::nullopt;  // the path is longer than the tree is deep
    if ((fn & 1) != 0 || fn == sn) {
      r = merkle_node_hash(p, r);
      while ((fn & 1) == 0 && fn != 0) {
        fn >>= 1;
        sn >>= 1;
      }
    } else {
      r = merkle_node_hash(r, p);
    }
    fn >>= 1;
    sn >>= 1;
  }
  if (sn != 0) return std::nullopt;  // the path ends below the root
  return r;
}

}  // namespace bailiff
