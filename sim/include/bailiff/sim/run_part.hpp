#pragma once
/// \file A run's blocks shared among processes that share no memory (the CLI's MPI ranks, a
/// page's Web Workers): which contiguous blocks of a step each process simulates, and that
/// share's results as canonical bytes for the others. RunStepper uses it whenever its task
/// system spans more than one process; the audit root and the metrics merged from the parts
/// are those of a run in one process, bit for bit (integer sums, digests in block order).

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "bailiff/sha256.hpp"
#include "bailiff/sim/metrics.hpp"
#include "bailiff/sim/simulator.hpp"
#include "bailiff/sim/task_system.hpp"

namespace bailiff::sim {

/// The blocks [first, last) of a run.
struct BlockRange {
  std::uint64_t first = 0;
  std::uint64_t last = 0;
  bool operator==(const BlockRange&) const = default;
};

/// Process \p share.index's contiguous share of \p blocks among \p share.count processes:
/// the first (size % count) processes take one block more; the shares tile \p blocks in
/// process order.
BlockRange process_blocks(BlockRange blocks, ProcessShare share);

/// What one process simulated of a run.
struct RunPart {
  BlockRange blocks;
  std::vector<Digest> block_digests;         ///< one per block, in block order
  std::vector<std::string> block_headlines;  ///< per block when the spec keeps them, else empty
  Metrics metrics;                           ///< the sum over the part's blocks
};

/// The canonical bytes of \p part of a run of \p spec: a format tag, SHA-256 of run_key(spec)
/// (so that processes given other inputs are caught), the range, the digests, the headlines
/// and every counter of the metrics as a big-endian int64.
std::string encode_run_part(const RunSpec& spec, const RunPart& part);

/// The part that encode_run_part wrote for a run of the same inputs as \p spec. Throws
/// DomainError, naming \p from (e.g. "process 2"), when the bytes are malformed or the part
/// comes from a run of other inputs.
RunPart decode_run_part(const RunSpec& spec, std::string_view bytes, const std::string& from);

}  // namespace bailiff::sim
