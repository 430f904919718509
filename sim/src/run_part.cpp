#include "bailiff/sim/run_part.hpp"

#include <algorithm>
#include <cstring>

#include "bailiff/byte_codec.hpp"
#include "bailiff/error.hpp"
#include "bailiff/sim/case_simulator.hpp"
#include "bailiff/sim/comparison_run.hpp"

namespace bailiff::sim {
namespace {

constexpr std::string_view kTag = "robot-bailiff/run-part/v2";

// Every counter of Metrics must be visited below: a new field changes these sizes and stops
// the build here until it is encoded too.
static_assert(sizeof(GroupTotals) == 5 * sizeof(std::int64_t));
static_assert(sizeof(PeriodCounts) == 8 * sizeof(std::int64_t));
struct MetricsLayout {  // Metrics as visited below, with the same padding on every target
  std::int64_t counters[1 + 2 * kPayStageCount + 7];
  std::vector<std::int64_t> paid_by_day, by_region, by_segment;
  PeriodCounts period;
};
static_assert(sizeof(Metrics) == sizeof(MetricsLayout));

void visit_group(GroupTotals& g, auto&& f) {
  for (std::int64_t* v : {&g.cases, &g.paid, &g.handed, &g.collected, &g.fees}) f(*v);
}

// Calls f on every counter of \p m in the encoding's order.
void visit_counters(Metrics& m, auto&& f) {
  f(m.cases);
  for (std::int64_t& v : m.paid_by_stage) f(v);
  for (std::int64_t& v : m.collected_by_stage) f(v);
  for (std::int64_t* v : {&m.fees_paid, &m.proceedings_opened, &m.notices_sms, &m.notices_egov,
                          &m.accounts_arrested, &m.arrest_recoveries, &m.handed_to_bailiff}) {
    f(*v);
  }
  for (std::int64_t& v : m.paid_by_day) f(v);
  for (GroupTotals& g : m.by_region) visit_group(g, f);
  for (GroupTotals& g : m.by_segment) visit_group(g, f);
  PeriodCounts& p = m.period;
  for (std::int64_t* v : {&p.fines_in_force, &p.imposed, &p.collected, &p.robot_opened, &p.robot_opened_debt,
                          &p.robot_completed, &p.robot_collected, &p.handed_to_bailiff}) {
    f(*v);
  }
}

// Reads the encoding front to back; every shortfall is an error naming the sender.
class Reader {
 public:
  Reader(std::string_view bytes, const std::string& from) : bytes_(bytes), from_(from) {}

  std::string_view take(std::size_t n) {
    if (bytes_.size() - at_ < n) fail("it ends early");
    const std::string_view out = bytes_.substr(at_, n);
    at_ += n;
    return out;
  }
  std::uint64_t u64() {
    std::uint64_t v = 0;
    for (const char c : take(8)) v = v << 8 | static_cast<std::uint8_t>(c);
    return v;
  }
  void expect_end() const {
    if (at_ != bytes_.size()) fail("it has bytes after its end");
  }
  [[noreturn]] void fail(const std::string& why) const {
    throw DomainError("the run part from " + from_ + " cannot be read: " + why);
  }

 private:
  std::string_view bytes_;
  std::size_t at_ = 0;
  const std::string& from_;
};

Digest inputs_digest(const RunSpec& spec) {
  return sha256(run_key(spec));
}

Metrics empty_metrics(const RunSpec& spec) {
  return Metrics(spec.population->regions().size(), spec.behaviour->params().segments.size());
}

}  // namespace

BlockRange process_blocks(BlockRange blocks, ProcessShare share) {
  const std::uint64_t size = blocks.last - blocks.first;
  const std::uint64_t base = size / share.count, extra = size % share.count;
  const std::uint64_t first =
      blocks.first + share.index * base + std::min<std::uint64_t>(share.index, extra);
  return {first, first + base + (share.index < extra ? 1 : 0)};
}

std::string encode_run_part(const RunSpec& spec, const RunPart& part) {
  std::string out(kTag);
  const Digest inputs = inputs_digest(spec);
  out.append(reinterpret_cast<const char*>(inputs.data()), inputs.size());
  put_u64(out, part.blocks.first);
  put_u64(out, part.blocks.last);
  put_u64(out, part.block_headlines.size());
  for (const Digest& d : part.block_digests)
    out.append(reinterpret_cast<const char*>(d.data()), d.size());
  for (const std::string& h : part.block_headlines) out += h;
  Metrics counters = part.metrics;
  visit_counters(counters,
                 [&out](std::int64_t& v) { put_u64(out, static_cast<std::uint64_t>(v)); });
  return out;
}

RunPart decode_run_part(const RunSpec& spec, std::string_view bytes, const std::string& from) {
  Reader in(bytes, from);
  if (in.take(kTag.size()) != kTag) in.fail("it does not start with " + std::string(kTag));
  const Digest inputs = inputs_digest(spec);
  if (std::memcmp(in.take(inputs.size()).data(), inputs.data(), inputs.size()) != 0) {
    throw DomainError(from + " simulates other inputs (policy, calendar, behaviour, population, " +
                      "seed, horizon or report period) than this process");
  }
  RunPart part;
  part.blocks.first = in.u64();
  part.blocks.last = in.u64();
  const std::uint64_t headlines = in.u64();
  if (part.blocks.last < part.blocks.first || part.blocks.last > block_count(spec)) {
    in.fail("its block range is invalid");
  }
  const std::uint64_t blocks = part.blocks.last - part.blocks.first;
  if (headlines != (spec.keep_block_headlines ? blocks : 0))
    in.fail("its block counters do not match the run");
  for (std::uint64_t b = 0; b < blocks; ++b) {
    Digest& d = part.block_digests.emplace_back();
    std::memcpy(d.data(), in.take(d.size()).data(), d.size());
  }
  const std::size_t headline_size = headline_fields().size() * 8;
  for (std::uint64_t b = 0; b < headlines; ++b)
    part.block_headlines.emplace_back(in.take(headline_size));
  part.metrics = empty_metrics(spec);
  visit_counters(part.metrics, [&in](std::int64_t& v) { v = static_cast<std::int64_t>(in.u64()); });
  in.expect_end();
  return part;
}

}  // namespace bailiff::sim
