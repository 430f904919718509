#pragma once
/// \file Merkle trees as RFC 6962 (section 2.1) defines them, over SHA-256: the tree head
/// of a list of leaves, the audit path of one leaf and the root an audit path implies.
///
///   leaf hash  = SHA-256(0x00 || leaf data)
///   node hash  = SHA-256(0x01 || left || right)
///   MTH({})    = SHA-256("")
///   MTH(D[n])  = node(MTH(D[0:k]), MTH(D[k:n])), k the largest power of two smaller than n
///
/// An audit path lists the sibling hashes from the leaf up to the root (RFC 6962 2.1.1);
/// merkle_root_from_path is the verification algorithm of RFC 9162 section 2.1.3.2.

#include <cstdint>
#include <optional>
#include <span>
#include <string_view>
#include <vector>

#include "bailiff/sha256.hpp"

namespace bailiff {

/// SHA-256(0x00 || \p leaf_data).
Digest merkle_leaf_hash(std::string_view leaf_data);

/// SHA-256(0x01 || \p left || \p right).
Digest merkle_node_hash(const Digest& left, const Digest& right);

/// The largest power of two smaller than \p n (n >= 2): where RFC 6962 splits a tree.
std::uint64_t merkle_split(std::uint64_t n);

/// The tree head over \p leaf_hashes (already leaf-hashed), in order.
Digest merkle_root(std::span<const Digest> leaf_hashes);

/// The audit path of leaf \p index (< leaf_hashes.size()), deepest sibling first.
std::vector<Digest> merkle_audit_path(std::span<const Digest> leaf_hashes, std::uint64_t index);

/// The root that \p path proves for leaf hash \p leaf at \p index of a tree of \p size
/// leaves; nullopt when index >= size or the path's length is not the one such a tree has.
std::optional<Digest> merkle_root_from_path(std::uint64_t index, std::uint64_t size,
                                            const Digest& leaf, std::span<const Digest> path);

}  // namespace bailiff
