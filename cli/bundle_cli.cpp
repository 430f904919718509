#include "bundle_cli.hpp"

#include <cstdio>

#include "bailiff/audit/bundle.hpp"
#include "bailiff/sim/files.hpp"
#include "output.hpp"

namespace bailiff::cli {
namespace {

std::string quoted(const std::string& arg) {
  if (!arg.empty() && arg.find_first_of(" \t\"'\\$`") == std::string::npos) return arg;
  std::string out = "'";
  for (char c : arg) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return out + "'";
}

void announce(const std::string& path, const std::string& bytes) {
  std::fprintf(stderr, "bailiff: bundle written to %s (%zu bytes); check it with `bailiff verify %s`\n",
               path.c_str(), bytes.size(), path.c_str());
}

}  // namespace

void add_bundle_option(CLI::App* cmd, BundleRequest& request) {
  request.cmd = cmd;
  cmd->add_option("--bundle", request.path,
                  "Also write a replay bundle to this file (atomically): manifest, the inputs' "
                  "bytes and the hash-chained log; check it with `bailiff verify FILE`")
      ->check(output_path());
}

std::string parsed_command(const CLI::App* cmd) {
  std::string out = "bailiff";
  if (!cmd) return out;
  out += " " + cmd->get_name();
  for (const CLI::Option* opt : cmd->get_options()) {
    if (opt->count() == 0) continue;
    const std::string name = !opt->get_lnames().empty() ? "--" + opt->get_lnames().front()
                             : !opt->get_snames().empty() ? "-" + opt->get_snames().front()
                                                         : opt->get_name();
    if (opt->get_type_size() == 0 || opt->get_expected_max() == 0) {
      out += " " + name;
      continue;
    }
    if (name == "--iin-key") {  // a secret is never recorded
      out += " --iin-key (not recorded)";
      continue;
    }
    for (const std::string& value : opt->results()) out += " " + name + " " + quoted(value);
  }
  return out;
}

void write_decide_bundle(const BundleRequest& request, const sim::DecideRun& run) {
  if (request.path.empty()) return;
  const std::string bytes = audit::decide_bundle(run, parsed_command(request.cmd));
  sim::write_file_atomically(request.path, bytes);
  announce(request.path, bytes);
}

void write_simulate_bundle(const BundleRequest& request, const sim::Scenario& scenario,
                           const sim::Comparison& comparison) {
  if (request.path.empty()) return;
  const std::string bytes = audit::simulate_bundle(scenario, comparison, parsed_command(request.cmd));
  sim::write_file_atomically(request.path, bytes);
  announce(request.path, bytes);
}

}  // namespace bailiff::cli
